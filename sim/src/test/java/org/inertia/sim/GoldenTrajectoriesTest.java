package org.inertia.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.inertia.sim.measure.Measure;
import org.inertia.sim.model.Simulator;
import org.inertia.sim.scenario.Scenario;
import org.inertia.sim.scenario.io.ScenarioException;
import org.inertia.sim.scenario.io.ScenarioReader;
import org.inertia.sim.trajectory.Trajectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden trajectories, Orekit's rule: the model was first checked against published studies
 * ({@code PublishedStudiesTest}, {@code inertia evidence}); its output for a few shipped scenarios
 * is now pinned, every measure of every day, in {@code src/test/resources/golden/<scenario>.csv}
 * (columns {@code day,measure,value}, values in % of baseline with 12 decimals), so that any later
 * change to the numbers makes a person look at them again.
 *
 * <p>The pinned scenarios cover every mobility (bed rest, leg cast, lumbar brace, sedentary,
 * normal), every activity (walking, cycling, aquatic, resistance), young, middle-aged and older
 * subjects, critical illness, recovery with and without exercise, and a preset instead of the
 * default parameters: see {@link #PINNED}.
 *
 * <p><b>Tolerances, and why one golden file serves both engines.</b> The exact engine must
 * reproduce each value to {@value #EXACT_TOLERANCE_PERCENT} % of baseline (absolute), which is
 * rounding noise of a closed-form solution and nothing else. The ODE engine is compared with the
 * <em>same</em> file to {@value #ODE_TOLERANCE_PERCENT} %, the agreement {@link Simulator}
 * documents for its engines. Its own digits are deliberately not pinned: with integrator
 * tolerances of 1e-11 (fractions of baseline, about 1e-9 %) the ODE output below 1e-6 % is the
 * integrator's error, not the model (on these scenarios it differs from the exact solution by up
 * to about 1e-9 %, the size of the golden tolerance itself), so a golden file of it would fail on
 * changes that leave the model untouched (a Commons Math upgrade, a step-size tweak) and teach
 * people to regenerate without re-validating. One file per scenario also means a recalibration regenerates
 * one set of numbers, from the engine that has no numerical error of its own, and the ODE engine
 * is then checked against it, independently of the exact engine's code.
 *
 * <p><b>Regenerating</b>, only after a deliberate model change that has been re-validated against
 * the published studies (the commit message must say so; see {@code docs/testing.md}), from the
 * repository root:
 *
 * <pre>
 * mvn -B -o test -pl sim -Dtest=GoldenTrajectoriesTest -Dgolden.update=true -Dfuzz.skip=true -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * rewrites every golden file from the exact engine (creating the folder and missing files,
 * deleting files of scenarios no longer pinned), still checks the ODE engine against the new
 * numbers, and then fails on purpose in {@link #goldenFilesAreNotBeingRewritten()} with a message
 * listing what it wrote, so an update run can never pass as a green build. Review the diff, then
 * run the test again without {@code -Dgolden.update} to see it pass.
 */
class GoldenTrajectoriesTest {

    /** The golden files, in the source tree (not the class-path copy) so an update lands in git. */
    static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

    /** The shipped scenarios. */
    static final Path SCENARIOS = Path.of("..", "scenarios");

    /** System property that turns the test into the regenerator: {@code -Dgolden.update=true}. */
    static final String UPDATE_PROPERTY = "golden.update";

    /** The command that regenerates the files, as printed in failure messages. */
    static final String UPDATE_COMMAND = "mvn -B -o test -pl sim -Dtest=GoldenTrajectoriesTest -D" + UPDATE_PROPERTY
            + "=true -Dfuzz.skip=true -Dsurefire.failIfNoSpecifiedTests=false";

    /** Exact engine against the golden values (% of baseline, absolute). */
    static final double EXACT_TOLERANCE_PERCENT = 1e-9;

    /** ODE engine against the same golden values (% of baseline, absolute): the engines' agreement. */
    static final double ODE_TOLERANCE_PERCENT = 1e-6;

    /** The CSV header. */
    static final String HEADER = "day,measure,value";

    /**
     * The pinned scenarios, file names in {@code scenarios/}, and what each one exercises.
     *
     * <ul>
     *   <li>{@code bed-rest-7d-then-walking}: bed rest, then walking; a 45-year-old woman
     *   <li>{@code bed-rest-7d-then-aquatic}: aquatic exercise three times a week after bed rest
     *   <li>{@code bed-rest-14d-resistance}: resistance exercise during bed rest, a 30-year-old
     *   <li>{@code leg-cast-2w-then-cycling}: a leg cast, then vigorous cycling; a 23-year-old
     *   <li>{@code lumbar-brace-4w}: a lumbar brace (trunk only), then normal life
     *   <li>{@code icu-week}: critical illness in bed, a sedentary ward week with light walking,
     *       then walking and resistance at home; a 60-year-old
     *   <li>{@code older-adult-hospital-10d}: a 75-year-old's slower recovery without exercise
     *   <li>{@code preset-one-percent-a-day}: a preset's parameters instead of the default model
     * </ul>
     */
    static final List<String> PINNED = List.of(
            "bed-rest-7d-then-walking",
            "bed-rest-7d-then-aquatic",
            "bed-rest-14d-resistance",
            "leg-cast-2w-then-cycling",
            "lumbar-brace-4w",
            "icu-week",
            "older-adult-hospital-10d",
            "preset-one-percent-a-day");

    private static final List<Path> rewritten = new ArrayList<>();

    static Stream<String> pinned() {
        return PINNED.stream();
    }

    private static boolean updating() {
        return Boolean.getBoolean(UPDATE_PROPERTY);
    }

    private static Path goldenFile(String scenario) {
        return GOLDEN.resolve(scenario + ".csv");
    }

    private static Scenario read(String scenario) throws ScenarioException {
        return ScenarioReader.read(SCENARIOS.resolve(scenario + ".yaml"));
    }

    /** In update mode, rewrites the golden folder to hold exactly the pinned scenarios. */
    @BeforeAll
    static void rewriteWhenAsked() throws IOException, ScenarioException {
        if (!updating()) {
            return;
        }
        if (!Files.isDirectory(SCENARIOS)) {
            throw new IllegalStateException("run from the sim module (mvn -pl sim), where "
                    + SCENARIOS.toAbsolutePath().normalize() + " is the scenario folder");
        }
        Files.createDirectories(GOLDEN);
        try (Stream<Path> files = Files.list(GOLDEN)) {
            for (Path stale : files.filter(p -> p.toString().endsWith(".csv")).toList()) {
                String name = stale.getFileName().toString().replaceFirst("\\.csv$", "");
                if (!PINNED.contains(name)) {
                    Files.delete(stale);
                    rewritten.add(stale);
                }
            }
        }
        for (String scenario : PINNED) {
            Trajectory exact = Simulator.exact().simulate(read(scenario));
            Files.writeString(goldenFile(scenario), csv(exact), StandardCharsets.UTF_8);
            rewritten.add(goldenFile(scenario));
        }
    }

    /** Every measure of every day, day by day, measures in {@link Trajectory#measures()} order. */
    static String csv(Trajectory t) {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        for (int d = 0; d <= t.lastDay(); d++) {
            for (Measure m : Trajectory.measures()) {
                sb.append(d)
                        .append(',')
                        .append(m.key())
                        .append(',')
                        .append(String.format(Locale.ROOT, "%.12f", t.percent(m, d)))
                        .append('\n');
            }
        }
        return sb.toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pinned")
    void exactEngineReproducesTheGoldenTrajectory(String scenario) throws Exception {
        assertMatchesGolden(scenario, Simulator.exact(), "exact", EXACT_TOLERANCE_PERCENT);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pinned")
    void odeEngineReproducesTheGoldenTrajectory(String scenario) throws Exception {
        assertMatchesGolden(scenario, Simulator.ode(), "ode", ODE_TOLERANCE_PERCENT);
    }

    @Test
    void everyGoldenFileBelongsToAPinnedScenario() throws IOException {
        assertThat(Files.isDirectory(GOLDEN))
                .as("golden folder %s missing; create it with:%n  %s", GOLDEN, UPDATE_COMMAND)
                .isTrue();
        Set<String> files;
        try (Stream<Path> list = Files.list(GOLDEN)) {
            files = list.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
        assertThat(files)
                .as("golden files; a file for a scenario no longer pinned is removed by:%n  %s", UPDATE_COMMAND)
                .containsExactlyInAnyOrderElementsOf(
                        PINNED.stream().map(s -> s + ".csv").toList());
        assertThat(PINNED).as("at least five scenarios pinned").hasSizeGreaterThanOrEqualTo(5);
    }

    /**
     * Passes in an ordinary run. In an update run ({@code -Dgolden.update=true}) it fails on
     * purpose after the files were rewritten, so that regenerating can never pass unnoticed as a
     * green build, nor be left switched on.
     */
    @Test
    void goldenFilesAreNotBeingRewritten() {
        if (updating()) {
            fail(
                    "golden.update is set: rewrote %d golden file(s) from the exact engine:%n  %s%n"
                            + "This failure is deliberate. Only commit these after a deliberate model change that was"
                            + " re-validated against the published studies (PublishedStudiesTest, inertia evidence),"
                            + " and say so in the commit message (docs/testing.md). Review with"
                            + " 'git diff --stat sim/src/test/resources/golden', then rerun without -D%s to see the"
                            + " test pass.",
                    rewritten.size(),
                    rewritten.stream().map(Path::toString).collect(Collectors.joining("\n  ")),
                    UPDATE_PROPERTY);
        }
    }

    private static void assertMatchesGolden(String scenario, Simulator engine, String engineName, double tolerance)
            throws IOException, ScenarioException {
        Path file = goldenFile(scenario);
        if (!Files.exists(file)) {
            fail(
                    "no golden file %s; after a deliberate, re-validated model change create it with:%n  %s",
                    file, UPDATE_COMMAND);
        }
        Map<String, Double> golden = parse(file);
        Trajectory t = engine.simulate(read(scenario));

        List<String> differences = new ArrayList<>();
        int compared = 0;
        for (int d = 0; d <= t.lastDay(); d++) {
            for (Measure m : Trajectory.measures()) {
                String key = d + "," + m.key();
                Double expected = golden.remove(key);
                double actual = t.percent(m, d);
                if (expected == null) {
                    differences.add("day " + d + " " + m.key() + ": not in the golden file");
                } else if (!(Math.abs(actual - expected) <= tolerance)) {
                    differences.add(String.format(
                            Locale.ROOT,
                            "day %d %s: golden %.12f, %s engine %.12f (off by %.3g)",
                            d,
                            m.key(),
                            expected,
                            engineName,
                            actual,
                            actual - expected));
                }
                compared++;
            }
        }
        golden.keySet().stream()
                .limit(5)
                .forEach(k -> differences.add(k + ": in the golden file but not simulated (scenario shorter?)"));
        if (!differences.isEmpty()) {
            fail(
                    "%d of %d values of %s differ from %s by more than %s %% of baseline, first:%n  %s%n"
                            + "If the model was changed deliberately and re-validated against the published studies,"
                            + " regenerate (docs/testing.md):%n  %s",
                    differences.size(),
                    compared,
                    scenario,
                    file,
                    tolerance,
                    differences.stream().limit(10).collect(Collectors.joining("\n  ")),
                    UPDATE_COMMAND);
        }
    }

    /** The golden values by "day,measure". */
    private static Map<String, Double> parse(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines).as("%s: header", file).first().isEqualTo(HEADER);
        Map<String, Double> values = new LinkedHashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            int comma = line.lastIndexOf(',');
            Optional<Measure> measure =
                    comma < 0 ? Optional.empty() : Measure.parse(line.substring(line.indexOf(',') + 1, comma));
            assertThat(measure)
                    .as("%s:%d: day,measure,value expected, was '%s'", file, i + 1, line)
                    .isPresent();
            Double previous = values.put(line.substring(0, comma), Double.parseDouble(line.substring(comma + 1)));
            assertThat(previous).as("%s:%d: duplicate row", file, i + 1).isNull();
        }
        return values;
    }
}
