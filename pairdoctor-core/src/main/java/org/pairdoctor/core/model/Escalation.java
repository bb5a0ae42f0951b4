package org.pairdoctor.core.model;

/** The step that always ends a session: support, repair, or a cable or transmitter workaround. */
public record Escalation(String id, double seconds) {
    public Escalation {
        Checks.id(id, "escalation");
        Checks.seconds(seconds, "escalation '" + id + "'");
    }
}
