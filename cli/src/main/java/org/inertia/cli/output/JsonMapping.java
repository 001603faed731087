package org.inertia.cli.output;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The one Jackson configuration behind every JSON the command line writes (issue 14): result files
 * ({@link JsonWriter}, {@link EvidenceWriter}) and the answers of {@code inertia serve}. Values are
 * small records, lists and maps; this class says how their leaves are written, so that every JSON
 * output reads the same:
 *
 * <ul>
 *   <li>numbers exactly as given: a {@link BigDecimal} in plain notation ({@link #data}, {@link
 *       #exact}: "99.1234", "100", never "1E+2"), a {@code double} as its shortest decimal, and a
 *       non-finite {@code double} or {@code float} as null;
 *   <li>strings with an unpaired surrogate (half a character, which UTF-8 cannot encode and strict
 *       readers refuse even escaped) made whole with U+FFFD; control characters escaped, and
 *       U+2028/U+2029 too, for JavaScript;
 *   <li>an empty {@link Optional} as null, a present one as its value;
 *   <li>record components in declaration order, map entries in iteration order, nulls written.
 * </ul>
 */
public final class JsonMapping {

    private static final JsonMapper MAPPER = mapper();

    /** Files: indented objects, arrays of numbers on one line, a final line break. */
    private static final ObjectWriter FILE = MAPPER.writer(filePrinter());

    /** The page's answers: compact. */
    private static final ObjectWriter COMPACT = MAPPER.writer();

    private JsonMapping() {}

    /**
     * Writes a value as an indented JSON document in UTF-8, followed by a line break.
     *
     * @param value a record, list or map of the kinds described above
     * @param out where to write; flushed, not closed
     * @throws IOException if writing fails
     */
    public static void writeFile(Object value, OutputStream out) throws IOException {
        try (JsonGenerator g = FILE.createGenerator(out)) {
            g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            FILE.writeValue(g, value);
            g.writeRaw('\n');
        }
        out.flush();
    }

    /**
     * {@return a value as compact JSON text}
     *
     * @param value a record, list or map of the kinds described above
     */
    public static String text(Object value) {
        try {
            return COMPACT.writeValueAsString(value);
        } catch (IOException e) {
            // Writing to a string fails only for a value no serializer knows: a programming error.
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@return a value in % of baseline (or another computed value) as data files hold it: four
     * decimals by the CSV files' rule ({@link NumberText#dataNumber}), trailing zeros dropped
     * (92.15625 → 92.1563, 100.0 → 100)}
     *
     * @param value a finite value; a non-finite one from the simulator is a defect and stops the write
     */
    public static BigDecimal data(double value) {
        return NumberText.dataNumber(finite(value));
    }

    /**
     * {@return {@link #data}, or null where the value is undefined (NaN: a population percentile
     * among subjects not back within the scenario, a category without rows)}
     *
     * @param value a value, NaN where undefined
     */
    public static BigDecimal dataOrNull(double value) {
        return Double.isNaN(value) ? null : data(value);
    }

    /**
     * {@return an input or parameter value exactly, as the shortest decimal that reads back the
     * same (0.243, 30)}
     *
     * @param value a finite value
     */
    public static BigDecimal exact(double value) {
        return BigDecimal.valueOf(finite(value)).stripTrailingZeros();
    }

    private static double finite(double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalStateException("cannot write " + v + " as a JSON number");
        }
        return v;
    }

    private static JsonMapper mapper() {
        SimpleModule leaves = new SimpleModule("inertia-json-leaves");
        leaves.addSerializer(String.class, new WholeStrings());
        leaves.addSerializer(Double.class, new ShortestDecimal());
        leaves.addSerializer(double.class, new ShortestDecimal());
        leaves.addSerializer(Float.class, new ShortestFloat());
        @SuppressWarnings({"unchecked", "rawtypes"})
        Class<Optional<?>> optional = (Class) Optional.class;
        leaves.addSerializer(optional, new OptionalValue());
        JsonMapper mapper = JsonMapper.builder()
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .addModule(leaves)
                .build();
        mapper.getFactory().setCharacterEscapes(new Escapes());
        return mapper;
    }

    /** Two-space indentation, "key": value, and arrays kept on one line (a day series is one line). */
    private static DefaultPrettyPrinter filePrinter() {
        DefaultPrettyPrinter p = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withArrayValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""));
        p.indentObjectsWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
        p.indentArraysWith(new DefaultPrettyPrinter.NopIndenter());
        return p;
    }

    /** Strings with any unpaired surrogate replaced by U+FFFD. */
    private static final class WholeStrings extends JsonSerializer<String> {
        @Override
        public void serialize(String s, JsonGenerator g, SerializerProvider p) throws IOException {
            g.writeString(whole(s));
        }
    }

    /** {@return the text with every unpaired surrogate replaced by U+FFFD; pairs kept} */
    static String whole(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean paired =
                    Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
            if (paired) {
                if (sb != null) {
                    sb.append(c).append(s.charAt(i + 1));
                }
                i++;
            } else if (Character.isSurrogate(c)) {
                if (sb == null) {
                    sb = new StringBuilder(s.length()).append(s, 0, i);
                }
                sb.append(SafeText.REPLACEMENT);
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }

    /** A double as its shortest decimal in plain notation; NaN and infinities as null. */
    private static final class ShortestDecimal extends JsonSerializer<Double> {
        @Override
        public void serialize(Double d, JsonGenerator g, SerializerProvider p) throws IOException {
            if (Double.isFinite(d)) {
                g.writeNumber(BigDecimal.valueOf(d).stripTrailingZeros());
            } else {
                g.writeNull();
            }
        }
    }

    /** A float as the shortest decimal of its own precision; NaN and infinities as null. */
    private static final class ShortestFloat extends JsonSerializer<Float> {
        @Override
        public void serialize(Float f, JsonGenerator g, SerializerProvider p) throws IOException {
            if (Float.isFinite(f)) {
                g.writeNumber(new BigDecimal(Float.toString(f)).stripTrailingZeros());
            } else {
                g.writeNull();
            }
        }
    }

    /** An Optional as its value, or null. */
    private static final class OptionalValue extends JsonSerializer<Optional<?>> {
        @Override
        public void serialize(Optional<?> o, JsonGenerator g, SerializerProvider p) throws IOException {
            if (o.isPresent()) {
                p.defaultSerializeValue(o.get(), g);
            } else {
                g.writeNull();
            }
        }
    }

    /** JSON's own escapes, plus U+2028 and U+2029, which JavaScript source does not allow raw. */
    private static final class Escapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private static final int[] ASCII = standardAsciiEscapesForJSON();
        private static final SerializableString LINE = new SerializedString("\\u2028");
        private static final SerializableString PARAGRAPH = new SerializedString("\\u2029");

        @Override
        public int[] getEscapeCodesForAscii() {
            return ASCII;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ch == 0x2028 ? LINE : ch == 0x2029 ? PARAGRAPH : null;
        }
    }
}
