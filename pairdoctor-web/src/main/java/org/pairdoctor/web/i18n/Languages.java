package org.pairdoctor.web.i18n;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which language a request gets: an explicit choice ({@code ?lang=} or the {@value #COOKIE} cookie the
 * language switch sets) wins, then the browser's {@code Accept-Language}, then English. A language counts
 * as offered when a bundle for it is on the class path, so adding a translation is adding a file.
 */
public final class Languages {
    public static final String COOKIE = "pd_lang";
    private static final Languages SHIPPED = new Languages(Arrays.stream(
            Messages.ENGLISH.t("languages").split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList());

    private final List<String> listed;

    Languages(List<String> listed) {
        this.listed = List.copyOf(listed);
    }

    /** The languages named in the base bundle's {@code languages} key (the ones the switch offers). */
    public static Languages shipped() {
        return SHIPPED;
    }

    /** The languages the language switch lists, English first. */
    public List<String> listed() {
        return listed;
    }

    /** The messages for a request. */
    public Messages choose(String requested, String cookie, String acceptLanguage) {
        return pick(requested).or(() -> pick(cookie)).or(() -> fromHeader(acceptLanguage))
                .map(Messages::of).orElse(Messages.ENGLISH);
    }

    /** A valid, offered language tag, or empty. */
    public Optional<Locale> pick(String tag) {
        if (tag == null || !tag.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})?")) {
            return Optional.empty();
        }
        Locale l = Locale.forLanguageTag(tag);
        return offered(l) ? Optional.of(Locale.forLanguageTag(l.getLanguage())) : Optional.empty();
    }

    private Optional<Locale> fromHeader(String header) {
        if (header == null || header.isBlank() || header.length() > 500) {
            return Optional.empty();
        }
        try {
            for (Locale.LanguageRange r : Locale.LanguageRange.parse(header)) {
                if (r.getWeight() > 0 && !r.getRange().equals("*")) {
                    Optional<Locale> l = pick(r.getRange().split("-")[0]);
                    if (l.isPresent()) {
                        return l;
                    }
                }
            }
        } catch (IllegalArgumentException e) {
            // A malformed header is no preference.
        }
        return Optional.empty();
    }

    private boolean offered(Locale l) {
        String lang = l.getLanguage();
        if (lang.isEmpty()) {
            return false;
        }
        if (listed.contains(lang) || lang.equals("en")) {
            return true;
        }
        String resource = Messages.BUNDLE.replace('.', '/') + "_" + lang + ".properties";
        return Messages.class.getClassLoader().getResource(resource) != null;
    }
}
