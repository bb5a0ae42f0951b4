package org.pairdoctor.web.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The interface text of one language: keys in {@code i18n/messages*.properties} (UTF-8), patterns in
 * {@link MessageFormat} syntax. A key missing from a translation falls back to the English base bundle,
 * never to the server's default locale, so a half-done translation shows English, not a key.
 */
public final class Messages {
    static final String BUNDLE = "i18n.messages";
    private static final ResourceBundle.Control NO_DEFAULT_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    /** The base language: complete, and what every lookup falls back to (declared after the control it uses). */
    public static final Messages ENGLISH = new Messages(Locale.ENGLISH);

    private final Locale locale;
    private final ResourceBundle bundle;

    private Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader(), NO_DEFAULT_LOCALE);
    }

    /** The messages of a language; one that has no bundle gets the English text. */
    public static Messages of(Locale locale) {
        return locale.getLanguage().equals(ENGLISH.locale.getLanguage()) ? ENGLISH : new Messages(locale);
    }

    /** The text of a key, with its {@code {0}}-style arguments filled in for this language. */
    public String t(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            // A typo in a template must show up in tests (MessagesTest checks every key the templates use).
            return "??" + key + "??";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /**
     * Knowledge text by its key (e.g. {@code faq.<id>.question}): the translation where a bundle has one,
     * else the text from the knowledge base. So translating knowledge is adding keyed entries, not code.
     */
    public String knowledge(String key, String knowledgeText) {
        return locale.getLanguage().equals("en") || !bundle.containsKey(key) ? knowledgeText : bundle.getString(key);
    }

    /** The text of a key where the bundles have it, else {@code fallback} (a label computed in code). */
    public String tOr(String key, String fallback) {
        return bundle.containsKey(key) ? bundle.getString(key) : fallback;
    }

    /** Whether a key exists (in this language or the English base). */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** The BCP 47 language tag for {@code <html lang>}. */
    public String language() {
        return locale.toLanguageTag();
    }

    public Locale locale() {
        return locale;
    }
}
