package org.pairdoctor.core.knowledge;

import java.util.Collection;

/** Finds the closest known word to a typo, for "did you mean" hints. */
public final class Spelling {
    private Spelling() {
    }

    /**
     * The candidate within edit distance 2 (or a third of the word) of {@code word}, or failing that
     * one that the word abbreviates ({@code secs} for {@code seconds}); null if none.
     */
    public static String closest(String word, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        int limit = Math.max(2, word.length() / 3);
        for (String c : candidates) {
            int d = distance(word.toLowerCase(java.util.Locale.ROOT), c.toLowerCase(java.util.Locale.ROOT));
            if (d < bestDistance && d <= limit) {
                best = c;
                bestDistance = d;
            }
        }
        if (best == null && word.length() >= 3) {
            String w = word.toLowerCase(java.util.Locale.ROOT);
            for (String c : candidates) {
                if (isSubsequence(w, c.toLowerCase(java.util.Locale.ROOT)) && c.charAt(0) == word.charAt(0)) {
                    return c;
                }
            }
        }
        return best;
    }

    private static boolean isSubsequence(String shorter, String longer) {
        int i = 0;
        for (int j = 0; j < longer.length() && i < shorter.length(); j++) {
            if (shorter.charAt(i) == longer.charAt(j)) {
                i++;
            }
        }
        return i == shorter.length();
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
