package org.inertia.sim.evidence;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Pattern;
import org.inertia.sim.measure.Measure;
import org.inertia.sim.scenario.Scenario;
import org.inertia.sim.scenario.io.Decimal;
import org.inertia.sim.scenario.io.DidYouMean;

/**
 * Reads a user's measurements: a CSV file (strict RFC 4180, LF or CRLF line ends, UTF-8 with or
 * without a byte-order mark) with the header {@code day,measure,value} and an optional {@code sd}
 * column, in any order, each named once; values in % of the subject's baseline. Read with {@link
 * #readBySubject}, an optional {@code subject} column names the subject of each row (several
 * subjects in one file, each fitted on its own); {@link #read} ignores it, as it ignores any other
 * column. Numbers follow the
 * one grammar of {@link Decimal}: ASCII digits, an optional sign, point and exponent, nothing
 * else. Every problem is a {@link MeasurementProblem} with file, line, column and a hint.
 */
public final class MeasurementReader {

    /** Largest measurement file accepted (bytes). */
    public static final int MAX_FILE_BYTES = 16 << 20;

    /** Largest value or standard deviation accepted (% of baseline). */
    public static final double MAX_PERCENT = 1000;

    /** Most subjects in one file read by {@link #readBySubject}. */
    public static final int MAX_SUBJECTS = 10_000;

    /** Longest subject id (code points). */
    public static final int MAX_SUBJECT_LENGTH = 64;

    private static final List<String> REQUIRED = List.of("day", "measure", "value");

    /** A number in a looser grammar: well written but refused by {@link Decimal} for its size. */
    private static final Pattern UNBOUNDED = Pattern.compile("[-+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][-+]?[0-9]+)?");

    /** The words Java and spreadsheets use for values that are not numbers. */
    private static final Pattern NOT_FINITE =
            Pattern.compile("[-+]?(nan|inf|infinity|\\u221e)", Pattern.CASE_INSENSITIVE);

    private static final Pattern WHOLE = Pattern.compile("[-+]?[0-9]+");

    private final String source;
    private final boolean bySubject;
    private final List<MeasurementProblem> problems = new ArrayList<>();

    private MeasurementReader(String source, boolean bySubject) {
        this.source = source;
        this.bySubject = bySubject;
    }

    /**
     * Reads a measurement file.
     *
     * @param file the file, as the user named it
     * @return the measurements, in file order
     * @throws MeasurementException with every problem found
     */
    public static List<Measurement> read(Path file) throws MeasurementException {
        return read(file, false);
    }

    /**
     * Reads a measurement file that may have a {@code subject} column: each row's subject id, at
     * most {@value #MAX_SUBJECT_LENGTH} characters, not empty, without control or invisible
     * characters, spaces around it ignored; at most {@value #MAX_SUBJECTS} subjects. A day and
     * measure may then repeat for different subjects. Without the column, as {@link #read}.
     *
     * @param file the file, as the user named it
     * @return the measurements, in file order, each with its {@link Measurement#subject()}
     * @throws MeasurementException with every problem found
     */
    public static List<Measurement> readBySubject(Path file) throws MeasurementException {
        return read(file, true);
    }

