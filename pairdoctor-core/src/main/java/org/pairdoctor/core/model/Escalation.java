package org.pairdoctor.core.model;

import java.util.Locale;

/**
 * The step that always ends a session, unresolved: support, repair, or a workaround. Its
 * {@code seconds} is its full cost to the person in seconds of effort (the contact, the days
 * without a working headset, a repair), not the minutes the contact takes; see
 * {@code docs/cost-model.md}.
 */
public record Escalation(String id, double seconds, Kind kind) {
    /** What escalating means for the person. */
    public enum Kind {
        /** Contacting the maker's (or the device maker's, or a community's) support. */
        SUPPORT_CONTACT,
        /** Sending the headset for repair or service. */
        REPAIR,
        /** Living with a workaround (a cable, a transmitter, one device at a time). */
        WORKAROUND;

        /** The id as written in files: {@code support-contact}, {@code repair}, {@code workaround}. */
        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** The kind for a file id, or null when unknown. */
        public static Kind ofId(String id) {
            for (Kind k : values()) {
                if (k.id().equals(id)) {
                    return k;
                }
            }
            return null;
        }
    }

    public Escalation {
        Checks.id(id, "escalation");
        Checks.seconds(seconds, "escalation '" + id + "'");
        if (kind == null) {
            kind = Kind.SUPPORT_CONTACT;
        }
    }

    /** An escalation of the default kind (a support contact). */
    public Escalation(String id, double seconds) {
        this(id, seconds, Kind.SUPPORT_CONTACT);
    }
}
