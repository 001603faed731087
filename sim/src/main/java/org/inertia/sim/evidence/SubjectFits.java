package org.inertia.sim.evidence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;
import org.inertia.sim.parameters.Parameter;
import org.inertia.sim.scenario.Scenario;

/**
 * Fits the same model parameters to each subject of a measurement file on its own (the file's
 * {@code subject} column, {@link MeasurementReader#readBySubject}), with the guards of {@link
 * ParameterFit} for each, and describes how the fitted values spread across subjects: the
 * between-person variation of a study's own participants.
 */
public final class SubjectFits {

    private SubjectFits() {}

    /**
     * One subject's fit.
     *
     * @param subject the subject's id
     * @param data the subject's measurements, in file order
     * @param result the fit
     */
    public record SubjectFit(String subject, List<Measurement> data, ParameterFit.Result result) {

        /**
         * Checks for nulls and copies the measurements.
         *
         * @param subject the subject's id
         * @param data the subject's measurements, in file order
         * @param result the fit
         */
        public SubjectFit {
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(result, "result");
            data = List.copyOf(data);
        }

        /**
         * {@return whether this subject's value of a parameter is an estimate: the fit is
         * trustworthy ({@link ParameterFit.Result#trustworthy()}) and its measurements determine
         * the parameter}
         *
         * @param p one of the fitted parameters
         */
        public boolean estimates(Parameter p) {
            return result.trustworthy() && result.determined(p);
        }
    }

    /**
     * How one parameter's fitted values spread across the subjects whose value is an estimate
     * ({@link SubjectFit#estimates}); in the parameter's unit.
     *
     * @param parameter the parameter
     * @param subjects how many subjects' values are estimates, and enter the figures below
     * @param mean their mean (NaN without any)
     * @param standardDeviation their sample standard deviation, divisor n − 1 (NaN below two)
     * @param median their median (NaN without any)
     * @param min the smallest (NaN without any)
     * @param max the largest (NaN without any)
     */
    public record Spread(
            Parameter parameter,
            int subjects,
            double mean,
            double standardDeviation,
            double median,
            double min,
            double max) {}

    /**
     * {@return the measurements grouped by subject, the subjects in the order they first appear}
     *
     * @param data measurements, each with its subject
     */
    public static Map<String, List<Measurement>> bySubject(List<Measurement> data) {
        Map<String, List<Measurement>> groups = new LinkedHashMap<>();
        for (Measurement m : data) {
            groups.computeIfAbsent(m.subject(), s -> new ArrayList<>()).add(m);
        }
        return groups;
    }

    /**
     * Most subjects times the scenario's days (day 0 included) that one fit of subjects takes: each
     * subject is fitted on its own, simulating the whole scenario at every step, so the work grows
     * with both; a million subject-days take one to two minutes on two cores.
     */
    public static final long MAX_SUBJECT_DAYS = 1_000_000;

    /**
     * Checks each subject's measurements as {@link ParameterFit#check} checks one subject's: days
     * within the scenario, values not written as fractions, measures the scenario changes, more
     * measurements than parameters (a subject with too few is named, at its first line). At most
     * {@value MeasurementReader#MAX_PROBLEMS} problems are reported.
     *
     * @param scenario the scenario the measurements were taken in
     * @param subjects each subject's measurements, as {@link #bySubject} groups them
     * @param free the parameters to fit
     * @param source the file name to quote
     * @throws MeasurementException with every problem found
     */
    public static void check(
            Scenario scenario, Map<String, List<Measurement>> subjects, List<Parameter> free, String source)
            throws MeasurementException {
        List<MeasurementProblem> problems = new ArrayList<>();
        if (free.isEmpty()) {
            problems.add(MeasurementProblem.ofFile(source, MeasurementMessage.NO_PARAMETERS, List.of(), ""));
            throw MeasurementException.of(problems);
        }
        long days = scenario.totalDays() + 1L;
        if (subjects.size() * days > MAX_SUBJECT_DAYS) {
            problems.add(MeasurementProblem.ofFile(
                    source,
                    MeasurementMessage.TOO_MANY_SUBJECT_DAYS,
                    List.<Object>of(subjects.size(), scenario.totalDays(), subjects.size() * days, MAX_SUBJECT_DAYS),
                    "split the file, or fit a shorter scenario"));
            throw MeasurementException.of(problems);
        }
        for (Map.Entry<String, List<Measurement>> e : subjects.entrySet()) {
            List<Measurement> data = e.getValue();
            try {
                ParameterFit.check(scenario, data, free, source);
            } catch (MeasurementException ex) {
                for (MeasurementProblem p : ex.details()) {
                    problems.add(
                            p.message() == MeasurementMessage.TOO_FEW_MEASUREMENTS
                                    ? new MeasurementProblem(
                                            source,
                                            data.get(0).line(),
                                            0,
                                            "subject",
                                            MeasurementMessage.SUBJECT_TOO_FEW_MEASUREMENTS,
                                            List.of(MeasurementProblem.excerpt(e.getKey()), data.size(), free.size()),
                                            "give each subject more measurements than parameters, or fit fewer"
                                                    + " parameters")
                                    : p);
                }
            }
            if (problems.size() >= MeasurementReader.MAX_PROBLEMS) {
                problems.subList(MeasurementReader.MAX_PROBLEMS, problems.size())
                        .clear();
                problems.add(MeasurementProblem.ofFile(
                        source,
                        MeasurementMessage.TOO_MANY_PROBLEMS,
                        List.of(MeasurementReader.MAX_PROBLEMS),
                        "fix these first"));
                break;
            }
        }
        if (!problems.isEmpty()) {
            throw MeasurementException.of(problems);
        }
    }

