package org.inertia.sim.scenario.io;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the allowed word a misspelt one was probably meant to be: the candidate within a small
 * edit distance (Levenshtein, at most a third of the word's length, at least 2), or one the word
 * begins or ends ("knee_extensors" for "strength.knee_extensors"). Case, '-', '_' and spaces are
 * not told apart. Used for scenario keys and values here, and for options by the command line.
 */
public final class DidYouMean {

    private DidYouMean() {}

    /**
     * {@return the closest candidate, if one is close enough}
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
            int d = !w.isEmpty() && (n.endsWith(w) || n.startsWith(w)) ? 1 : distance(w, n);
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        int allowed = Math.max(2, w.length() / 3);
        return best != null && !w.isEmpty() && bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    /**
     * {@return "did you mean 'x'?" when a candidate is close, else the allowed words}
     *
     * @param word what the user wrote
     * @param candidates the allowed words
     */
    public static String hint(String word, Collection<String> candidates) {
        return closest(word, candidates)
                .map(c -> "did you mean '" + c + "'?")
                .orElse("allowed: " + String.join(", ", candidates));
    }

    /**
     * {@return "did you mean 'x'? allowed: a, b, c", or only the allowed words when none is close}
     *
     * @param word what the user wrote
     * @param candidates the allowed words
     */
    public static String hintWithAllowed(String word, Collection<String> candidates) {
        String allowed = "allowed: " + String.join(", ", candidates);
        return closest(word, candidates)
                .map(c -> "did you mean '" + c + "'? " + allowed)
                .orElse(allowed);
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
