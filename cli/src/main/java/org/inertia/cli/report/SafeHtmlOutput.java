package org.inertia.cli.report;

import gg.jte.TemplateOutput;
import gg.jte.html.OwaspHtmlTemplateOutput;
import org.inertia.cli.output.SafeText;

/**
 * The output the report's templates write to. The templates escape every value they are given
 * (jte's HTML escaping, chosen by where the value stands: text or attribute); before that, this
 * output replaces what an HTML page may not hold at all with U+FFFD: control characters other than
 * tab and line breaks (C0, DEL and C1), noncharacters and unpaired surrogates ({@link
 * SafeText#wellFormed}). So no text from a scenario or the command line reaches the page
 * unescaped or malformed, and no report code escapes by hand.
 */
final class SafeHtmlOutput extends OwaspHtmlTemplateOutput {

    SafeHtmlOutput(TemplateOutput output) {
        super(output);
    }

    @Override
    public void writeUserContent(String value) {
        super.writeUserContent(value == null ? null : allowed(value));
    }

    /**
     * {@return the text with the characters HTML does not allow replaced by U+FFFD; tabs and line
     * breaks kept}
     *
     * @param text any text
     */
    static String allowed(String text) {
        String wellFormed = SafeText.wellFormed(text);
        StringBuilder sb = null;
        for (int i = 0; i < wellFormed.length(); i++) {
            char c = wellFormed.charAt(i);
            // SafeText keeps DEL and the C1 controls (XML allows them); HTML does not.
            if (c >= 0x7f && c < 0xa0) {
                if (sb == null) {
                    sb = new StringBuilder(wellFormed);
                }
                sb.setCharAt(i, SafeText.REPLACEMENT);
            }
        }
        return sb == null ? wellFormed : sb.toString();
    }
}