    /**
     * Fits each subject on its own, several at a time; the result does not depend on {@code
     * threads}.
     *
     * @param scenario the scenario the measurements were taken in; its preset and overrides are
     *     every subject's start
     * @param subjects each subject's measurements, checked with {@link #check}
     * @param free the parameters to fit
     * @param threads how many subjects to fit at once, at least 1
     * @return the fits, in the subjects' order
     */
    public static List<SubjectFit> fit(
            Scenario scenario, Map<String, List<Measurement>> subjects, List<Parameter> free, int threads) {
        return fit(scenario, subjects, free, threads, done -> {});
    }

    /**
     * Fits each subject on its own, as {@link #fit(Scenario, Map, List, int)} does, telling how many
     * are done as it goes.
     *
     * @param scenario the scenario the measurements were taken in
     * @param subjects each subject's measurements, checked with {@link #check}
     * @param free the parameters to fit
     * @param threads how many subjects to fit at once, at least 1
     * @param fitted called with the number of subjects fitted so far, from any thread, after each
     * @return the fits, in the subjects' order
     */
    public static List<SubjectFit> fit(
            Scenario scenario,
            Map<String, List<Measurement>> subjects,
            List<Parameter> free,
            int threads,
            java.util.function.IntConsumer fitted) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        List<Map.Entry<String, List<Measurement>>> entries = List.copyOf(subjects.entrySet());
        SubjectFit[] fits = new SubjectFit[entries.size()];
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        ParallelFits.run(entries.size(), threads, i -> {
            Map.Entry<String, List<Measurement>> e = entries.get(i);
            fits[i] = new SubjectFit(e.getKey(), e.getValue(), ParameterFit.fit(scenario, e.getValue(), free));
            fitted.accept(done.incrementAndGet());
        });
        return List.of(fits);
    }

    /**
     * {@return for each parameter, how its values spread across the subjects whose value is an
     * estimate}
     *
     * @param fits the subjects' fits
     * @param free the fitted parameters, in order
     */
    public static List<Spread> spread(List<SubjectFit> fits, List<Parameter> free) {
        List<Spread> spreads = new ArrayList<>();
        for (Parameter p : free) {
            double[] v = fits.stream()
                    .filter(f -> f.estimates(p))
                    .mapToDouble(f -> f.result().estimates().get(p))
                    .sorted()
                    .toArray();
            int n = v.length;
            if (n == 0) {
                spreads.add(new Spread(p, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN));
                continue;
            }
            double mean = Arrays.stream(v).sum() / n;
            double squares = 0;
            for (double x : v) {
                squares += (x - mean) * (x - mean);
            }
            double sd = n < 2 ? Double.NaN : Math.sqrt(squares / (n - 1));
            double median = n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
            spreads.add(new Spread(p, n, mean, sd, median, v[0], v[n - 1]));
        }
        return spreads;
    }

    /** Runs tasks 0..n-1 on a few threads, each task once. */
    private static final class ParallelFits {
        private ParallelFits() {}

        static void run(int n, int threads, java.util.function.IntConsumer task) {
            if (threads == 1 || n < 2) {
                IntStream.range(0, n).forEach(task);
                return;
            }
            java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
            List<Thread> workers = new ArrayList<>();
            java.util.concurrent.atomic.AtomicReference<Throwable> failure =
                    new java.util.concurrent.atomic.AtomicReference<>();
            for (int t = 0; t < Math.min(threads, n); t++) {
                Thread w = new Thread(
                        () -> {
                            try {
                                for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                                    task.accept(i);
                                }
                            } catch (RuntimeException | Error e) {
                                failure.compareAndSet(null, e);
                                next.set(n);
                            }
                        },
                        "inertia-fit-" + t);
                w.setDaemon(true);
                workers.add(w);
                w.start();
            }
            for (Thread w : workers) {
                try {
                    w.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while fitting subjects", e);
                }
            }
            Throwable f = failure.get();
            if (f instanceof RuntimeException r) {
                throw r;
            }
            if (f instanceof Error err) {
                throw err;
            }
        }
    }
}
