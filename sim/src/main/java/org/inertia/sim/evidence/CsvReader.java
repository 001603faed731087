package org.inertia.sim.evidence;

import java.util.ArrayList;
import java.util.List;

/**
 * A small RFC 4180 reader: comma-separated fields, double-quoted fields may hold commas, quotes
 * ({@code ""}) and line breaks. Each record remembers the line it starts on, for error messages.
 */
public final class CsvReader {

    /**
     * One record of a CSV text.
     *
     * @param line the 1-based line the record starts on
     * @param fields the fields, unquoted
     */
    public record Record(int line, List<String> fields) {}

    private CsvReader() {}

    /**
     * Splits a CSV text into records; blank lines are skipped.
     *
     * @param text the whole text
     * @return the records, header included
     * @throws IllegalArgumentException if a quoted field is never closed (message names the line)
     */
    public static List<Record> parse(String text) {
        List<Record> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStarted = false;
        int line = 1;
        int recordLine = 1;
        int quoteLine = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
                fieldStarted = true;
                quoteLine = line;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                fieldStarted = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                end(records, fields, field, fieldStarted, recordLine);
                fieldStarted = false;
                line++;
                recordLine = line;
            } else {
                field.append(c);
                fieldStarted = true;
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("line " + quoteLine + ": a quoted field is never closed");
        }
        end(records, fields, field, fieldStarted, recordLine);
        return records;
    }

    private static void end(List<Record> records, List<String> fields, StringBuilder field, boolean started, int line) {
        if (started || !fields.isEmpty() || field.length() > 0) {
            fields.add(field.toString());
            records.add(new Record(line, List.copyOf(fields)));
        }
        fields.clear();
        field.setLength(0);
    }
}
