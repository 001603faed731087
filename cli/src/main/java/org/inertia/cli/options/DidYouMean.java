package org.inertia.cli.options;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the allowed word a misspelt one was probably meant to be, by edit distance. (The scenario
 * reader has its own, package-private in {@code sim}; this is the command line's.)
 */
public final class DidYouMean {

    private DidYouMean() {}

    /**
     * {@return a hint for an unknown word: "did you mean 'x'?" when a candidate is close, and the
     * list of allowed words}
     *
     * @param word what the user wrote
     * @param candidates the allowed words
     */
    public static String hint(String word, Collection<String> candidates) {
        String allowed = "allowed: " + String.join(", ", candidates);
        return closest(word, candidates).map(c -> "did you mean '" + c + "'? " + allowed).orElse(allowed);
    }

    /**
     * {@return the closest candidate within a small edit distance of {@code word}, if any}
     *
     * @param word what the user wrote
     * @param candidates the allowed words
     */
    public static Optional<String> closest(String word, Collection<String> candidates) {
        String w = normalise(word);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            String n = normalise(c);
            // A unique prefix or suffix ("knee_extensors" for "strength.knee_extensors") counts as close.
            int d = n.endsWith(w) || n.startsWith(w) ? 1 : distance(w, n);
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        int allowed = Math.max(2, w.length() / 3);
        return best != null && !w.isEmpty() && bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    private static String normalise(String s) {
        return s.toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    }

    /** Levenshtein distance, two rows. */
    private static int distance(String a, String b) {
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
