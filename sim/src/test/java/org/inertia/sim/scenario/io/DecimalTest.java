package org.inertia.sim.scenario.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The one number grammar, and the words for what it refuses. */
class DecimalTest {

    @Test
    void readsTheGrammarExactly() {
        assertThat(Decimal.parse("92")).contains(new BigDecimal("92"));
        assertThat(Decimal.parse("-3.5")).contains(new BigDecimal("-3.5"));
        assertThat(Decimal.parse(".5")).contains(new BigDecimal(".5"));
        assertThat(Decimal.parse("1.2e3")).contains(new BigDecimal("1.2e3"));
        assertThat(Decimal.parse("92d")).isEmpty();
        assertThat(Decimal.parse("0x10")).isEmpty();
        assertThat(Decimal.parse("NaN")).isEmpty();
    }

    @Test
    void aNumberTooLargeTooSmallOrTooLongIsSaidToBeOutOfOrdinarySizeNotToBeNoNumber() {
        assertThat(Decimal.parse("1e-300")).isEmpty();
        assertThat(Decimal.refusal("1e-300")).isEqualTo("is not a number of ordinary size");
        assertThat(Decimal.refusal("1e308")).isEqualTo("is not a number of ordinary size");
        assertThat(Decimal.refusal("1".repeat(1000))).isEqualTo("is not a number of ordinary size");
        assertThat(Decimal.refusal("12kg")).isEqualTo("is not a number");
        assertThat(Decimal.refusal("1".repeat(20_000))).isEqualTo("is not a number");
        // The edges: 1e20 and 1e-20 are of ordinary size, one power beyond is not.
        assertThat(Decimal.parse("1e20")).isPresent();
        assertThat(Decimal.parse("1e-20")).isPresent();
        assertThat(Decimal.parse("1e21")).isEmpty();
        assertThat(Decimal.parse("1e-21")).isEmpty();
    }
}
