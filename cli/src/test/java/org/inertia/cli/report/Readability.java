package org.inertia.cli.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text a reader sees on a page, and how hard it is to read: the Flesch reading ease and the
 * Flesch–Kincaid grade (Kincaid et al. 1975, Navy research branch report 8-75), 206.835 − 1.015
 * (words/sentences) − 84.6 (syllables/words) and 0.39 (words/sentences) + 11.8 (syllables/words)
 * − 15.59. Syllables are counted by the usual rule of thumb (groups of vowels, a silent final e
 * dropped, at least one per word); a number is read as a word of two syllables and a percent sign
 * as "percent", so that figures count as a reader says them.
 */
final class Readability {

    private static final Pattern BLOCK = Pattern.compile("<(h1|h2|h3|p|li)\\b[^>]*>(.*?)</\\1>", Pattern.DOTALL);
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*%?");

    private Readability() {}

    /**
     * {@return the text blocks a reader sees (headings, paragraphs, list items), tags removed and
     * entities decoded; the style sheet and the chart's SVG are not text}
     *
     * @param html a page
     */
    static List<String> blocks(String html) {
        String body = html.replaceAll("(?s)<style>.*?</style>", "").replaceAll("(?s)<svg.*?</svg>", "");
        List<String> blocks = new ArrayList<>();
        Matcher m = BLOCK.matcher(body);
        while (m.find()) {
            String text = m.group(2)
                    .replaceAll("<[^>]*>", "")
                    .replace("&lt;", "<")
                    .replace("&gt;", ">")
                    .replace("&#34;", "\"")
                    .replace("&#39;", "'")
                    .replace("&amp;", "&")
                    .strip();
            if (!text.isEmpty()) {
                blocks.add(text);
            }
        }
        return blocks;
    }

    /**
     * {@return the Flesch–Kincaid grade of text blocks: each block is at least one sentence (a
     * heading has no full stop), and within a block a sentence ends at . ! or ?}
     *
     * @param blocks the text blocks
     */
    static double grade(List<String> blocks) {
        double[] c = counts(blocks);
        return 0.39 * c[0] / c[1] + 11.8 * c[2] / c[0] - 15.59;
    }

    /**
     * {@return the Flesch reading ease of text blocks (60 to 70: plain English; higher is easier)}
     *
     * @param blocks the text blocks
     */
    static double ease(List<String> blocks) {
        double[] c = counts(blocks);
        return 206.835 - 1.015 * c[0] / c[1] - 84.6 * c[2] / c[0];
    }

    /** Words, sentences, syllables. */
    private static double[] counts(List<String> blocks) {
        double words = 0;
        double sentences = 0;
        double syllables = 0;
        for (String block : blocks) {
            String[] parts = block.split("(?<=[.!?])[\\s”\"]+(?=\\S)");
            for (String sentence : parts) {
                Matcher t = TOKEN.matcher(sentence);
                int n = 0;
                while (t.find()) {
                    String token = t.group();
                    if (token.endsWith("%")) {
                        words++;
                        syllables += 2; // "percent"
                        token = token.substring(0, token.length() - 1);
                    }
                    words++;
                    syllables += syllables(token);
                    n++;
                }
                if (n > 0) {
                    sentences++;
                }
            }
        }
        return new double[] {words, sentences, syllables};
    }

    /**
     * {@return the syllables of a word by the rule of thumb}
     *
     * @param word a word or a number
     */
    static int syllables(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        if (w.isEmpty()) {
            return 0;
        }
        if (w.chars().anyMatch(Character::isDigit)) {
            return 2;
        }
        if (w.length() <= 3) {
            return 1;
        }
        w = w.replaceAll("(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$", "x").replaceAll("^y", "");
        Matcher groups = Pattern.compile("[aeiouy]+").matcher(w);
        int n = 0;
        while (groups.find()) {
            n++;
        }
        return Math.max(1, n);
    }
}
