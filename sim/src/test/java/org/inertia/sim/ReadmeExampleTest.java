package org.inertia.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.inertia.sim.measure.Measure;
import org.inertia.sim.model.Simulator;
import org.inertia.sim.scenario.Scenario;
import org.inertia.sim.scenario.io.ScenarioException;
import org.inertia.sim.scenario.io.ScenarioReader;
import org.inertia.sim.trajectory.MeasureSummary;
import org.inertia.sim.trajectory.Trajectory;
import org.junit.jupiter.api.Test;

/**
 * The README's "Use it as a library" example compiles and runs, and cannot drift from this file:
 * the README's {@code java} block must be the method between the {@code README example} markers
 * below (after removing the common indentation), preceded by exactly the imports that method uses.
 * Change both together.
 */
class ReadmeExampleTest {

    private static final Path README = Path.of("..", "README.md");
    private static final Path THIS_FILE =
            Path.of("src", "test", "java", "org", "inertia", "sim", "ReadmeExampleTest.java");
    private static final String BEGIN = "// README example: begin";
    private static final String END = "// README example: end";

    // README example: begin
    static void printKneeExtensors(Path scenarioFile) throws ScenarioException {
        Scenario scenario = ScenarioReader.read(scenarioFile);
        Trajectory trajectory = Simulator.exact().simulate(scenario);
        Measure knee = Measure.parse("strength.knee_extensors").orElseThrow();
        MeasureSummary summary = trajectory.summary(knee);
        System.out.printf(
                "lowest %.1f %% on day %d, %.1f %% on day 21, %.1f %% at the end%n",
                summary.lowestPercent(), summary.lowestDay(), trajectory.percent(knee, 21), summary.endPercent());

        // Or hand each day to a TrajectoryHandler as it is simulated, keeping nothing:
        Simulator.exact().simulate(scenario, day -> System.out.println(day.day() + "," + day.percent(knee)));
    }
    // README example: end

    @Test
    void theExampleRunsAndPrintsTheKneeExtensorsOfTheShippedScenario() throws Exception {
        String printed = runCapturingStandardOutput(
                () -> printKneeExtensors(Path.of("..", "scenarios", "bed-rest-7d-then-walking.yaml")));

        List<String> lines = printed.lines().toList();
        // One summary line, then days 0 to 35 (7 days in bed, 28 of walking), one line each.
        assertThat(lines).hasSize(1 + 36);
        Matcher summary = Pattern.compile(
                        "lowest (\\d+[.,]\\d) % on day (\\d+), (\\d+[.,]\\d) % on day 21, (\\d+[.,]\\d) % at the end")
                .matcher(lines.get(0));
        assertThat(summary.matches()).as(lines.get(0)).isTrue();
        // Strength falls only while in bed: the lowest point is the last day of bed rest, a loss of
        // about 1-2 % a day in the first week (README, "The model in brief"; the scenario's
        // subject is a woman, and women lose more: Trappe et al. 2007).
        assertThat(summary.group(2)).isEqualTo("7");
        assertThat(number(summary.group(1))).isBetween(84.0, 97.0);
        assertThat(lines.get(1)).isEqualTo("0,100.0");
        assertThat(lines.get(36)).startsWith("35,");
        // The streamed last day is the summary's end value.
        assertThat(Double.parseDouble(lines.get(36).substring(3))).isCloseTo(number(summary.group(4)), within(0.05));
    }

    @Test
    void theReadmeShowsExactlyThisExample() throws Exception {
        List<String> readmeBlock = javaBlocks(Files.readString(README, StandardCharsets.UTF_8));
        assertThat(readmeBlock).as("one ```java block in README.md").hasSize(1);
        List<String> block = readmeBlock.get(0).lines().toList();

        List<String> readmeImports = new ArrayList<>();
        int i = 0;
        while (i < block.size()
                && (block.get(i).startsWith("import ") || block.get(i).isBlank())) {
            if (!block.get(i).isBlank()) {
                readmeImports.add(block.get(i));
            }
            i++;
        }
        String readmeCode = String.join("\n", block.subList(i, block.size()));
        String snippet = snippet();

        assertThat(readmeCode).as("README example body").isEqualTo(snippet);
        assertThat(readmeImports)
                .as("README example imports: those of this file that the example uses")
                .containsExactlyElementsOf(importsUsedBy(snippet));
    }

    /** A number as printf wrote it: with the machine's decimal separator, a point or a comma. */
    private static double number(String printed) {
        return Double.parseDouble(printed.replace(',', '.'));
    }

    /** The method between the markers in this file, without its common indentation. */
    private static String snippet() throws Exception {
        List<String> source = Files.readAllLines(THIS_FILE, StandardCharsets.UTF_8);
        int begin = -1;
        int end = -1;
        for (int i = 0; i < source.size(); i++) {
            if (source.get(i).strip().equals(BEGIN)) {
                begin = i;
            } else if (source.get(i).strip().equals(END)) {
                end = i;
            }
        }
        assertThat(begin).as("begin marker").isNotNegative();
        assertThat(end).as("end marker").isGreaterThan(begin);
        return String.join("\n", source.subList(begin + 1, end)).stripIndent().strip();
    }

    /** This file's imports (not static) whose simple name the snippet uses, in file order. */
    private static List<String> importsUsedBy(String snippet) throws Exception {
        Set<String> words = new TreeSet<>(List.of(snippet.split("\\W+")));
        List<String> used = new ArrayList<>();
        for (String line : Files.readAllLines(THIS_FILE, StandardCharsets.UTF_8)) {
            if (line.startsWith("import ") && !line.startsWith("import static ")) {
                String name = line.substring(line.lastIndexOf('.') + 1, line.length() - 1);
                if (words.contains(name)) {
                    used.add(line);
                }
            }
        }
        return used;
    }

    /** The contents of every fenced {@code java} block of a Markdown text. */
    private static List<String> javaBlocks(String markdown) {
        List<String> blocks = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^```java\\n(.*?)^```$", Pattern.DOTALL).matcher(markdown);
        while (m.find()) {
            blocks.add(m.group(1).stripIndent().strip());
        }
        return blocks;
    }

    private interface Work {
        void run() throws Exception;
    }

    private static String runCapturingStandardOutput(Work work) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream capture = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            work.run();
        } finally {
            System.setOut(original);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
