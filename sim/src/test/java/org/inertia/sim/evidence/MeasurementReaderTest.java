package org.inertia.sim.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.inertia.sim.measure.Measure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Measurement files: what is read, and every class of mistake by its catalogue key (issue 10). */
class MeasurementReaderTest {

    private static final String HEADER = "day,measure,value\n";

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

    @Test
    void columnsMayComeInAnyOrderAndInAnyCaseWithExtraColumnsIgnored() throws MeasurementException {
        List<Measurement> m =
                MeasurementReader.parse(" Value ,NOTE,Measure,DAY\n92,before lunch,strength.overall,7\n", "m.csv");
        assertThat(m).singleElement().satisfies(x -> {
            assertThat(x.day()).isEqualTo(7);
            assertThat(x.valuePercent()).isEqualTo(92.0);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"92", "+92", "92.", "92.0", ".5", "0.5e2", "9.2E1", "920e-1", "  92  ", "0", "1000", "1e3"})
    void numbersOfTheOneGrammarAreRead(String cell) throws MeasurementException {
        List<Measurement> m = MeasurementReader.parse(HEADER + "7,strength.overall," + cell + "\n", "m.csv");
        assertThat(m.get(0).valuePercent()).isEqualTo(new java.math.BigDecimal(cell.strip()).doubleValue());
    }

    @Test
    void crlfAndCrLineEndsParseTheSameAsLf() throws MeasurementException {
        String lf =
                "day,measure,value,sd\n0,strength.overall,100,\n7,mass.handgrip,98.5,1.2\n14,strength.overall,97,2\n";
        List<Measurement> expected = MeasurementReader.parse(lf, "m.csv");
        assertThat(MeasurementReader.parse(lf.replace("\n", "\r\n"), "m.csv")).isEqualTo(expected);
        assertThat(MeasurementReader.parse(lf.replace("\n", "\r"), "m.csv")).isEqualTo(expected);
        // Without the final line end, and with a byte-order mark as spreadsheets write it.
        assertThat(MeasurementReader.parse("\uFEFF" + lf.replace("\n", "\r\n").strip(), "m.csv"))
                .isEqualTo(expected);
        // Blank lines between rows, in either style, are skipped without shifting line numbers.
        List<Measurement> gaps = MeasurementReader.parse(lf.replace("\n", "\r\n\r\n"), "m.csv");
        assertThat(gaps).extracting(Measurement::line).containsExactly(3, 5, 7);
    }

    @Test
    void crlfFilesReportTheSameLinesAsLf() {
        String lf = HEADER + "1,strength.overall,90\n1,strength.overall,91\n2,strength.overall,92d\n";
        List<MeasurementProblem> fromLf = problems(lf);
        List<MeasurementProblem> fromCrlf = problems(lf.replace("\n", "\r\n"));
        assertThat(fromCrlf).isEqualTo(fromLf);
        assertThat(fromLf)
                .extracting(MeasurementProblem::line, MeasurementProblem::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3, MeasurementMessage.DUPLICATE_ROW),
                        org.assertj.core.groups.Tuple.tuple(4, MeasurementMessage.NOT_A_NUMBER));
    }

    @Test
    void quotedFieldsMayHoldCommasDoubledQuotesAndLineBreaks() throws MeasurementException {
        String csv = "\"day\",\"measure\",\"value\",note\n"
                + "\"7\",\"strength.overall\",\"92.5\",\"after the walk, she said \"\"fine\"\"\"\n"
                + "14,strength.overall,95,\"two\r\nlines\"\n"
                + "21,strength.overall,97,\"\"\n";
        List<Measurement> m = MeasurementReader.parse(csv, "m.csv");
        assertThat(m).extracting(Measurement::day).containsExactly(7, 14, 21);
        assertThat(m).extracting(Measurement::valuePercent).containsExactly(92.5, 95.0, 97.0);
        // The record after a quoted line break starts on the line after it.
        assertThat(m).extracting(Measurement::line).containsExactly(2, 3, 5);
        List<CsvReader.Record> records = CsvReader.parse(csv);
        assertThat(records.get(1).fields().get(3)).isEqualTo("after the walk, she said \"fine\"");
        assertThat(records.get(2).fields().get(3)).isEqualTo("two\nlines");
        assertThat(records.get(3).fields()).containsExactly("21", "strength.overall", "97", "");
    }

