package org.inertia.sim.evidence;

import java.util.ArrayList;
import java.util.List;

/**
 * A strict RFC 4180 reader: comma-separated fields; a field that starts with a double quote is
 * quoted and may hold commas, doubled quotes ({@code ""}) and line breaks, and must end with a
 * quote followed by a comma or the end of the line. A quote anywhere else is an error, as is a
 * quoted field never closed. Lines end with LF, CRLF or CR alike (CRLF inside a quoted field
 * becomes LF). Each record remembers the line it starts on, for error messages.
 */
final class CsvReader {

    /**
     * One record of a CSV text.
     *
     * @param line the 1-based line the record starts on
     * @param fields the fields, unquoted
     */
    record Record(int line, List<String> fields) {}

    /** The text is not well-formed CSV: where and what, as a catalogue key. */
    static final class Malformed extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        private final int line;
        private final int column;
        private final transient MeasurementMessage problem;

        Malformed(int line, int column, MeasurementMessage problem) {
            super("line " + line + ", column " + column + ": " + problem.format());
            this.line = line;
            this.column = column;
            this.problem = problem;
        }

        /** {@return the 1-based line of the fault (where the quote opens, for an unclosed one)} */
        int line() {
            return line;
        }

        /** {@return the 1-based CSV column (field number) of the fault} */
        int column() {
            return column;
        }

        /** {@return what is wrong} */
        MeasurementMessage problem() {
            return problem;
        }
    }

    private CsvReader() {}

    /**
     * Splits a CSV text into records; blank lines are skipped.
     *
     * @param text the whole text
     * @return the records, header included
     * @throws Malformed if a quote stands where it may not, or a quoted field is never closed
     */
    static List<Record> parse(String text) {
        List<Record> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean afterQuote = false;
        boolean fieldStarted = false;
        int line = 1;
        int recordLine = 1;
        int quoteLine = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                        afterQuote = true;
                    }
                } else if (c == '\r') {
                    // CRLF or a lone CR inside a quoted field: one line break, kept as LF.
                    if (i + 1 < n && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                    field.append('\n');
                    line++;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                fieldStarted = true;
                afterQuote = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                end(records, fields, field, fieldStarted, recordLine);
                fieldStarted = false;
                afterQuote = false;
                line++;
                recordLine = line;
            } else if (afterQuote) {
                throw new Malformed(line, fields.size() + 1, MeasurementMessage.TEXT_AFTER_QUOTE);
            } else if (c == '"') {
                if (field.length() > 0) {
                    throw new Malformed(line, fields.size() + 1, MeasurementMessage.QUOTE_INSIDE_FIELD);
                }
                quoted = true;
                fieldStarted = true;
                quoteLine = line;
            } else {
                field.append(c);
                fieldStarted = true;
            }
        }
        if (quoted) {
            throw new Malformed(quoteLine, fields.size() + 1, MeasurementMessage.UNCLOSED_QUOTE);
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
