package org.inertia.cli.serve;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.inertia.cli.output.JsonWriter;
import org.inertia.cli.output.NumberText;

/**
 * Values as JSON text for the page's API: maps become objects (in their iteration order), lists
 * arrays, strings strings ({@link JsonWriter#quote}), numbers their shortest decimal, an empty
 * {@link Optional} or a non-finite number null.
 */
final class JsonText {

    private JsonText() {}

    static String of(Object value) {
        StringBuilder sb = new StringBuilder();
        write(sb, value);
        return sb.toString();
    }

    private static void write(StringBuilder sb, Object value) {
        if (value == null) {
            sb.append("null");
        } else if (value instanceof Optional<?> o) {
            write(sb, o.orElse(null));
        } else if (value instanceof String s) {
            sb.append(JsonWriter.quote(s));
        } else if (value instanceof Boolean b) {
            sb.append(b);
        } else if (value instanceof Integer || value instanceof Long) {
            sb.append(value);
        } else if (value instanceof Number n) {
            double d = n.doubleValue();
            sb.append(Double.isFinite(d) ? NumberText.plain(d) : "null");
        } else if (value instanceof Map<?, ?> m) {
            sb.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                sb.append(first ? "" : ",")
                        .append(JsonWriter.quote(e.getKey().toString()))
                        .append(':');
                write(sb, e.getValue());
                first = false;
            }
            sb.append('}');
        } else if (value instanceof List<?> l) {
            sb.append('[');
            for (int i = 0; i < l.size(); i++) {
                sb.append(i == 0 ? "" : ",");
                write(sb, l.get(i));
            }
            sb.append(']');
        } else {
            throw new IllegalArgumentException(
                    "no JSON form for " + value.getClass().getName());
        }
    }
}
