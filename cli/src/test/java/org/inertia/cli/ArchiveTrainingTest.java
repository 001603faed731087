package org.inertia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The start-up archive's training: a command of it that failed would make the launcher give up the
 * archive (every later call then starts without it), so each must succeed and write its files.
 */
class ArchiveTrainingTest {

    @TempDir
    Path tmp;

    @Test
    void everyCommandOfTheTrainingSucceedsAndWritesItsFiles() {
        List<String[]> commands = ArchiveTraining.commands(Path.of("..", "scenarios"), tmp);
        assertThat(commands).extracting(c -> c[0]).contains("run", "compare");
        assertThat(commands).anySatisfy(c -> assertThat(c).contains("--subjects"));
        for (String[] command : commands) {
            StringWriter err = new StringWriter();
            int exit = Inertia.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(err))
                    .execute(command);
            assertThat(exit).as("%s: %s", String.join(" ", command), err).isZero();
        }
        assertThat(tmp.resolve("run.png")).isNotEmptyFile();
        assertThat(tmp.resolve("run.json")).isNotEmptyFile();
        assertThat(tmp.resolve("population.csv")).isNotEmptyFile();
        assertThat(tmp.resolve("compare.png")).isNotEmptyFile();
    }
}
