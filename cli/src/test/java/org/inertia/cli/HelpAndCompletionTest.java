package org.inertia.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.inertia.sim.parameters.Parameter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code inertia help COMMAND}, and completion that offers the model's words (issue 14). */
class HelpAndCompletionTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"run", "sweep", "sensitivity", "fit", "list", "man", "completion"})
    void helpCommandPrintsWhatDashDashHelpPrints(String command) {
        Cli.Result help = Cli.run("help", command);
        Cli.Result dashDash = Cli.run(command, "--help");

        assertThat(help.exitCode()).as(help.err()).isZero();
        assertThat(help.out()).isEqualTo(dashDash.out()).startsWith("Usage: inertia " + command);
    }

    @Test
    void helpAloneIsTheOverviewAndAnUnknownCommandIsAUsageError() {
        Cli.Result overview = Cli.run("help");
        Cli.Result unknown = Cli.run("help", "rn");

        assertThat(overview.exitCode()).isZero();
        assertThat(overview.out()).startsWith("Usage: inertia").contains("  help ");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.errLines().get(0)).contains("'rn'");
        assertThat(unknown.err()).doesNotContain("Exception");
    }

    /** What bash offers after the words given, from the generated script itself. */
    private List<String> complete(String... words) throws IOException, InterruptedException {
        Path script = dir.resolve("inertia-completion.bash");
        if (!Files.exists(script)) {
            Files.writeString(script, Cli.run("completion").out());
        }
        String line = String.join(" ", words);
        String driver = "source '" + script + "' 2>/dev/null\n"
                + "COMP_WORDS=("
                + String.join(" ", Arrays.stream(words).map(w -> "'" + w + "'").toList()) + ")\n"
                + "COMP_CWORD=" + (words.length - 1) + "\nCOMP_LINE='" + line + "'\nCOMP_POINT=" + line.length()
                + "\n_complete_inertia 2>/dev/null\nprintf '%s\\n' \"${COMPREPLY[@]}\"\n";
        Process p = new ProcessBuilder("bash", "-c", driver)
                .directory(dir.toFile())
                .redirectErrorStream(false)
                .start();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                .lines()
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static boolean hasBash() {
        try {
            return new ProcessBuilder("bash", "-c", "true").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    @Test
    void completionOffersTheModelsWordsForOptionsThatTakeThem() throws Exception {
        assumeThat(hasBash()).as("bash is installed").isTrue();

        assertThat(complete("inertia", "he")).containsExactly("help");
        assertThat(complete("inertia", "help", "sw")).containsExactly("sweep");
        assertThat(complete("inertia", "fit", "--parameters", ""))
                .containsExactlyElementsOf(
                        Arrays.stream(Parameter.values()).map(Parameter::key).toList());
        assertThat(complete("inertia", "sensitivity", "s.yaml", "--range", "neural-loss-d"))
                .containsExactly("neural-loss-depth=");
        assertThat(complete("inertia", "sweep", "s.yaml", "--vary", "sub")).containsExactly("subject.age=");
        assertThat(complete("inertia", "sweep", "s.yaml", "--vary", "parameters.mass-loss-d"))
                .containsExactly("parameters.mass-loss-depth=");
        assertThat(complete("inertia", "sweep", "s.yaml", "--vary", "phases"))
                .contains("phases\\[0\\].days=", "phases\\[1\\].exercise\\[0\\].minutes=");
        assertThat(complete("inertia", "sweep", "s.yaml", "--csv-layout", "")).containsExactly("wide", "long");
        assertThat(complete("inertia", "run", "s.yaml", "--measure", "mass.kn")).containsExactly("mass.knee_extensors");
        assertThat(complete("inertia", "list", "")).contains("activities", "presets", "measures");
    }

    @Test
    void completionOffersScenarioFilesForTheScenario() throws Exception {
        assumeThat(hasBash()).as("bash is installed").isTrue();
        Files.writeString(dir.resolve("bed-rest.yaml"), "name: x\n");
        Files.writeString(dir.resolve("bed-rest-walk.yaml"), "name: y\n");

        assertThat(complete("inertia", "run", "bed-r"))
                .containsExactlyInAnyOrder("bed-rest.yaml", "bed-rest-walk.yaml");
    }
}
