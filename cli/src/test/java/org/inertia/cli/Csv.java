package org.inertia.cli;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads CSV for tests through a library reader (Apache Commons CSV, RFC 4180), from strictly
 * decoded UTF-8 (issue 12).
 */
final class Csv {

    private Csv() {}

    /** The fields of one line. */
    static List<String> fields(String line) {
        List<List<String>> records = records(line);
        if (records.size() != 1) {
            throw new IllegalArgumentException("not one CSV record: " + line);
        }
        return records.get(0);
    }

    /** Every record of a CSV text, the header first. */
    static List<List<String>> records(String text) {
        try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.RFC4180)) {
            List<List<String>> records = new ArrayList<>();
            for (CSVRecord r : parser) {
                records.add(r.toList());
            }
            return records;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every record of a CSV file, which must be valid UTF-8, the header first. */
    static List<List<String>> records(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return records(text);
        } catch (CharacterCodingException e) {
            throw new IOException(file + ": not valid UTF-8", e);
        }
    }
}
