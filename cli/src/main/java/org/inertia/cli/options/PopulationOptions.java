package org.inertia.cli.options;

import java.io.PrintWriter;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.inertia.cli.output.ProgressBar;
import org.inertia.sim.measure.Measure;
import org.inertia.sim.model.Simulator;
import org.inertia.sim.population.CalibrationUncertainty;
import org.inertia.sim.population.ParameterSampler;
import org.inertia.sim.population.PopulationSimulator;
import org.inertia.sim.population.Variability;
import org.inertia.sim.scenario.Scenario;
import picocli.CommandLine.Option;

/**
 * The population and uncertainty options of {@code run} and {@code compare}: {@code --subjects N}
 * simulates N virtual subjects whose model parameters vary as the published studies' subjects did
 * ({@link Variability#calibrated()}); {@code --uncertainty} draws the average person's parameters
 * from the calibration's own uncertainty ({@link CalibrationUncertainty}); both together give each
 * subject both. Either reports the median and a percentile band instead of one trajectory. {@code
 * --seed} makes a run repeatable; without it a seed is drawn and printed.
 *
 * <p>Memory: a run keeps, per summarised measure, a histogram of every day ({@link
 * PopulationSimulator#bytesPerMeasureDay()}) and two numbers per subject, never the subjects'
 * trajectories. Without {@code --measure}, every measure is summarised when that takes at most
 * {@link #BUDGET_BYTES}; otherwise only the chart's measure, with a note ({@link #choose}).
 */
public final class PopulationOptions {

    /** Most subjects in one run. */
    public static final int MAX_SUBJECTS = 10_000_000;

    /** Most worker threads. */
    public static final int MAX_THREADS = 1024;

    /** Memory a run may take for every measure when none is named (bytes): 128 MiB. */
    public static final long BUDGET_BYTES = 128L << 20;

    /** Parameter sets drawn for {@code --uncertainty} alone. */
    public static final int UNCERTAINTY_DRAWS = 200;

    @Option(
            names = "--subjects",
            paramLabel = "N",
            description = {
                "Simulate N virtual subjects whose model parameters vary as in the published studies,"
                        + " and report the median with a percentile band (see --band) instead of one curve.",
                "In run and compare without --measure, CSV and JSON hold every measure when that fits in"
                        + " 128 MB of memory, otherwise only the chart's measure; a note says so."
            })
    private Integer subjects;

    @Option(
            names = "--uncertainty",
            description = {
                "Show the model's own uncertainty: a band from " + UNCERTAINTY_DRAWS + " parameter sets drawn"
                        + " from the calibration's estimate (the average person), wide where the studies"
                        + " behind the model are few. In charts, tables and the CSV's lower/upper.",
                "With --subjects N, each of the N subjects draws both: the band holds the model's uncertainty"
                        + " and the spread between people."
            })
    private boolean uncertainty;

    @Option(
            names = "--seed",
            paramLabel = "SEED",
            description = "Seed of the virtual subjects, for a repeatable run (default: a new seed, printed)."
                    + " The same seed gives the same numbers whatever --threads.")
    private Long seed;

    @Option(
            names = "--band",
            paramLabel = "LO,HI",
            converter = Band.Converter.class,
            description = "Percentiles of the band around the median, 0 <= LO < 50 < HI <= 100 (default: 5,95).")
    private Band band;

    @Option(
            names = "--threads",
            paramLabel = "N",
            description = "Worker threads for --subjects (default: one per processor).")
    private Integer threads;

    @Option(
            names = {"-q", "--quiet"},
            description = "Show no progress bar while simulating subjects.")
    private boolean quiet;

    private long chosenSeed;
    private boolean seedDrawn;

    /**
     * Which measures a population run summarises.
     *
     * @param measures the measures, at least one
     * @param note why fewer than every measure are summarised; empty when not limited
     */
    public record Choice(List<Measure> measures, String note) {}

    /** {@return whether {@code --subjects} or {@code --uncertainty} was given: a run with a band} */
    public boolean given() {
        return subjects != null || uncertainty;
    }