    private static List<Measurement> read(Path file, boolean bySubject) throws MeasurementException {
        String source = file.toString();
        byte[] bytes;
        try {
            if (!Files.exists(file)) {
                throw fileProblem(source, MeasurementMessage.FILE_NOT_FOUND, List.of(), "");
            }
            if (!Files.isRegularFile(file)) {
                throw fileProblem(source, MeasurementMessage.NOT_A_FILE, List.of(), "");
            }
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw fileProblem(source, MeasurementMessage.FILE_TOO_LARGE, List.of(size, MAX_FILE_BYTES), "");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw fileProblem(source, MeasurementMessage.FILE_NOT_FOUND, List.of(), "");
        } catch (IOException e) {
            throw fileProblem(
                    source,
                    MeasurementMessage.UNREADABLE,
                    List.of(e.getClass().getSimpleName() + ": " + e.getMessage()),
                    "");
        }
        if (bytes.length > MAX_FILE_BYTES) {
            throw fileProblem(source, MeasurementMessage.FILE_TOO_LARGE, List.of(bytes.length, MAX_FILE_BYTES), "");
        }
        String text;
        try {
            text = decoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            ByteBuffer in = ByteBuffer.wrap(bytes);
            decoder().decode(in, CharBuffer.allocate(bytes.length + 1), true);
            int bad = in.position();
            int line = 1;
            for (int i = 0; i < bad; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw MeasurementException.of(List.of(new MeasurementProblem(
                    source,
                    line,
                    0,
                    "",
                    MeasurementMessage.NOT_UTF8,
                    List.of(),
                    "byte " + (bad + 1) + "; save the file as UTF-8 CSV")));
        }
        return parse(text, source, bySubject);
    }

    /**
     * Parses measurement CSV text.
     *
     * @param text the CSV text
     * @param source the name to quote in problems
     * @return the measurements
     * @throws MeasurementException with every problem found
     */
    public static List<Measurement> parse(String text, String source) throws MeasurementException {
        return parse(text, source, false);
    }

    /**
     * Parses measurement CSV text that may have a {@code subject} column, as {@link #readBySubject}.
     *
     * @param text the CSV text
     * @param source the name to quote in problems
     * @return the measurements, each with its subject
     * @throws MeasurementException with every problem found
     */
    public static List<Measurement> parseBySubject(String text, String source) throws MeasurementException {
        return parse(text, source, true);
    }

    private static List<Measurement> parse(String text, String source, boolean bySubject) throws MeasurementException {
        if (text.length() > MAX_FILE_BYTES) {
            throw fileProblem(source, MeasurementMessage.FILE_TOO_LARGE, List.of(text.length(), MAX_FILE_BYTES), "");
        }
        MeasurementReader reader = new MeasurementReader(source, bySubject);
        try {
            return reader.parseText(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (Stop e) {
            throw MeasurementException.of(reader.problems);
        }
    }

    private List<Measurement> parseText(String text) throws MeasurementException {
        List<CsvReader.Record> records;
        try {
            records = CsvReader.parse(text);
        } catch (CsvReader.Malformed e) {
            throw MeasurementException.of(List.of(new MeasurementProblem(
                    source, e.line(), e.column(), "", e.problem(), List.of(), quotingHint(e.problem()))));
        }
        if (records.isEmpty()) {
            throw fileProblem(
                    source, MeasurementMessage.EMPTY_FILE, List.of(), "expected a header 'day,measure,value' and rows");
        }
        CsvReader.Record header = records.get(0);
        List<String> names = header.fields().stream()
                .map(s -> s.strip().toLowerCase(Locale.ROOT))
                .toList();
        Map<String, Integer> columns = columns(header, names);
        if (!problems.isEmpty()) {
            throw MeasurementException.of(problems);
        }
        int day = columns.get("day");
        int measure = columns.get("measure");
        int value = columns.get("value");
        int sd = columns.getOrDefault("sd", -1);
        int subjectColumn = bySubject ? columns.getOrDefault("subject", -1) : -1;
        List<Measurement> result = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        Map<String, Integer> subjects = new HashMap<>();
        for (CsvReader.Record r : records.subList(1, records.size())) {
            List<String> f = r.fields();
            if (f.size() != names.size()) {
                add(r.line(), 0, "", MeasurementMessage.FIELD_COUNT, List.of(f.size(), names.size()), "");
                continue;
            }
            Optional<Integer> d = day(r.line(), day, f.get(day));
            Optional<Measure> m = measure(r.line(), measure, f.get(measure));
            Optional<Double> v = percent(r.line(), value, "value", f.get(value), true);
            OptionalDouble s = OptionalDouble.empty();
            if (sd >= 0 && !f.get(sd).isBlank()) {
                Optional<Double> sv = percent(r.line(), sd, "sd", f.get(sd), false);
                s = sv.map(OptionalDouble::of).orElse(OptionalDouble.empty());
            }
            Optional<String> id =
                    subjectColumn >= 0 ? subject(r.line(), subjectColumn, f.get(subjectColumn)) : Optional.of("");
            if (id.isPresent() && !id.get().isEmpty() && !subjects.containsKey(id.get())) {
                if (subjects.size() == MAX_SUBJECTS) {
                    add(
                            r.line(),
                            subjectColumn + 1,
                            "subject",
                            MeasurementMessage.TOO_MANY_SUBJECTS,
                            List.of(MAX_SUBJECTS),
                            "fit at most " + MAX_SUBJECTS + " subjects at a time: split the file");
                    throw new Stop();
                }
                subjects.put(id.get(), r.line());
            }
            if (d.isPresent() && m.isPresent() && v.isPresent() && id.isPresent()) {
                String key = id.get() + "|" + d.get() + "|" + m.get().key();
                Integer first = seen.putIfAbsent(key, r.line());
                if (first != null) {
                    add(
                            r.line(),
                            0,
                            "",
                            MeasurementMessage.DUPLICATE_ROW,
                            List.of(d.get(), m.get().key(), first),
                            id.get().isEmpty()
                                    ? "average repeated measurements first"
                                    : "subject '" + MeasurementProblem.excerpt(id.get())
                                            + "': average repeated measurements first");
                    continue;
                }
                result.add(new Measurement(r.line(), d.get(), m.get(), v.get(), s, id.get()));
            }
        }
        if (!problems.isEmpty()) {
            throw MeasurementException.of(problems);
        }
        if (result.isEmpty()) {
            throw fileProblem(
                    source, MeasurementMessage.NO_MEASUREMENTS, List.of(), "add rows such as 7,strength.overall,92");
        }
        return result;
    }

    /** The index of each named column; a problem for each one missing or named twice. */
    private Map<String, Integer> columns(CsvReader.Record header, List<String> names) {
        int line = header.line();
        if (names.size() == 1 && (names.get(0).contains(";") || names.get(0).contains("\t"))) {
            add(
                    line,
                    0,
                    "",
                    MeasurementMessage.ONE_COLUMN_HEADER,
                    List.of(),
                    "separate columns with commas, not semicolons or tabs");
            return Map.of();
        }
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (name.isEmpty()) {
                continue;
            }
            Integer first = columns.putIfAbsent(name, i);
            if (first != null) {
                String shown = MeasurementProblem.excerpt(name);
                add(
                        line,
                        i + 1,
                        shown,
                        MeasurementMessage.DUPLICATE_COLUMN,
                        List.of(shown, first + 1),
                        "name each column once");
            }
        }
        for (String required : REQUIRED) {
            if (!columns.containsKey(required)) {
                add(
                        line,
                        0,
                        "",
                        MeasurementMessage.MISSING_COLUMN,
                        List.of(required),
                        "the header must be day,measure,value[,sd]; found "
                                + MeasurementProblem.excerpt(String.join(",", header.fields())));
            }
        }
        return columns;
    }

    private Optional<Integer> day(int line, int index, String cell) {
        String t = cell.strip();
        if (t.isEmpty()) {
            add(line, index + 1, "day", MeasurementMessage.EMPTY_CELL, List.of(), "give the day as a whole number");
            return Optional.empty();
        }
        Optional<BigDecimal> v = number(line, index, "day", t, true);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        if (v.get().signum() < 0 || v.get().compareTo(BigDecimal.valueOf(Scenario.MAX_TOTAL_DAYS)) > 0) {
            add(
                    line,
                    index + 1,
                    "day",
                    MeasurementMessage.OUT_OF_RANGE,
                    List.of(0, Scenario.MAX_TOTAL_DAYS, MeasurementProblem.excerpt(t)),
                    "day 0 is the start of the scenario");
            return Optional.empty();
        }
        return Optional.of(v.get().intValueExact());
    }

    /**
     * A subject id: spaces around it dropped; not empty, not longer than {@value
     * #MAX_SUBJECT_LENGTH} code points, and printable (no control, format, private-use or
     * unassigned character, no half of a surrogate pair), since it is printed in tables and
     * written to CSV files.
     */
    private Optional<String> subject(int line, int index, String cell) {
        String t = cell.strip();
        if (t.isEmpty()) {
            add(
                    line,
                    index + 1,
                    "subject",
                    MeasurementMessage.EMPTY_CELL,
                    List.of(),
                    "give each row the id of the subject measured, such as S01");
            return Optional.empty();
        }
        int length = t.codePointCount(0, t.length());
        if (length > MAX_SUBJECT_LENGTH) {
            add(
                    line,
                    index + 1,
                    "subject",
                    MeasurementMessage.SUBJECT_TOO_LONG,
                    List.of(length, MAX_SUBJECT_LENGTH),
                    "use a short id, such as S01, and keep names elsewhere");
            return Optional.empty();
        }
        for (int i = 0; i < t.length(); ) {
            int c = t.codePointAt(i);
            int type = Character.getType(c);
            if (type == Character.CONTROL
                    || type == Character.FORMAT
                    || type == Character.PRIVATE_USE
                    || type == Character.SURROGATE
                    || type == Character.UNASSIGNED
                    || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR) {
                add(
                        line,
                        index + 1,
                        "subject",
                        MeasurementMessage.SUBJECT_CHARACTER,
                        List.of(String.format(Locale.ROOT, "U+%04X", c), t.codePointCount(0, i) + 1),
                        "ids are letters, digits, spaces and punctuation, such as S01");
                return Optional.empty();
            }
            i += Character.charCount(c);
        }
        return Optional.of(t);
    }

    private Optional<Measure> measure(int line, int index, String cell) {
        String t = cell.strip();
        if (t.isEmpty()) {
            add(
                    line,
                    index + 1,
                    "measure",
                    MeasurementMessage.EMPTY_CELL,
                    List.of(),
                    "give a measure such as strength.overall");
            return Optional.empty();
        }
        Optional<Measure> m = Measure.parse(t);
        if (m.isEmpty()) {
            List<String> keys = Measure.all().stream().map(Measure::key).toList();
            add(
                    line,
                    index + 1,
                    "measure",
                    MeasurementMessage.UNKNOWN_MEASURE,
                    List.of(MeasurementProblem.excerpt(t)),
                    DidYouMean.closest(t, keys)
                            .map(c -> "did you mean '" + c + "'?")
                            .orElse("names look like strength.knee_extensors or mass.handgrip"));
        }
        return m;
    }

    /** A value (0 to {@link #MAX_PERCENT}) or a standard deviation (above 0, to the same). */
    private Optional<Double> percent(int line, int index, String field, String cell, boolean zeroAllowed) {
        String t = cell.strip();
        if (t.isEmpty()) {
            add(line, index + 1, field, MeasurementMessage.EMPTY_CELL, List.of(), "give a number in % of baseline");
            return Optional.empty();
        }
        Optional<BigDecimal> parsed = number(line, index, field, t, false);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal v = parsed.get();
        if (!zeroAllowed && v.signum() == 0) {
            add(
                    line,
                    index + 1,
                    field,
                    MeasurementMessage.NOT_POSITIVE,
                    List.of(MeasurementProblem.excerpt(t)),
                    "leave the cell empty when the standard deviation is not known");
            return Optional.empty();
        }
        if (v.signum() < 0 || v.compareTo(BigDecimal.valueOf(MAX_PERCENT)) > 0) {
            add(
                    line,
                    index + 1,
                    field,
                    MeasurementMessage.OUT_OF_RANGE,
                    List.of(0, MAX_PERCENT, MeasurementProblem.excerpt(t)),
                    "values are in % of the subject's baseline");
            return Optional.empty();
        }
        return Optional.of(v.doubleValue());
    }

    /** A number in the grammar of {@link Decimal}; empty, with a problem, when it is not one. */
    private Optional<BigDecimal> number(int line, int index, String field, String t, boolean whole) {
        MeasurementMessage notNumber = whole ? MeasurementMessage.NOT_AN_INTEGER : MeasurementMessage.NOT_A_NUMBER;
        String shown = MeasurementProblem.excerpt(t);
        if (t.length() > Decimal.MAX_LENGTH) {
            boolean numeric = UNBOUNDED.matcher(t).matches();
            add(
                    line,
                    index + 1,
                    field,
                    numeric ? MeasurementMessage.NUMBER_TOO_LONG : notNumber,
                    numeric ? List.of(Decimal.MAX_LENGTH) : List.of(shown),
                    numeric ? "" : numberHint(t, whole));
            return Optional.empty();
        }
        Optional<BigDecimal> v = Decimal.parse(t);
        if (v.isEmpty()) {
            if (UNBOUNDED.matcher(t).matches()) {
                add(line, index + 1, field, MeasurementMessage.EXTREME_NUMBER, List.of(shown), "");
            } else if (NOT_FINITE.matcher(t).matches()) {
                add(line, index + 1, field, MeasurementMessage.NOT_FINITE, List.of(shown), "");
            } else {
                add(line, index + 1, field, notNumber, List.of(shown), numberHint(t, whole));
            }
            return Optional.empty();
        }
        if (whole && !WHOLE.matcher(t).matches()) {
            add(line, index + 1, field, notNumber, List.of(shown), "write it without a decimal point or exponent");
            return Optional.empty();
        }
        return v;
    }

    /** What is probably wrong with text that is not a number. */
    private static String numberHint(String t, boolean whole) {
        if (t.codePoints().anyMatch(c -> Character.isDigit(c) && (c < '0' || c > '9'))) {
            return "write the digits 0-9";
        }
        if (!whole && t.matches("[-+]?[0-9]*,[0-9]+")) {
            return "use '.' as the decimal separator";
        }
        return whole ? "write digits only, as in 14" : "write a decimal number, as in 92 or 92.5";
    }

    private static String quotingHint(MeasurementMessage problem) {
        return problem == MeasurementMessage.UNCLOSED_QUOTE
                ? "close the quote, or remove it"
                : "quote the whole field and double each quote inside it, as in \"say \"\"hi\"\"\"";
    }

    private void add(
            int line, int column, String field, MeasurementMessage message, List<Object> arguments, String hint) {
        problems.add(new MeasurementProblem(source, line, column, field, message, arguments, hint));
        if (problems.size() == MAX_PROBLEMS) {
            problems.add(MeasurementProblem.ofFile(
                    source, MeasurementMessage.TOO_MANY_PROBLEMS, List.of(MAX_PROBLEMS), "fix these first"));
            throw new Stop();
        }
    }

    /** Most problems reported for one file; a file of garbage is not worth 60,000 lines. */
    public static final int MAX_PROBLEMS = 100;

    /** Ends reading once {@link #MAX_PROBLEMS} problems are found. */
    private static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stop() {
            super("too many problems", null, false, false);
        }
    }

    private static MeasurementException fileProblem(
            String source, MeasurementMessage message, List<Object> arguments, String hint) {
        return MeasurementException.of(List.of(MeasurementProblem.ofFile(source, message, arguments, hint)));
    }

    private static CharsetDecoder decoder() {
        return StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}