    /**
     * Every class of mistake, several instances each: the key, the line, the CSV column (field
     * number) and the column's name. {@code \n} and {@code \r} stand for line ends; '-' for no
     * column name.
     */
    @ParameterizedTest(name = "{0} -> {4}")
    @CsvSource(
            delimiter = '|',
            value = {
                // The file as a whole.
                "''|0|0|-|EMPTY_FILE",
                "\\n\\n\\r\\n|0|0|-|EMPTY_FILE",
                "\uFEFF|0|0|-|EMPTY_FILE",
                "day,measure,value|0|0|-|NO_MEASUREMENTS",
                "day,measure,value\\r\\n\\r\\n|0|0|-|NO_MEASUREMENTS",
                // Quoting: strict RFC 4180.
                "day,measure,value\\n1,strength.overall,\"90|2|3|-|UNCLOSED_QUOTE",
                "day,measure,value\\n1,\"strength.overall,90\\n2,strength.overall,91|2|2|-|UNCLOSED_QUOTE",
                "\"day,measure,value\\n1,strength.overall,90|1|1|-|UNCLOSED_QUOTE",
                "day,measure,value\\n1,strength.overall,9\"0\"|2|3|-|QUOTE_INSIDE_FIELD",
                "day,measure,value\\n1,strength.overall, \"90\"|2|3|-|QUOTE_INSIDE_FIELD",
                "day,measure,value\\n1,stre\"ngth.overall,90|2|2|-|QUOTE_INSIDE_FIELD",
                "day,measure,value\\r\\n1,strength.overall,90\\r\\n2,strength.overall,9\"1|3|3|-|QUOTE_INSIDE_FIELD",
                "day,measure,value\\n1,strength.overall,\"90\"x|2|3|-|TEXT_AFTER_QUOTE",
                "day,measure,value\\n\"1\" ,strength.overall,90|2|1|-|TEXT_AFTER_QUOTE",
                "day,measure,value\\n1,\"strength\".overall,90|2|2|-|TEXT_AFTER_QUOTE",
                // The header.
                "day;measure;value\\n1;strength.overall;90|1|0|-|ONE_COLUMN_HEADER",
                "day\tmeasure\tvalue\\n1\tstrength.overall\t90|1|0|-|ONE_COLUMN_HEADER",
                "day,value\\n1,90|1|0|-|MISSING_COLUMN",
                "measure,value\\nstrength.overall,90|1|0|-|MISSING_COLUMN",
                "days,measure,values\\n1,strength.overall,90|1|0|-|MISSING_COLUMN",
                "day,measure,value,value\\n1,strength.overall,90,91|1|4|value|DUPLICATE_COLUMN",
                "day,day,measure,value\\n1,2,strength.overall,90|1|2|day|DUPLICATE_COLUMN",
                "Day,measure,value, DAY\\n1,strength.overall,90,2|1|4|day|DUPLICATE_COLUMN",
                "day,measure,value,sd,SD\\n1,strength.overall,90,1,2|1|5|sd|DUPLICATE_COLUMN",
                "day,measure,measure,value\\n1,strength.overall,mass.overall,90|1|3|measure|DUPLICATE_COLUMN",
                // Rows.
                "day,measure,value\\n1,strength.overall|2|0|-|FIELD_COUNT",
                "day,measure,value\\n1,strength.overall,90,|2|0|-|FIELD_COUNT",
                "day,measure,value\\n1,strength.overall,90\\n1,strength.overall,91|3|0|-|DUPLICATE_ROW",
                "day,measure,value\\n1,strength.overall,90\\n2,mass.overall,90\\n01,strength.overall,93|4|0|-|DUPLICATE_ROW",
                // The day.
                "day,measure,value\\n,strength.overall,90|2|1|day|EMPTY_CELL",
                "day,measure,value\\nx,strength.overall,90|2|1|day|NOT_AN_INTEGER",
                "day,measure,value\\n7.5,strength.overall,90|2|1|day|NOT_AN_INTEGER",
                "day,measure,value\\n7.0,strength.overall,90|2|1|day|NOT_AN_INTEGER",
                "day,measure,value\\n1e1,strength.overall,90|2|1|day|NOT_AN_INTEGER",
                "day,measure,value\\n7L,strength.overall,90|2|1|day|NOT_AN_INTEGER",
                "day,measure,value\\n0x7,strength.overall,90|2|1|day|NOT_AN_INTEGER",
                "day,measure,value\\n\u0667,strength.overall,90|2|1|day|NOT_AN_INTEGER",
                "day,measure,value\\n\uFF17,strength.overall,90|2|1|day|NOT_AN_INTEGER",
                "day,measure,value\\n-1,strength.overall,90|2|1|day|OUT_OF_RANGE",
                "day,measure,value\\n3651,strength.overall,90|2|1|day|OUT_OF_RANGE",
                "day,measure,value\\n99999999999,strength.overall,90|2|1|day|OUT_OF_RANGE",
                "day,measure,value\\n1e999999999,strength.overall,90|2|1|day|EXTREME_NUMBER",
                // The measure.
                "day,measure,value\\n1,strength.overal,90|2|2|measure|UNKNOWN_MEASURE",
                "day,measure,value\\n1,knee,90|2|2|measure|UNKNOWN_MEASURE",
                "day,measure,value\\n1,,90|2|2|measure|EMPTY_CELL",
                // The value: Java literals, other scripts' digits, other notations.
                "day,measure,value\\n1,strength.overall,|2|3|value|EMPTY_CELL",
                "day,measure,value\\n1,strength.overall,   |2|3|value|EMPTY_CELL",
                "day,measure,value\\n1,strength.overall,abc|2|3|value|NOT_A_NUMBER",
                "day,measure,value\\n1,strength.overall,\"90,5\"|2|3|value|NOT_A_NUMBER",
                "day,measure,value\\n1,strength.overall,92d|2|3|value|NOT_A_NUMBER",
                "day,measure,value\\n1,strength.overall,92D|2|3|value|NOT_A_NUMBER",
                "day,measure,value\\n1,strength.overall,85F|2|3|value|NOT_A_NUMBER",
                "day,measure,value\\n1,strength.overall,85f|2|3|value|NOT_A_NUMBER",
                "day,measure,value\\n1,strength.overall,0x1.6p6|2|3|value|NOT_A_NUMBER",
                "day,measure,value\\n1,strength.overall,0x5A|2|3|value|NOT_A_NUMBER",
                "day,measure,value\\n1,strength.overall,9_2|2|3|value|NOT_A_NUMBER",
                "day,measure,value\\n1,strength.overall,92%|2|3|value|NOT_A_NUMBER",
                "day,measure,value\\n1,strength.overall,9 2|2|3|value|NOT_A_NUMBER",
                "day,measure,value\\n1,strength.overall,1e|2|3|value|NOT_A_NUMBER",
                "day,measure,value\\n1,strength.overall,--9|2|3|value|NOT_A_NUMBER",
                "day,measure,value\\n1,strength.overall,\u0669\u0662|2|3|value|NOT_A_NUMBER",
                "day,measure,value\\n1,strength.overall,\u06F9\u06F2|2|3|value|NOT_A_NUMBER",
                "day,measure,value\\n1,strength.overall,\uFF19\uFF12|2|3|value|NOT_A_NUMBER",
                "day,measure,value\\n1,strength.overall,\u0969\u0968|2|3|value|NOT_A_NUMBER",
                "day,measure,value\\n1,strength.overall,9\uFF12|2|3|value|NOT_A_NUMBER",
                "day,measure,value\\n1,strength.overall,NaN|2|3|value|NOT_FINITE",
                "day,measure,value\\n1,strength.overall,Infinity|2|3|value|NOT_FINITE",
                "day,measure,value\\n1,strength.overall,-inf|2|3|value|NOT_FINITE",
                "day,measure,value\\n1,strength.overall,1e400|2|3|value|EXTREME_NUMBER",
                "day,measure,value\\n1,strength.overall,1e-400|2|3|value|EXTREME_NUMBER",
                "day,measure,value\\n1,strength.overall,1e-1000000|2|3|value|EXTREME_NUMBER",
                "day,measure,value\\n1,strength.overall,1e-999999999|2|3|value|EXTREME_NUMBER",
                "day,measure,value\\n1,strength.overall,9e99999999999999999999|2|3|value|EXTREME_NUMBER",
                "day,measure,value\\n1,strength.overall,000000000000000000000000000000000000000000000092|2|3|value|NUMBER_TOO_LONG",
                "day,measure,value\\n1,strength.overall,1001|2|3|value|OUT_OF_RANGE",
                "day,measure,value\\n1,strength.overall,-0.5|2|3|value|OUT_OF_RANGE",
                "day,measure,value\\n1,strength.overall,1e20|2|3|value|OUT_OF_RANGE",
                // The standard deviation.
                "day,measure,value,sd\\n1,strength.overall,90,0|2|4|sd|NOT_POSITIVE",
                "day,measure,value,sd\\n1,strength.overall,90,-1|2|4|sd|OUT_OF_RANGE",
                "day,measure,value,sd\\n1,strength.overall,90,2000|2|4|sd|OUT_OF_RANGE",
                "day,measure,value,sd\\n1,strength.overall,90,1.2f|2|4|sd|NOT_A_NUMBER",
                "day,measure,value,sd\\n1,strength.overall,90,1e-30|2|4|sd|EXTREME_NUMBER",
            })
    void everyMistakeHasAKeyAndAPlace(String csv, int line, int column, String field, MeasurementMessage key) {
        MeasurementProblem p =
                problems(csv.replace("\\n", "\n").replace("\\r", "\r")).get(0);
        assertThat(p.message()).as(p.format()).isEqualTo(key);
        assertThat(p.line()).as(p.format()).isEqualTo(line);
        assertThat(p.column()).as(p.format()).isEqualTo(column);
        assertThat(p.field()).as(p.format()).isEqualTo(field.equals("-") ? "" : field);
        assertThat(p.source()).isEqualTo("m.csv");
        assertThat(p.format()).startsWith("m.csv").doesNotContain("\n").doesNotContain("\r");
        assertThat(p.format().length()).isLessThan(400);
    }

