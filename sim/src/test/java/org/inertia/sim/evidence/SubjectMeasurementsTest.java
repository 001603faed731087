package org.inertia.sim.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The {@code subject} column of measurement files (issue 14): ids, limits, grouping. */
class SubjectMeasurementsTest {

    private static final String HEADER = "day,measure,value,subject\n";

    @Test
    void eachRowCarriesItsSubjectAndADayMayRepeatAcrossSubjects() throws MeasurementException {
        List<Measurement> m = MeasurementReader.parseBySubject(
                HEADER + "7,strength.overall,92, S01 \n7,strength.overall,90,S02\n14,strength.overall,91,S01\n",
                "m.csv");

        assertThat(m).extracting(Measurement::subject).containsExactly("S01", "S02", "S01");
        Map<String, List<Measurement>> groups = SubjectFits.bySubject(m);
        assertThat(groups.keySet()).containsExactly("S01", "S02");
        assertThat(groups.get("S01")).extracting(Measurement::line).containsExactly(2, 4);
    }

    @Test
    void theSameDayAndMeasureTwiceForOneSubjectIsADuplicate() {
        MeasurementException e = catchThrowableOfType(
                () -> MeasurementReader.parseBySubject(
                        HEADER + "7,strength.overall,92,A\n7,strength.overall,90,B\n7,strength.overall,91,A\n",
                        "m.csv"),
                MeasurementException.class);

        assertThat(e.details()).singleElement().satisfies(p -> {
            assertThat(p.message()).isEqualTo(MeasurementMessage.DUPLICATE_ROW);
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.arguments()).containsExactly(7, "strength.overall", 2);
        });
    }

    @Test
    void withoutTheColumnEverySubjectIdIsEmptyAndReadIgnoresTheColumnAsBefore() throws MeasurementException {
        List<Measurement> plain =
                MeasurementReader.parseBySubject("day,measure,value\n7,strength.overall,92\n", "m.csv");
        assertThat(plain).singleElement().extracting(Measurement::subject).isEqualTo("");

        // read() is what --observed uses: the column stays ignored there, so two subjects' rows clash.
        MeasurementException e = catchThrowableOfType(
                () -> MeasurementReader.parse(HEADER + "7,strength.overall,92,A\n7,strength.overall,90,B\n", "m.csv"),
                MeasurementException.class);
        assertThat(e.details())
                .extracting(MeasurementProblem::message)
                .containsExactly(MeasurementMessage.DUPLICATE_ROW);
        List<Measurement> ignored = MeasurementReader.parse(HEADER + "7,strength.overall,92,\u0007\n", "m.csv");
        assertThat(ignored).singleElement().extracting(Measurement::subject).isEqualTo("");
    }

    @ParameterizedTest
    @CsvSource(
            delimiterString = "|",
            value = {
                "''|EMPTY_CELL|",
                "'   '|EMPTY_CELL|",
                "S\u00070|SUBJECT_CHARACTER|U+0007,2",
                "\u200BS1|SUBJECT_CHARACTER|U+200B,1",
                "S1\u202E|SUBJECT_CHARACTER|U+202E,3",
                "\uE000|SUBJECT_CHARACTER|U+E000,1"
            })
    void badIdsAreProblemsOfTheSubjectCell(String id, MeasurementMessage key, String arguments) {
        MeasurementException e = catchThrowableOfType(
                () -> MeasurementReader.parseBySubject(HEADER + "7,strength.overall,92,\"" + id + "\"\n", "m.csv"),
                MeasurementException.class);

        assertThat(e.details()).singleElement().satisfies(p -> {
            assertThat(p.message()).isEqualTo(key);
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.column()).isEqualTo(4);
            assertThat(p.field()).isEqualTo("subject");
            assertThat(p.hint()).isNotEmpty();
            if (arguments != null) {
                assertThat(p.arguments()).map(String::valueOf).containsExactly(arguments.split(","));
            }
        });
    }

    @Test
    void aControlCharacterInAQuotedIdIsRefusedNotPrinted() {
        MeasurementException e = catchThrowableOfType(
                () -> MeasurementReader.parseBySubject(HEADER + "7,strength.overall,92,\"S\n1\"\n", "m.csv"),
                MeasurementException.class);

        assertThat(e.details()).singleElement().satisfies(p -> assertThat(p.arguments())
                .containsExactly("U+000A", 2));
        assertThat(e.problems().get(0)).doesNotContain("\n");
    }

    @Test
    void anIdOverSixtyFourCharactersIsTooLong() {
        String id = "S".repeat(MeasurementReader.MAX_SUBJECT_LENGTH + 1);
        MeasurementException e = catchThrowableOfType(
                () -> MeasurementReader.parseBySubject(HEADER + "7,strength.overall,92," + id + "\n", "m.csv"),
                MeasurementException.class);

        assertThat(e.details()).singleElement().satisfies(p -> {
            assertThat(p.message()).isEqualTo(MeasurementMessage.SUBJECT_TOO_LONG);
            assertThat(p.arguments()).containsExactly(65, 64);
        });
        assertThat(MeasurementReader.MAX_SUBJECT_LENGTH).isEqualTo(64);
    }

    @Test
    void moreThanTenThousandSubjectsStopAtTheFirstOneTooMany() {
        StringBuilder text = new StringBuilder(HEADER);
        for (int i = 0; i <= MeasurementReader.MAX_SUBJECTS; i++) {
            text.append("7,strength.overall,92,S").append(i).append('\n');
        }
        MeasurementException e = catchThrowableOfType(
                () -> MeasurementReader.parseBySubject(text.toString(), "m.csv"), MeasurementException.class);

        assertThat(e.details()).singleElement().satisfies(p -> {
            assertThat(p.message()).isEqualTo(MeasurementMessage.TOO_MANY_SUBJECTS);
            assertThat(p.line()).isEqualTo(MeasurementReader.MAX_SUBJECTS + 2);
            assertThat(p.arguments()).containsExactly(10_000);
        });
    }
}
