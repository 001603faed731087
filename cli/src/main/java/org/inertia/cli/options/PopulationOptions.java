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
    public static final int MAX_SUBJECTS = PopulationSimulator.MAX_SUBJECTS;

    /**
     * Most subject-days in one run, all scenarios together: {@link #MAX_SUBJECTS} over a year, about
     * half a minute on two cores. Longer scenarios take fewer subjects, so that no run's time grows
     * beyond that with the scenario's length.
     */
    public static final long MAX_SUBJECT_DAYS = MAX_SUBJECTS * 366L;

    /** Most worker threads one may ask for; more is a usage error. */
    public static final int MAX_THREADS = 1024;

    /**
     * Most worker threads used per processor: the work is computation, so more threads than
     * processors only add memory (each keeps a block of subjects and maybe its own histograms); four leaves room
     * for processors the JVM undercounts. More are reduced to this, with a note.
     */
    public static final int THREADS_PER_PROCESSOR = 4;

    /** Memory a run may take for every measure when none is named (bytes): 128 MiB. */
    public static final long BUDGET_BYTES = 128L << 20;

    /** Parameter sets drawn for {@code --uncertainty} alone. */
    public static final int UNCERTAINTY_DRAWS = 200;

    @Option(
            names = "--subjects",
            paramLabel = "N",
            description = {
                "Simulate N virtual subjects (1 to " + MAX_SUBJECTS
                        + ") whose model parameters vary as in the published"
                        + " studies, and report the median with a percentile band (see --band) instead of one curve.",
                "In run and compare without --measure, CSV and JSON hold every muscle measure when that fits in"
                        + " 128 MB of memory, otherwise only the chart's measure; a note says so."
            })
    private Integer subjects;

    @Option(
            names = "--uncertainty",
            description = {
                "Show the model's own uncertainty: a band from " + UNCERTAINTY_DRAWS + " parameter sets drawn"
                        + " from the calibration's estimate (the average person), wide where the studies"
                        + " behind the model are few. In charts, tables and the CSV's lower/upper. It is the"
                        + " parameters' uncertainty, not the differences between studies, which are larger"
                        + " (docs/model.md, \"What the band is not\").",
                "With --subjects N, each of the N subjects draws both: the band holds the model's uncertainty"
                        + " and the spread between people."
            })
    private boolean uncertainty;

    @Option(
            names = "--seed",
            paramLabel = "SEED",
            description = "Seed of the virtual subjects, for a repeatable run (default: a new seed, printed;"
                    + " for sweep 1, so a sweep repeats). The same seed gives the same numbers whatever --threads.")
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
            description =
                    "Worker threads for --subjects, 1 to " + MAX_THREADS + " (default: one per processor). At most "
                            + THREADS_PER_PROCESSOR + " per processor are used, and no more than the Java heap holds"
                            + " (each keeps a block of " + PopulationSimulator.BLOCK + " subjects in step, and its own"
                            + " day histograms where they fit);"
                            + " more are reduced, with a note.")
    private Integer threads;

    @Option(
            names = {"-q", "--quiet"},
            description = "Show no progress bar while simulating subjects.")
    private boolean quiet;

    private long chosenSeed;
    private boolean seedDrawn;

    /** The worker threads used, once {@link #choose} has weighed them against memory; 0 before. */
    private int chosenThreads;

    private String threadsNote = "";

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

    /**
     * {@return the worker threads used: as given, or one per processor; at most {@value
     * #THREADS_PER_PROCESSOR} per processor, and, once {@link #choose} has run, no more than the
     * Java heap holds}
     */
    public int threads() {
        if (chosenThreads > 0) {
            return chosenThreads;
        }
        int processors = Runtime.getRuntime().availableProcessors();
        int wanted = threads != null ? threads : processors;
        return Math.max(1, Math.min(wanted, THREADS_PER_PROCESSOR * processors));
    }

    /**
     * {@return a line saying that fewer worker threads are used than {@code --threads} asked for
     * (or than there are processors), and why; empty when as many are used (known once {@link
     * #choose} has run)}
     */
    public String threadsNote() {
        return threadsNote;
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
     * {@return the population simulator for one scenario and the measures a run summarises: as
     * {@link #simulator(Simulator, Scenario)}, with the between-person spread of aerobic capacity and
     * bone when the measures include them}
     *
     * @param engine the engine for each subject
     * @param scenario the scenario to simulate
     * @param measures the measures summarised
     */
    public PopulationSimulator simulator(Simulator engine, Scenario scenario, List<Measure> measures) {
        return new PopulationSimulator(engine, sampler(scenario, measures), threads());
    }

    /**
     * {@return how these options draw each subject's parameters for one scenario: the calibration's
     * uncertainty (for the parameters the scenario does not set), then the between-person spread}
     *
     * @param scenario the scenario
     */
    public ParameterSampler sampler(Scenario scenario) {
        return sampler(scenario, List.of());
    }

    /**
     * {@return how these options draw each subject's parameters for one scenario and the measures
     * summarised: as {@link #sampler(Scenario)}, with the between-person spread of aerobic capacity
     * and bone when the measures include them ({@link Variability#calibrated(java.util.Collection)})}
     *
     * @param scenario the scenario
     * @param measures the measures summarised
     */
    public ParameterSampler sampler(Scenario scenario, List<Measure> measures) {
        ParameterSampler sampler = ParameterSampler.NONE;
        if (uncertainty) {
            sampler = CalibrationUncertainty.forScenario(scenario);
        }
        if (subjects != null) {
            sampler = sampler.andThen(Variability.calibrated(measures));
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

    /** Every muscle measure: what a population summarises when no measure is named. */
    private static final List<Measure> MUSCLE = Measure.of(org.inertia.sim.measure.Family.MUSCLE);

    /**
     * Chooses the measures to summarise, within memory: those named; else every muscle measure
     * when that fits in {@link #BUDGET_BYTES}; else {@code fallback} with a note.
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
        checkSubjectDays(days, scenarios);
        List<Measure> chosen;
        String note = "";
        if (!named.isEmpty()) {
            chosen = named;
        } else if (keptBytes(MUSCLE.size(), days, scenarios) <= BUDGET_BYTES) {
            // Every muscle measure; aerobic capacity and bone when named, as in the files of one subject.
            chosen = MUSCLE;
        } else {
            chosen = fallback;
            note = "Note: " + String.format(Locale.ROOT, "%,d", subjects()) + " " + across() + " over " + days
                    + " days: summarising only "
                    + String.join(", ", fallback.stream().map(Measure::key).toList())
                    + " (every measure would take about "
                    + megabytes(keptBytes(MUSCLE.size(), days, scenarios))
                    + " of memory); name the measures you need with --measure.";
        }
        long heap = Runtime.getRuntime().maxMemory();
        chooseThreads(chosen.size(), days, scenarios, heap, Runtime.getRuntime().availableProcessors());
        long need = keptBytes(chosen.size(), days, scenarios) + bufferBytes(chosen.size(), days);
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
     * Refuses a run of more than {@link #MAX_SUBJECT_DAYS} subject-days.
     *
     * @param days the longest scenario's number of days
     * @param scenarios the number of scenarios, each simulated for every subject
     * @throws UserInputException naming the most subjects these scenarios allow
     */
    void checkSubjectDays(int days, int scenarios) throws UserInputException {
        long perSubject = (days + 1L) * scenarios;
        if (subjects != null && subjects * perSubject > MAX_SUBJECT_DAYS) {
            throw new UserInputException("--subjects " + String.format(Locale.ROOT, "%,d", subjects) + ": "
                    + (scenarios == 1 ? "" : scenarios + " scenarios of up to ") + (days + 1) + " days make "
                    + String.format(Locale.ROOT, "%,d", subjects * perSubject) + " subject-days, more than one run"
                    + " simulates (" + String.format(Locale.ROOT, "%,d", MAX_SUBJECT_DAYS) + ", "
                    + String.format(Locale.ROOT, "%,d", MAX_SUBJECTS) + " subjects for a year); give at most "
                    + String.format(Locale.ROOT, "%,d", MAX_SUBJECT_DAYS / perSubject) + " subjects");
        }
    }

    /**
     * Sets the worker threads: as asked (or one per processor), at most {@value
     * #THREADS_PER_PROCESSOR} per processor, and no more than fit in what the heap has left for
     * their buffers once the kept results are counted (at least one: a single thread that does not
     * fit is {@link #choose}'s error to report). Leaves a note when fewer than asked are used.
     */
    void chooseThreads(int measures, int days, int scenarios, long heapBytes, int processors) {
        int wanted = threads != null ? threads : processors;
        int cap = THREADS_PER_PROCESSOR * processors;
        int used = Math.max(1, Math.min(wanted, cap));
        long perThread = bufferBytes(1, measures, days);
        long room = (long) (heapBytes * 0.7) - keptBytes(measures, days, scenarios);
        int fit = (int) Math.max(1, Math.min(Integer.MAX_VALUE, room / Math.max(1, perThread)));
        String why = "";
        if (used > fit) {
            used = fit;
            why = "as many as the Java heap (" + megabytes(heapBytes) + ") holds, each keeping "
                    + megabytes(perThread) + " for its block of subjects; give Java more memory for more"
                    + " (INERTIA_JAVA_OPTS=-Xmx4g)";
        } else if (wanted > cap) {
            why = "at most " + THREADS_PER_PROCESSOR + " per processor, and this machine has " + processors;
        }
        chosenThreads = used;
        threadsNote = used < wanted
                ? "Note: " + (threads != null ? "--threads " + threads + ": " : "") + "using " + used + " worker thread"
                        + (used == 1 ? "" : "s") + (threads != null ? "" : " of " + processors + " processors") + ", "
                        + why + "."
                : "";
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
        return bufferBytes(threads(), measures, days);
    }

    private static long bufferBytes(int threads, int measures, int days) {
        return threads * PopulationSimulator.bytesPerWorker(measures, days + 1, threads);
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%,d MB", (bytes + 999_999) / 1_000_000);
    }
}