    @Test
    void argumentsAreTheCatalogueArgumentsNotEnglish() {
        assertThat(problem(HEADER + "1,strength.overall,92d").arguments()).containsExactly("92d");
        assertThat(problem(HEADER + "-1,strength.overall,90").arguments()).containsExactly(0, 3650, "-1");
        assertThat(problem(HEADER + "1,strength.overall,1001").arguments()).containsExactly(0, 1000.0, "1001");
        assertThat(problem(HEADER + "1,strength.overal,90").arguments()).containsExactly("strength.overal");
        assertThat(problem("day,measure,value,value\n1,strength.overall,90,91").arguments())
                .containsExactly("value", 3);
        assertThat(problem("day,value\n1,90").arguments()).containsExactly("measure");
        assertThat(problem(HEADER + "1,strength.overall").arguments()).containsExactly(2, 3);
        assertThat(problem(HEADER + "1,strength.overall,90\n1,strength.overall,91")
                        .arguments())
                .containsExactly(1, "strength.overall", 2);
        assertThat(problem(HEADER + "1,strength.overall," + "9".repeat(60)).arguments())
                .containsExactly(org.inertia.sim.scenario.io.Decimal.MAX_LENGTH);
    }

    @Test
    void aMisspeltMeasureGetsADidYouMeanAndTheLibraryNamesNoCommand() {
        MeasurementProblem p = problem(HEADER + "1,strength.overal,90");
        assertThat(p.hint()).isEqualTo("did you mean 'strength.overall'?");
        MeasurementProblem far = problem(HEADER + "1,grip strength of the left hand,90");
        assertThat(far.hint()).doesNotContain("inertia");
        assertThat(far.hint()).isNotEmpty();
    }

