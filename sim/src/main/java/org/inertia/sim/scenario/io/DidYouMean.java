package org.inertia.sim.scenario.io;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Finds the allowed word a misspelt one was probably meant to be (edit distance). */
final class DidYouMean {

    private DidYouMean() {}

    /**
     * {@return the closest candidate within a small edit distance of {@code word}, if any}
     *
     * @param word what the user wrote
     * @param candidates the allowed words
     */
    static Optional<String> closest(String word, Collection<String> candidates) {
        String w = normalise(word);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance(w, normalise(c));
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        int allowed = Math.max(2, w.length() / 3);
        return best != null && bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    /**
     * {@return a hint: "did you mean 'x'?" when a candidate is close, else the allowed words}
     *
     * @param word what the user wrote
     * @param candidates the allowed words
     */
    static String hint(String word, Collection<String> candidates) {
        return closest(word, candidates)
                .map(c -> "did you mean '" + c + "'?")
                .orElse("allowed: " + String.join(", ", candidates));
    }

    private static String normalise(String s) {
        return s.toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
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