    /** {@return whether {@code --uncertainty} was given} */
    public boolean uncertainty() {
        return uncertainty;
    }

    /**
     * Checks the options before any work.
     *
     * @throws UserInputException if a value is out of range, or a population option is given
     *     without {@code --subjects}
     */
    public void check() throws UserInputException {
        List<String> problems = new ArrayList<>();
        if (!given()) {
            if (seed != null) {
                problems.add("--seed applies to population runs; add --subjects N or --uncertainty");
            }
            if (band != null) {
                problems.add("--band applies to population runs; add --subjects N or --uncertainty");
            }
            if (threads != null) {
                problems.add("--threads applies to population runs; add --subjects N or --uncertainty");
            }
        } else if (subjects != null && (subjects < 1 || subjects > MAX_SUBJECTS)) {
            problems.add("--subjects " + subjects + ": must be between 1 and "
                    + String.format(Locale.ROOT, "%,d", MAX_SUBJECTS));
        }
        if (threads != null && (threads < 1 || threads > MAX_THREADS)) {
            problems.add("--threads " + threads + ": must be between 1 and " + MAX_THREADS);
        }
        if (!problems.isEmpty()) {
            throw new UserInputException(problems);
        }
    }

    /** {@return the number of subjects, or of parameter draws for {@code --uncertainty} alone} */
    public int subjects() {
        return subjects != null ? subjects : UNCERTAINTY_DRAWS;
    }

    /** {@return the band around the median} */
    public Band band() {
        return band == null ? Band.DEFAULT : band;
    }

    /** {@return the worker threads: as given, or one per processor} */
    public int threads() {
        return threads != null ? threads : Runtime.getRuntime().availableProcessors();
    }

    /** {@return the seed: as given, or drawn once and kept} */
    public synchronized long seed() {
        if (seed != null) {
            return seed;
        }
        if (!seedDrawn) {
            // Nine digits: easy to copy, and far more runs than anyone repeats.
            chosenSeed = new SecureRandom().nextInt(1_000_000_000);
            seedDrawn = true;
        }
        return chosenSeed;
    }

    /** {@return "Seed: S", and how to rerun when the seed was drawn rather than given} */
    public String seedLine() {
        long s = seed();
        return seed != null ? "Seed: " + s : "Seed: " + s + " (rerun with --seed " + s + ")";
    }

    /** {@return a line saying what the band is: "Population: 1,000 virtual subjects; ..."} */
    public String populationLine() {
        if (subjects == null) {
            return "Uncertainty: " + UNCERTAINTY_DRAWS + " parameter sets drawn from the calibration"
                    + " (the average person); median and " + band().plainWords();
        }
        return "Population: " + String.format(Locale.ROOT, "%,d", subjects) + " virtual subject"
                + (subjects == 1 ? "" : "s") + " (calibrated between-person spread"
                + (uncertainty ? ", each with parameters drawn from the calibration's uncertainty" : "")
                + "); median and " + band().plainWords();
    }

    /** {@return what the band spans across, for table headings: "subjects" or "parameter draws"} */
    public String across() {
        return subjects == null ? "parameter draws" : "subjects";
    }

    /**
     * {@return the population simulator these options ask for, for one scenario (the
     * calibration's uncertainty does not apply to the parameters a scenario sets itself)}
     *
     * @param engine the engine for each subject
     * @param scenario the scenario to simulate
     */
    public PopulationSimulator simulator(Simulator engine, Scenario scenario) {
        return new PopulationSimulator(engine, sampler(scenario), threads());
    }

    /**
     * {@return how these options draw each subject's parameters for one scenario: the calibration's
     * uncertainty (for the parameters the scenario does not set), then the between-person spread}
     *
     * @param scenario the scenario
     */
    public ParameterSampler sampler(Scenario scenario) {
        ParameterSampler sampler = ParameterSampler.NONE;
        if (uncertainty) {
            sampler = CalibrationUncertainty.forScenario(scenario);
        }
        if (subjects != null) {
            sampler = sampler.andThen(Variability.calibrated());
        }
        return sampler;
    }