    @Test
    void everyMissingColumnAndEveryBadCellIsReportedInFileOrder() {
        assertThat(problems("day\n1\n"))
                .extracting(MeasurementProblem::message, MeasurementProblem::arguments)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(MeasurementMessage.MISSING_COLUMN, List.of("measure")),
                        org.assertj.core.groups.Tuple.tuple(MeasurementMessage.MISSING_COLUMN, List.of("value")));
        assertThat(problems(HEADER + "x,strength.overal,92d\n2,strength.overall,90\n3,mass.overall,1e999\n"))
                .extracting(MeasurementProblem::line, MeasurementProblem::column, MeasurementProblem::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, 1, MeasurementMessage.NOT_AN_INTEGER),
                        org.assertj.core.groups.Tuple.tuple(2, 2, MeasurementMessage.UNKNOWN_MEASURE),
                        org.assertj.core.groups.Tuple.tuple(2, 3, MeasurementMessage.NOT_A_NUMBER),
                        org.assertj.core.groups.Tuple.tuple(4, 3, MeasurementMessage.EXTREME_NUMBER));
    }

    @Test
    void longValuesAreQuotedBackAtMostFortyCharacters() {
        String junk = "x".repeat(5000);
        for (String csv : List.of(
                HEADER + "1,strength.overall," + junk,
                HEADER + "1," + junk + ",90",
                HEADER + junk + ",strength.overall,90",
                HEADER + "1,strength.overall," + "\u0669".repeat(5000),
                "day,measure,value," + junk + "," + junk + "\n1,strength.overall,90,a,b")) {
            MeasurementProblem p = problem(csv);
            for (Object a : p.arguments()) {
                assertThat(a.toString().length()).as(p.message().name()).isLessThanOrEqualTo(43);
            }
            assertThat(p.format().length()).as(p.message().name()).isLessThan(200);
        }
        assertThat(MeasurementProblem.excerpt("\uD83D\uDE00".repeat(50))).isEqualTo("\uD83D\uDE00".repeat(40) + "...");
    }

    @Test
    void hugeExponentsAndLongNumbersAreRefusedAtOnce() {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 20_000; i++) {
            csv.append(i % 3650)
                    .append(",strength.overall,")
                    .append(
                            switch (i % 4) {
                                case 0 -> "1e-999999999";
                                case 1 -> "9e999999999";
                                case 2 -> "1e-1000000";
                                default -> "1" + "0".repeat(400);
                            })
                    .append('\n');
        }
        List<MeasurementProblem> problems =
                assertTimeoutPreemptively(Duration.ofSeconds(5), () -> problems(csv.toString()));
        // Reading stops after the first hundred problems (issue 12): a file of garbage is not worth 20,000 lines.
        assertThat(problems).hasSize(MeasurementReader.MAX_PROBLEMS + 1);
        assertThat(problems.get(MeasurementReader.MAX_PROBLEMS).message())
                .isEqualTo(MeasurementMessage.TOO_MANY_PROBLEMS);
        assertThat(problems.subList(0, MeasurementReader.MAX_PROBLEMS))
                .extracting(MeasurementProblem::message)
                .containsOnly(MeasurementMessage.EXTREME_NUMBER, MeasurementMessage.NUMBER_TOO_LONG);
    }

    @Test
    void filesThatCannotBeReadHaveKeys(@TempDir Path dir) throws IOException {
        assertThat(fileProblem(dir.resolve("missing.csv")).message()).isEqualTo(MeasurementMessage.FILE_NOT_FOUND);
        assertThat(fileProblem(dir).message()).isEqualTo(MeasurementMessage.NOT_A_FILE);
        Path latin1 = dir.resolve("latin1.csv");
        byte[] bytes = (HEADER + "1,strength.overall,90\n2,strength.overall,9\u00e9\n")
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        Files.write(latin1, bytes);
        MeasurementProblem p = fileProblem(latin1);
        assertThat(p.message()).isEqualTo(MeasurementMessage.NOT_UTF8);
        assertThat(p.line()).isEqualTo(3);
        Path ok = dir.resolve("ok.csv");
        Files.writeString(ok, HEADER + "1,strength.overall,90\r\n");
        assertThatCode(() -> MeasurementReader.read(ok)).doesNotThrowAnyException();
        MeasurementException big = catchThrowableOfType(
                MeasurementException.class,
                () -> MeasurementReader.parse("1".repeat(MeasurementReader.MAX_FILE_BYTES + 1), "big.csv"));
        assertThat(big.details().get(0).message()).isEqualTo(MeasurementMessage.FILE_TOO_LARGE);
    }

    @Test
    void theFormattedLinesAreTheProblemsOnOneLineEach() {
        MeasurementException e = catchThrowableOfType(
                MeasurementException.class,
                () -> MeasurementReader.parse(HEADER + "x,strength.overall,90\n1,strength.overall,abc\n", "m.csv"));
        assertThat(e.problems())
                .containsExactlyElementsOf(
                        e.details().stream().map(MeasurementProblem::format).toList());
        assertThat(e.getMessage()).isEqualTo(e.problems().get(0));
        // The one-line shape: file:line:column: column-name: message (hint).
        assertThat(e.problems().get(1)).matches("m\\.csv:3:3: value: .+ \\(.+\\)");
    }

    @ParameterizedTest
    @EnumSource(MeasurementMessage.class)
    void everyCatalogueEntryFormatsWithItsArguments(MeasurementMessage key) {
        Object[] arguments = new Object[4];
        Arrays.fill(arguments, "X");
        String text = key.format(arguments);
        assertThat(text).isNotBlank().doesNotContain("{").doesNotContain("''").doesNotContain("inertia ");
    }

    private static MeasurementProblem problem(String csv) {
        return problems(csv).get(0);
    }

    private static List<MeasurementProblem> problems(String csv) {
        MeasurementException e =
                catchThrowableOfType(MeasurementException.class, () -> MeasurementReader.parse(csv, "m.csv"));
        assertThat(e)
                .as("no problem with %s", csv.length() > 80 ? csv.substring(0, 80) : csv)
                .isNotNull();
        assertThat(e.details()).isNotEmpty();
        return e.details();
    }

    private static MeasurementProblem fileProblem(Path file) {
        MeasurementException e = catchThrowableOfType(MeasurementException.class, () -> MeasurementReader.read(file));
        assertThat(e).isNotNull();
        return e.details().get(0);
    }
}
