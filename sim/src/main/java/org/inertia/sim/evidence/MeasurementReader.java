package org.inertia.sim.evidence;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.inertia.sim.measure.Measure;

/**
 * Reads a user's measurements: a CSV file with the header {@code day,measure,value} and an
 * optional {@code sd} column, values in % of the subject's baseline. Every problem is reported on
 * one line with file, line, column and a hint.
 */
public final class MeasurementReader {

    /** Largest measurement file accepted (bytes). */
    public static final int MAX_FILE_BYTES = 16 << 20;

    private MeasurementReader() {}

    /**
     * Reads a measurement file.
     *
     * @param file the file, as the user named it
     * @return the measurements, in file order
     * @throws MeasurementException with every problem found
     */
    public static List<Measurement> read(Path file) throws MeasurementException {
        String text;
        try {
            if (!Files.isRegularFile(file)) {
                throw new MeasurementException(
                        List.of(file + ": " + (Files.exists(file) ? "is not a file" : "no such file")));
            }
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new MeasurementException(List.of(file + ": larger than " + MAX_FILE_BYTES + " bytes"));
            }
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new MeasurementException(List.of(file + ": is not valid UTF-8 text (save it as UTF-8 CSV)"));
        } catch (IOException e) {
            throw new MeasurementException(List.of(file + ": cannot be read (" + e.getMessage() + ")"));
        }
        return parse(text, file.toString());
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
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<CsvReader.Record> records;
        try {
            records = CsvReader.parse(text);
        } catch (IllegalArgumentException e) {
            throw new MeasurementException(List.of(source + ":" + e.getMessage().replaceFirst("^line ", "")));
        }
        if (records.isEmpty()) {
            throw new MeasurementException(
                    List.of(source + ": is empty (expected a header 'day,measure,value' and rows)"));
        }
        CsvReader.Record header = records.get(0);
        List<String> names = header.fields().stream()
                .map(s -> s.strip().toLowerCase(Locale.ROOT))
                .toList();
        if (names.size() == 1 && (names.get(0).contains(";") || names.get(0).contains("\t"))) {
            throw new MeasurementException(List.of(source + ":" + header.line()
                    + ": the header has one column; separate columns with commas, not semicolons or tabs"));
        }
        int day = names.indexOf("day");
        int measure = names.indexOf("measure");
        int value = names.indexOf("value");
        int sd = names.indexOf("sd");
        List<String> problems = new ArrayList<>();
        for (String required : List.of("day", "measure", "value")) {
            if (!names.contains(required)) {
                problems.add(source + ":" + header.line() + ": missing column '" + required
                        + "' (the header must be day,measure,value[,sd]; found " + String.join(",", header.fields())
                        + ")");
            }
        }
        if (!problems.isEmpty()) {
            throw new MeasurementException(problems);
        }
        List<Measurement> result = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (CsvReader.Record r : records.subList(1, records.size())) {
            List<String> f = r.fields();
            if (f.size() != names.size()) {
                problems.add(source + ":" + r.line() + ": " + f.size() + " fields, the header has " + names.size());
                continue;
            }
            String where = source + ":" + r.line() + ":";
            Optional<Integer> d = integer(f.get(day), where + (day + 1) + ": day", problems);
            Optional<Measure> m = Measure.parse(f.get(measure).strip());
            if (m.isEmpty()) {
                problems.add(where + (measure + 1) + ": measure: unknown measure '"
                        + f.get(measure).strip()
                        + "' (names look like strength.knee_extensors; 'inertia list measures' lists them)");
            }
            Optional<Double> v = number(f.get(value), where + (value + 1) + ": value", problems, 0, 1000);
            OptionalDouble s = OptionalDouble.empty();
            if (sd >= 0 && !f.get(sd).isBlank()) {
                Optional<Double> sv = number(f.get(sd), where + (sd + 1) + ": sd", problems, 1e-9, 1000);
                s = sv.map(OptionalDouble::of).orElse(OptionalDouble.empty());
            }
            if (d.isPresent() && m.isPresent() && v.isPresent()) {
                String key = d.get() + "|" + m.get().key();
                Integer first = seen.putIfAbsent(key, r.line());
                if (first != null) {
                    problems.add(where + " duplicate row: day " + d.get() + ", "
                            + m.get().key() + " was already given on line " + first
                            + " (average repeated measurements first)");
                    continue;
                }
                result.add(new Measurement(r.line(), d.get(), m.get(), v.get(), s));
            }
        }
        if (!problems.isEmpty()) {
            throw new MeasurementException(problems);
        }
        if (result.isEmpty()) {
            throw new MeasurementException(List.of(source + ": has a header but no measurements"));
        }
        return result;
    }

    private static Optional<Integer> integer(String text, String where, List<String> problems) {
        String t = text.strip();
        if (t.isEmpty()) {
            problems.add(where + ": empty cell (give the day as a whole number)");
            return Optional.empty();
        }
        try {
            int d = Integer.parseInt(t);
            if (d < 0) {
                problems.add(where + ": must not be negative (was " + t + ")");
                return Optional.empty();
            }
            return Optional.of(d);
        } catch (NumberFormatException e) {
            problems.add(where + ": must be a whole number (was '" + t + "')");
            return Optional.empty();
        }
    }

    private static Optional<Double> number(String text, String where, List<String> problems, double min, double max) {
        String t = text.strip();
        if (t.isEmpty()) {
            problems.add(where + ": empty cell");
            return Optional.empty();
        }
        try {
            double v = Double.parseDouble(t);
            if (!Double.isFinite(v) || v < min || v > max) {
                problems.add(where + ": must be between " + plain(min) + " and " + plain(max) + " (was " + t + ")");
                return Optional.empty();
            }
            return Optional.of(v);
        } catch (NumberFormatException e) {
            String hint = t.contains(",") ? " (use '.' as the decimal separator)" : "";
            problems.add(where + ": must be a number (was '" + t + "')" + hint);
            return Optional.empty();
        }
    }

    private static String plain(double v) {
        return new java.math.BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }
}