    /** {@return whether {@code --subjects} was given} */
    public boolean subjectsGiven() {
        return subjects != null;
    }

    /**
     * {@return the seed as given, or {@code fallback}: for commands whose output should repeat
     * without one}
     *
     * @param fallback the seed when none is given
     */
    public long seedOr(long fallback) {
        return seed != null ? seed : fallback;
    }

    /**
     * {@return a progress bar on the terminal's error stream; one that prints nothing when
     * {@code --quiet} is given or the error stream is not a terminal (a pipe, a file, a test)}
     *
     * @param err the error stream
     * @param scenarios the number of scenarios, each simulated for every subject
     */
    public ProgressBar progress(PrintWriter err, int scenarios) {
        boolean terminal = System.console() != null;
        String label = "Simulating " + String.format(Locale.ROOT, "%,d", subjects()) + " " + across()
                + (scenarios == 1 ? "" : " x " + scenarios + " scenarios");
        return quiet || !terminal ? ProgressBar.off() : ProgressBar.on(err, label, (long) subjects() * scenarios);
    }

    /**
     * Chooses the measures to summarise, within memory: those named; else every measure when
     * that fits in {@link #BUDGET_BYTES}; else {@code fallback} with a note.
     *
     * @param named the measures named with {@code --measure}; may be empty
     * @param fallback what the chart and table need, when not every measure fits
     * @param days the longest scenario's number of days
     * @param scenarios the number of scenarios kept in memory together
     * @return the measures and a note (empty unless limited)
     * @throws UserInputException if even the measures needed exceed the Java heap
     */
    public Choice choose(List<Measure> named, List<Measure> fallback, int days, int scenarios)
            throws UserInputException {
        List<Measure> chosen;
        String note = "";
        if (!named.isEmpty()) {
            chosen = named;
        } else if (keptBytes(Measure.all().size(), days, scenarios) <= BUDGET_BYTES) {
            chosen = Measure.all();
        } else {
            chosen = fallback;
            note = "Note: " + String.format(Locale.ROOT, "%,d", subjects()) + " " + across() + " over " + days
                    + " days: summarising only "
                    + String.join(", ", fallback.stream().map(Measure::key).toList())
                    + " (every measure would take about "
                    + megabytes(keptBytes(Measure.all().size(), days, scenarios))
                    + " of memory); name the measures you need with --measure.";
        }
        long need = keptBytes(chosen.size(), days, scenarios) + bufferBytes(chosen.size(), days);
        long heap = Runtime.getRuntime().maxMemory();
        if (need > heap * 0.7) {
            throw new UserInputException(chosen.size() + " measure" + (chosen.size() == 1 ? "" : "s") + " over " + days
                    + " days for " + String.format(Locale.ROOT, "%,d", subjects()) + " " + across() + " need about "
                    + megabytes(need)
                    + " of memory, more than this Java heap (" + megabytes(heap)
                    + ") allows; name fewer measures, or give Java more memory (INERTIA_JAVA_OPTS=-Xmx4g)");
        }
        return new Choice(List.copyOf(chosen), note);
    }

    /**
     * Memory kept for {@code measures} measures: the day histograms, the daily results and two
     * numbers per subject and scenario. Independent of the threads, so that what a run writes
     * does not depend on the machine.
     */
    long keptBytes(int measures, int days, int scenarios) {
        long perDay = PopulationSimulator.bytesPerMeasureDay();
        return measures * (perDay * (days + 1L) + 8L * scenarios * subjects());
    }

    /** Memory of the workers: each holds one block of subjects, and its own histograms where they fit. */
    long bufferBytes(int measures, int days) {
        return threads() * PopulationSimulator.bytesPerWorker(measures, days + 1, threads());
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%,d MB", (bytes + 999_999) / 1_000_000);
    }
}
