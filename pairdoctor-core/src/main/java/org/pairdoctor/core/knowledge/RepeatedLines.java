package org.pairdoctor.core.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Whether two lines of a step say the same thing: after lower-casing, dropping punctuation, filler words
 * and the possessive 's, and treating "choose", "select", "click", "pick" as "tap", one line's words are the
 * other's, or a sentence of one shares at least {@value #NEAR_PERCENT}% of its words (at least
 * {@value #MIN_WORDS} of them) with a sentence of the other. An instance remembers what it compared: the
 * step-budget check meets the same lines for many hosts and headsets. Not thread-safe.
 */
final class RepeatedLines {
    static final int NEAR_PERCENT = 80;
    static final int MIN_WORDS = 3;
    private static final Set<String> FILLER = Set.of("a", "an", "the", "and", "then", "to", "it", "its", "of", "on",
            "in", "for", "is", "are", "be", "this", "that", "with", "your", "you", "at", "by", "as", "from");
    private static final Map<String, String> SAME = Map.of("choose", "tap", "select", "tap", "click", "tap",
            "pick", "tap");

    // Compiled once: every line is compared with the lines before it, for every problem, host and headset.
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s\\b");
    private static final Pattern JOINER = Pattern.compile("(?<=\\w)[-_'’](?=\\w)");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.;!?])\\s+");

    /** Pairs of texts already compared. */
    private final Map<String, Boolean> compared = new HashMap<>();
    private final Map<String, List<String>> wordsOf = new HashMap<>();

    /** Whether {@code b} repeats {@code a}, remembered. */
    boolean repeats(String a, String b) {
        return compared.computeIfAbsent(a + '\u0000' + b, k -> nearDuplicates(a, b, this::wordsOnce));
    }

    private List<String> wordsOnce(String text) {
        return wordsOf.computeIfAbsent(text, RepeatedLines::words);
    }

    static boolean nearDuplicates(String a, String b) {
        return nearDuplicates(a, b, RepeatedLines::words);
    }

    private static boolean nearDuplicates(String a, String b, Function<String, List<String>> words) {
        List<String> wa = words.apply(a);
        List<String> wb = words.apply(b);
        if (wa.isEmpty() || wb.isEmpty()) {
            return false;
        }
        String ja = " " + String.join(" ", wa) + " ";
        String jb = " " + String.join(" ", wb) + " ";
        if (ja.equals(jb) || (Math.min(wa.size(), wb.size()) >= MIN_WORDS && (ja.contains(jb) || jb.contains(ja)))) {
            return true;
        }
        for (String sa : sentences(a)) {
            Set<String> x = new LinkedHashSet<>(words.apply(sa));
            for (String sb : sentences(b)) {
                Set<String> y = new LinkedHashSet<>(words.apply(sb));
                int smaller = Math.min(x.size(), y.size());
                if (smaller < MIN_WORDS) {
                    continue;
                }
                Set<String> common = new LinkedHashSet<>(x);
                common.retainAll(y);
                if (common.size() * 100 >= NEAR_PERCENT * smaller) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<String> sentences(String text) {
        return List.of(SENTENCE_END.split(text));
    }

    /** Lower-cased words without punctuation, filler or possessive 's; "LE_WH-1000XM2" stays one word. */
    private static List<String> words(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        t = POSSESSIVE.matcher(t).replaceAll("");
        t = JOINER.matcher(t).replaceAll("");
        t = NON_WORD.matcher(t).replaceAll(" ");
        List<String> out = new ArrayList<>();
        for (String w : t.trim().split(" ")) {
            if (!w.isEmpty() && !FILLER.contains(w)) {
                out.add(SAME.getOrDefault(w, w));
            }
        }
        return out;
    }
}
