package org.inertia.sim.scenario;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.inertia.sim.measure.Baseline;
import org.inertia.sim.measure.Measure;
import org.inertia.sim.parameters.ModelParameters;
import org.inertia.sim.parameters.Parameter;
import org.inertia.sim.parameters.Preset;

/**
 * What happens to a person, day by day: a subject and an ordered list of phases, simulated with
 * a model preset and optional parameter overrides; optionally the subject's own measured
 * baselines, which give results in the units they were measured in ({@link Baseline}).
 *
 * @param name a title for charts and tables
 * @param description what the scenario shows and for whom; may be empty
 * @param subject the simulated person
 * @param phases the phases in order; at least one, {@value #MAX_TOTAL_DAYS} days at most in all
 * @param preset the parameter set the model starts from
 * @param parameters overrides of individual model parameters
 * @param baselines the subject's measured value at day 0 of some measures, in the order given;
 *     only muscle-group measures ({@link Baseline#appliesTo}); may be empty
 */
public record Scenario(
        String name,
        String description,
        Subject subject,
        List<Phase> phases,
        Preset preset,
        Map<Parameter, Double> parameters,
        Map<Measure, Baseline> baselines) {

    /** Longest scenario accepted (d): ten years. */
    public static final int MAX_TOTAL_DAYS = 3650;

    /**
     * Checks the phase list and copies the collections.
     *
     * @param name a title for charts and tables
     * @param description what the scenario shows and for whom; may be empty
     * @param subject the simulated person
     * @param phases the phases in order; at least one, {@value #MAX_TOTAL_DAYS} days at most in all
     * @param preset the parameter set the model starts from
     * @param parameters overrides of individual model parameters, each within its range ({@link Parameter#min()} to {@link Parameter#max()})
     * @param baselines the subject's measured baselines, in order; muscle-group measures only
     */
    public Scenario {
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(preset, "preset");
        phases = List.copyOf(phases);
        if (phases.isEmpty()) {
            throw new IllegalArgumentException("a scenario needs at least one phase");
        }
        long total = phases.stream().mapToLong(Phase::days).sum();
        if (total > MAX_TOTAL_DAYS) {
            throw new IllegalArgumentException("a scenario lasts at most 3650 days, was " + total);
        }
        parameters = Map.copyOf(parameters);
        parameters.forEach((p, v) -> {
            if (!(v >= p.min() && v <= p.max())) {
                throw new IllegalArgumentException(
                        p.key() + " must be between " + p.min() + " and " + p.max() + ", was " + v);
            }
        });
        Objects.requireNonNull(baselines, "baselines");
        for (Measure m : baselines.keySet()) {
            if (!Baseline.appliesTo(m)) {
                throw new IllegalArgumentException("no baseline can be given for " + m.key());
            }
        }
        // Ordered as written, so that outputs list them in the user's order.
        baselines = Collections.unmodifiableMap(new LinkedHashMap<>(baselines));
    }

    /**
     * A scenario without measured baselines: every result in % of baseline only.
     *
     * @param name a title for charts and tables
     * @param description what the scenario shows and for whom; may be empty
     * @param subject the simulated person
     * @param phases the phases in order
     * @param preset the parameter set the model starts from
     * @param parameters overrides of individual model parameters, each within its range ({@link Parameter#min()} to {@link Parameter#max()})
     */
    public Scenario(
            String name,
            String description,
            Subject subject,
            List<Phase> phases,
            Preset preset,
            Map<Parameter, Double> parameters) {
        this(name, description, subject, phases, preset, parameters, Map.of());
    }

    /**
     * {@return the subject's measured baseline of a measure, if the scenario gives one}
     *
     * @param measure any measure
     */
    public Optional<Baseline> baseline(Measure measure) {
        return Optional.ofNullable(baselines.get(measure));
    }

    /**
     * A scenario with the default preset and no parameter overrides.
     *
     * @param name a title
     * @param subject the simulated person
     * @param phases the phases in order
     * @return the scenario
     */
    public static Scenario of(String name, Subject subject, List<Phase> phases) {
        return new Scenario(name, "", subject, phases, Preset.DEFAULT, Map.of());
    }

    /** {@return the length of the scenario (d): the sum of its phases} */
    public int totalDays() {
        return phases.stream().mapToInt(Phase::days).sum();
    }

    /** {@return the day each phase starts on, day 0 being the first} */
    public int[] phaseStartDays() {
        int[] starts = new int[phases.size()];
        int day = 0;
        for (int i = 0; i < starts.length; i++) {
            starts[i] = day;
            day += phases.get(i).days();
        }
        return starts;
    }

    /** {@return the preset's parameters with this scenario's overrides applied} */
    public ModelParameters modelParameters() {
        return preset.parameters().with(parameters);
    }

    /** {@return the overrides, sorted by parameter for stable output} */
    public Map<Parameter, Double> sortedParameters() {
        return new TreeMap<>(parameters);
    }

    /**
     * {@return a copy with phase {@code index} replaced}
     *
     * @param index the phase to replace
     * @param phase the new phase
     */
    public Scenario withPhase(int index, Phase phase) {
        List<Phase> copy = new ArrayList<>(phases);
        copy.set(index, phase);
        return new Scenario(name, description, subject, copy, preset, parameters, baselines);
    }

    /**
     * {@return a copy with another subject}
     *
     * @param newSubject the new subject
     */
    public Scenario withSubject(Subject newSubject) {
        return new Scenario(name, description, newSubject, phases, preset, parameters, baselines);
    }

    /**
     * {@return a copy with another name}
     *
     * @param newName the new name
     */
    public Scenario withName(String newName) {
        return new Scenario(newName, description, subject, phases, preset, parameters, baselines);
    }

    /**
     * {@return a copy simulated with another preset and overrides}
     *
     * @param newPreset the preset
     * @param newParameters the overrides
     */
    public Scenario withModel(Preset newPreset, Map<Parameter, Double> newParameters) {
        return new Scenario(name, description, subject, phases, newPreset, newParameters, baselines);
    }

    /**
     * {@return a copy with other measured baselines}
     *
     * @param newBaselines the baselines, in order; muscle-group measures only
     */
    public Scenario withBaselines(Map<Measure, Baseline> newBaselines) {
        return new Scenario(name, description, subject, phases, preset, parameters, newBaselines);
    }
}
