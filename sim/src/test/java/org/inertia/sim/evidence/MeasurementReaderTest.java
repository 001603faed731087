package org.inertia.sim.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.inertia.sim.measure.Measure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MeasurementReaderTest {

    @Test
    void readsDayMeasureValueAndOptionalSd() throws MeasurementException {
        List<Measurement> m = MeasurementReader.parse(
                "day,measure,value,sd\n0,strength.overall,100,\n7,mass.handgrip,98.5,1.2\n", "m.csv");
        assertThat(m).hasSize(2);
        assertThat(m.get(1).day()).isEqualTo(7);
        assertThat(m.get(1).measure()).isEqualTo(Measure.parse("mass.handgrip").orElseThrow());
        assertThat(m.get(1).valuePercent()).isEqualTo(98.5);
        assertThat(m.get(1).sdPercent()).hasValue(1.2);
        assertThat(m.get(0).sdPercent()).isEmpty();
        assertThat(m.get(1).line()).isEqualTo(3);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "''|m.csv: is empty",
                "day;measure;value\\n1;strength.overall;90|m.csv:1: the header has one column; separate columns with commas",
                "day,value\\n1,90|m.csv:1: missing column 'measure'",
                "day,measure,value\\nx,strength.overall,90|m.csv:2:1: day: must be a whole number (was 'x')",
                "day,measure,value\\n1,strength.overal,90|m.csv:2:2: measure: unknown measure 'strength.overal'",
                "day,measure,value\\n1,strength.overall,|m.csv:2:3: value: empty cell",
                "day,measure,value\\n1,strength.overall,\"90,5\"|m.csv:2:3: value: must be a number (was '90,5') (use '.' as the decimal separator)",
                "day,measure,value\\n1,strength.overall,90\\n1,strength.overall,91|m.csv:3: duplicate row: day 1, strength.overall was already given on line 2",
                "day,measure,value\\n1,strength.overall|m.csv:2: 2 fields, the header has 3",
                "day,measure,value\\n-1,strength.overall,90|m.csv:2:1: day: must not be negative (was -1)",
                "day,measure,value\\n1,strength.overall,NaN|m.csv:2:3: value: must be between 0 and 1000 (was NaN)",
                "day,measure,value|m.csv: has a header but no measurements",
            })
    void everyMistakeIsOneLineNamingTheFileLineAndColumn(String csv, String expectedStart) {
        MeasurementException e = catchThrowableOfType(
                MeasurementException.class, () -> MeasurementReader.parse(csv.replace("\\n", "\n"), "m.csv"));
        assertThat(e).isNotNull();
        assertThat(e.problems().get(0)).startsWith(expectedStart).doesNotContain("\n");
    }
}
