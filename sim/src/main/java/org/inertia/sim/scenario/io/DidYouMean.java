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
        int allowed = Math.max(2, w.length() / 3);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            String n = normalise(c);
            // The distance is at least the difference in length: a word far longer than every
            // candidate (a 1 MB key) costs nothing.
            if (Math.abs(n.length() - w.length()) > allowed && !(n.endsWith(w) || n.startsWith(w))) {
                continue;
            }
            int d = !w.isEmpty() && (n.endsWith(w) || n.startsWith(w)) ? 1 : distance(w, n);
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return best != null && !w.isEmpty() && bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    /**
     * {@return "did you mean 'x'?" when a candidate is close, else the allowed words}
     *
     * @param word what the user wrote
     * @param candidates the allowed words
     */
    public static String hint(String word, Collection<String> candidates) {
        return closest(word, candidates).map(c -> "did you mean '" + c + "'?").orElse(allowed(candidates));
    }

    /** Longest list of allowed words in a hint (characters); a longer one ends in "and N more". */
    private static final int MAX_ALLOWED = 120;

    /** "allowed: a, b, c", or "allowed: a, b, ... and 30 more" when the list is long. */
    private static String allowed(Collection<String> candidates) {
        StringBuilder sb = new StringBuilder("allowed: ");
        int shown = 0;
        for (String c : candidates) {
            if (shown > 0 && sb.length() + c.length() > MAX_ALLOWED) {
                return sb.append(" ... and ")
                        .append(candidates.size() - shown)
                        .append(" more")
                        .toString();
            }
            sb.append(shown == 0 ? "" : ", ").append(c);
            shown++;
        }
        return sb.toString();
    }

    /**
     * {@return "did you mean 'x'? allowed: a, b, c", or only the allowed words when none is close}
     *
     * @param word what the user wrote
     * @param candidates the allowed words
     */
    public static String hintWithAllowed(String word, Collection<String> candidates) {
        String allowed = allowed(candidates);
        return closest(word, candidates)
                .map(c -> "did you mean '" + c + "'? " + allowed)
                .orElse(allowed);
    }

    /**
     * {@return where a word holds a character that the allowed words, all plain ASCII, never do: a
     * letter of another script that looks Latin, a non-ASCII digit or space, a control character.
     * Such as "its 2nd character is U+0430 CYRILLIC SMALL LETTER A, not a Latin letter"; empty when
     * every character is printable ASCII}
     *
     * @param word what the user wrote
     */
    public static Optional<String> foreignCharacter(String word) {
        int position = 0;
        for (int i = 0; i < word.length(); ) {
            int c = word.codePointAt(i);
            position++;
            if (c < 0x20 || c > 0x7e) {
                return Optional.of(
                        "its " + Excerpt.ordinal(position) + " character is " + Excerpt.character(c) + ", " + kind(c));
            }
            i += Character.charCount(c);
        }
        return Optional.empty();
    }

    /** What a character is instead of the ASCII one it may look like. */
    private static String kind(int c) {
        if (Character.isISOControl(c)) {
            return "a control character";
        }
        if (Character.isLetter(c)) {
            return Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN
                    ? "not an ASCII letter"
                    : "not a Latin letter";
        }
        if (Character.isDigit(c)) {
            return "not an ASCII digit";
        }
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            return "not an ASCII space";
        }
        if (Character.getType(c) == Character.FORMAT) {
            return "an invisible formatting character";
        }
        return "not an ASCII character";
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
