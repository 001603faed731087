package org.inertia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every malformed scenario of the corpus through the real command line: exit code 2, the exact
 * expected message as the first line on stderr, one line per problem, no stack trace, and no
 * output file written.
 */
class MalformedInputCorpusTest {

    private static final Path CORPUS = Path.of("..", "sim", "src", "test", "resources", "bad-scenarios");

    static Map<String, String> expected() throws IOException {
        Map<String, String> m = new TreeMap<>();
        for (String line :
                Files.readAllLines(Path.of("src", "test", "resources", "malformed", "expected-first-lines.tsv"))) {
            if (!line.startsWith("#") && !line.isBlank()) {
                String[] f = line.split("\t", 2);
                m.put(f[0], f[1]);
            }
        }
        return m;
    }

    static Stream<String> files() throws IOException {
        try (Stream<Path> s = Files.list(CORPUS)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @Test
    void everyCorpusFileHasAnExpectation() throws IOException {
        assertThat(expected().keySet()).containsExactlyElementsOf(files().toList());
        assertThat(expected()).hasSizeGreaterThanOrEqualTo(40);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void givesItsExactMessageExitsTwoAndWritesNothing(String name, @TempDir Path out) throws IOException {
        Path file = CORPUS.resolve(name);
        Path csv = out.resolve("out.csv");
        Path chart = out.resolve("out.png");
        Cli.Result r = Cli.run("run", file, "--csv", csv, "--chart", chart);
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.errLines().get(0)).isEqualTo(file + expected().get(name));
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(r.out()).isEmpty();
        assertThat(out).isEmptyDirectory();
        Cli.Result v = Cli.run("validate", file);
        assertThat(v.exitCode()).isEqualTo(2);
        assertThat(v.err()).contains(file + expected().get(name));
    }
}
