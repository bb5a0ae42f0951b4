package org.pairdoctor.core.prompt;

import org.pairdoctor.core.knowledge.DeviceHelp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds {@link Help} from an escalation's contact sentence and what the device's knowledge says:
 * every address in the sentence becomes a link named by the words before it; then the maker's
 * support page (when the sentence does not already give it), its phone number as a {@code tel:}
 * link, and the model's Help Guide.
 */
final class HelpRoutes {
    private static final Pattern URL = Pattern.compile("https?://[^\\s;,()]+");
    // Compiled once: every escalation step's prompt builds its help.
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.:]+$");
    private static final Pattern NOT_DIALLED = Pattern.compile("[^0-9+]");
    private static final Pattern TRAILING_SPACE_OR_COLON = Pattern.compile("[\\s:]+$");
    private static final Pattern SCHEME = Pattern.compile("^https?://");
    private static final Pattern PATH = Pattern.compile("/.*");

    private HelpRoutes() {
    }

    static Help of(String contact, DeviceHelp device) {
        List<Help.Span> spans = new ArrayList<>();
        List<Help.Link> links = new ArrayList<>();
        if (contact != null) {
            Matcher m = URL.matcher(contact);
            int at = 0;
            while (m.find()) {
                String url = TRAILING_PUNCTUATION.matcher(m.group()).replaceAll("");
                String before = contact.substring(at, m.start());
                if (!before.isEmpty()) {
                    spans.add(new Help.Span(before, null));
                }
                spans.add(new Help.Span(url, url));
                links.add(new Help.Link(Help.Kind.SUPPORT_PAGE, label(before, url), url));
                at = m.start() + url.length();
            }
            if (at < contact.length()) {
                spans.add(new Help.Span(contact.substring(at), null));
            }
        }
        String maker = device.maker() == null ? "the maker" : device.maker();
        if (device.supportUrl() != null && links.stream().noneMatch(l -> l.href().equals(device.supportUrl()))) {
            links.add(new Help.Link(Help.Kind.SUPPORT_PAGE, capital(maker) + " support", device.supportUrl()));
        }
        if (device.supportPhone() != null) {
            links.add(new Help.Link(Help.Kind.PHONE, "Call " + maker + " support: " + device.supportPhone(),
                    "tel:" + NOT_DIALLED.matcher(device.supportPhone()).replaceAll("")));
        }
        if (device.helpGuideUrl() != null) {
            String name = device.deviceName() == null ? "the headset" : device.deviceName();
            links.add(new Help.Link(Help.Kind.HELP_GUIDE, "The " + name + " Help Guide", device.helpGuideUrl()));
        }
        boolean supportPage = links.stream().anyMatch(l -> l.kind() == Help.Kind.SUPPORT_PAGE);
        String repair = supportPage
                ? "For a repair or a warranty claim, start from " + (device.maker() == null ? "the maker's"
                : device.maker() + "'s") + " support page; have your proof of purchase and this summary ready."
                : null;
        return new Help(spans, links, repair);
    }

    /** "Sony support" from "Sony support: https://…"; the address's host when no words precede it. */
    private static String label(String before, String url) {
        String words = TRAILING_SPACE_OR_COLON.matcher(before.substring(before.lastIndexOf(';') + 1)).replaceAll("").strip();
        return words.isEmpty() ? PATH.matcher(SCHEME.matcher(url).replaceFirst("")).replaceFirst("") : capital(words);
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
