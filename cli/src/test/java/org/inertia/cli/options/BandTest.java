package org.inertia.cli.options;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

class BandTest {

    private final Band.Converter converter = new Band.Converter();

    @Test
    void readsTwoPercentilesAroundTheMedian() {
        assertThat(converter.convert("25,75")).isEqualTo(new Band(25, 75));
        assertThat(converter.convert(" 2.5 , 97.5 ")).isEqualTo(new Band(2.5, 97.5));
        assertThat(converter.convert("0,100")).isEqualTo(new Band(0, 100));
    }

    @Test
    void rejectsBandsThatDoNotStraddleTheMedian() {
        for (String bad : new String[] {"50,95", "5,50", "75,25", "-1,95", "5,100.5", "5", "", "x,95", "Infinity,95"}) {
            assertThatThrownBy(() -> converter.convert(bad)).as(bad).isInstanceOf(TypeConversionException.class);
        }
    }

    @Test
    void saysItsPercentilesAsOrdinals() {
        assertThat(Band.DEFAULT.words()).isEqualTo("5th\u201395th percentile");
        assertThat(new Band(2.5, 97.5).plainWords()).isEqualTo("2.5th to 97.5th percentile");
        assertThat(Band.ordinal(1)).isEqualTo("1st");
        assertThat(Band.ordinal(2)).isEqualTo("2nd");
        assertThat(Band.ordinal(3)).isEqualTo("3rd");
        assertThat(Band.ordinal(11)).isEqualTo("11th");
        assertThat(Band.ordinal(12)).isEqualTo("12th");
        assertThat(Band.ordinal(21)).isEqualTo("21st");
        assertThat(Band.ordinal(100)).isEqualTo("100th");
    }
}
