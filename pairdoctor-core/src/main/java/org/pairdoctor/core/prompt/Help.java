package org.pairdoctor.core.prompt;

import java.util.List;

/**
 * Where a person goes when pairdoctor cannot fix it: the escalation's contact in words with its
 * addresses as links, the maker's support (web, phone), the model's Help Guide and the repair or
 * warranty route. Built by {@link Prompts#help}; every channel shows the same.
 *
 * @param contact the contact sentence, split so that each address is a link; empty when none
 * @param links   tappable routes, most direct first
 * @param repair  how to go about a repair or a warranty claim, in words; null when there is no route
 */
public record Help(List<Span> contact, List<Link> links, String repair) {
    public Help {
        contact = List.copyOf(contact);
        links = List.copyOf(links);
    }

    /**
     * False when the contact sentence only names the links it holds ("Sony support: https://…"), so a
     * channel that shows the links need not repeat it.
     */
    public boolean contactSaysMore() {
        String words = contact.stream().filter(s -> !s.link()).map(Span::text).reduce("", String::concat)
                .replaceAll("[\\s:;.,]+", " ").strip().toLowerCase(java.util.Locale.ROOT);
        String labels = links.stream().map(Link::label).reduce("", (a, b) -> a + " " + b)
                .toLowerCase(java.util.Locale.ROOT);
        return !words.isEmpty() && java.util.Arrays.stream(words.split(" ")).anyMatch(w -> !labels.contains(w));
    }

    /** A piece of the contact sentence: plain text, or text with its address. */
    public record Span(String text, String href) {
        public boolean link() {
            return href != null;
        }
    }

    /**
     * A route to help.
     *
     * @param href an https URL, or a {@code tel:} URI
     */
    public record Link(Kind kind, String label, String href) {
    }

    /** What a link leads to. */
    public enum Kind {
        /** The maker's (or someone's) support page. */
        SUPPORT_PAGE,
        /** A phone number. */
        PHONE,
        /** The model's Help Guide. */
        HELP_GUIDE;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }
}
