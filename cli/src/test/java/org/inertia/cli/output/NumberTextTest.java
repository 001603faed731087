package org.inertia.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Each number style, against text written by hand (issue 10: one place for each style). */
class NumberTextTest {

    @Test
    void fixedAndPercentKeepTheirDecimals() {
        assertThat(NumberText.fixed(81.234, 1)).isEqualTo("81.2");
        assertThat(NumberText.fixed(0.5, 3)).isEqualTo("0.500");
        assertThat(NumberText.percent(100)).isEqualTo("100.0");
        // Review finding: no negative zero ("-0.0" in the evidence table's E02 and E06).
        assertThat(NumberText.percent(-0.04)).isEqualTo("0.0");
        assertThat(NumberText.fixed(-0.0, 2)).isEqualTo("0.00");
    }

    @Test
    void signedShowsTheSignOfEveryValueThatIsNotZero() {
        assertThat(NumberText.signed(2.34, 1)).isEqualTo("+2.3");
        assertThat(NumberText.signed(-0.5, 1)).isEqualTo("-0.5");
        assertThat(NumberText.signed(0, 1)).isEqualTo("0.0");
        assertThat(NumberText.signed(0.04, 1)).isEqualTo("0.0");
        assertThat(NumberText.signed(-0.04, 1)).isEqualTo("0.0");
        assertThat(NumberText.signed(-0.0, 1)).isEqualTo("0.0");
        assertThat(NumberText.significant(-0.0, 3)).isEqualTo("0.00");
    }

    @Test
    void significantKeepsDigitsBelowAHundredAndOneDecimalAbove() {
        assertThat(NumberText.significant(0.012345, 3)).isEqualTo("0.0123");
        assertThat(NumberText.significant(12.345, 4)).isEqualTo("12.35");
        assertThat(NumberText.significant(99.94, 3)).isEqualTo("99.9");
        assertThat(NumberText.significant(1234.56, 3)).isEqualTo("1234.6");
        assertThat(NumberText.significant(Double.NaN, 3)).isEqualTo("-");
    }

    @Test
    void plainDropsTrailingZerosAndNeverUsesAnExponent() {
        assertThat(NumberText.plain(30.0)).isEqualTo("30");
        assertThat(NumberText.plain(12.5)).isEqualTo("12.5");
        assertThat(NumberText.plain(1e-7)).isEqualTo("0.0000001");
        assertThat(NumberText.plain(1e7)).isEqualTo("10000000");
        assertThat(NumberText.plain(0.123456789, 3)).isEqualTo("0.123");
        assertThat(NumberText.plain(123456.7, 3)).isEqualTo("123000");
    }

    @Test
    void decimalHidesBinaryNoise() {
        assertThat(NumberText.decimal(0.1 + 0.2)).isEqualTo("0.3");
        assertThat(NumberText.decimal(7)).isEqualTo("7");
        assertThat(NumberText.decimal(0.243)).isEqualTo("0.243");
    }

    @Test
    void wholeRoundsHalfUp() {
        assertThat(NumberText.whole(8.5)).isEqualTo("9");
        assertThat(NumberText.whole(-0.4)).isEqualTo("0");
    }

    @Test
    void dataFilesKeepFourDecimals() {
        // CSV: always four decimals; JSON and evidence files: the same rounding, zeros dropped.
        assertThat(NumberText.data(81.2)).isEqualTo("81.2000");
        assertThat(NumberText.data(99.99995)).isEqualTo("100.0000");
        assertThat(NumberText.dataTrimmed(81.2)).isEqualTo("81.2");
        assertThat(NumberText.dataTrimmed(100.0)).isEqualTo("100");
        assertThat(NumberText.dataTrimmed(0.12345)).isEqualTo("0.1235");
        assertThat(NumberText.dataTrimmed(0.12355)).isEqualTo("0.1236");
    }

    /** Review finding: 92.15625 read 92.1563 in the CSV and 92.1562 in the JSON. */
    @Test
    void aTiePrintsTheSameInTheCsvAndTheJson() {
        double tie = 92.15625; // exactly representable: a true tie at four decimals
        assertThat(NumberText.data(tie)).isEqualTo("92.1563");
        assertThat(JsonMapping.data(tie).toPlainString()).isEqualTo("92.1563");
        assertThat(NumberText.dataTrimmed(tie)).isEqualTo("92.1563");
        assertThat(NumberText.fixed(0.125, 2)).isEqualTo(String.format(Locale.ROOT, "%.2f", 0.125));
        for (double v : new double[] {0.00005, 1.00005, 2.5, -3.25, 99.99995, 12.34565, 0.30000000000000004}) {
            assertThat(JsonMapping.data(v).toPlainString())
                    .as("%s", v)
                    .isEqualTo(new java.math.BigDecimal(NumberText.data(v))
                            .stripTrailingZeros()
                            .toPlainString());
            assertThat(NumberText.data(v)).as("%s", v).isEqualTo(String.format(Locale.ROOT, "%.4f", v));
        }
    }

    @Test
    void aDecimalPointWhateverTheMachinesLanguage() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(NumberText.fixed(1234.5, 1)).isEqualTo("1234.5");
            assertThat(NumberText.signed(-1.25, 2)).isEqualTo("-1.25");
            assertThat(NumberText.significant(0.5, 3)).isEqualTo("0.500");
            assertThat(NumberText.data(2.5)).isEqualTo("2.5000");
        } finally {
            Locale.setDefault(before);
        }
    }
}
