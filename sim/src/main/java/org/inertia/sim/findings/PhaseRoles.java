package org.inertia.sim.findings;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.inertia.sim.scenario.Mobility;
import org.inertia.sim.scenario.Phase;
import org.inertia.sim.scenario.Scenario;

/**
 * The roles phases play in the story a scenario tells: the period of disuse (the first phase whose
 * mobility is not normal) and the recovery after it (the phase that follows). Findings, sentences
 * and the classroom page's "what if?" controls all use these roles.
 */
public final class PhaseRoles {

    private PhaseRoles() {}

    /**
     * {@return the index of the period of disuse: the first phase whose mobility is not normal;
     * empty when every phase is ordinary life}
     *
     * @param scenario a scenario
     */
    public static OptionalInt disuse(Scenario scenario) {
        List<Phase> phases = scenario.phases();
        for (int i = 0; i < phases.size(); i++) {
            if (phases.get(i).mobility() != Mobility.NORMAL) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    /**
     * {@return the index of the recovery phase: the one after the period of disuse (the second
     * phase when nothing is disuse); empty when there is none}
     *
     * @param scenario a scenario
     */
    public static OptionalInt recovery(Scenario scenario) {
        int next = disuse(scenario).orElse(0) + 1;
        return next < scenario.phases().size() ? OptionalInt.of(next) : OptionalInt.empty();
    }

    /**
     * {@return the day the period of disuse ends, or the scenario's last day when there is none}
     *
     * @param scenario a scenario
     */
    public static int disuseEndDay(Scenario scenario) {
        OptionalInt disuse = disuse(scenario);
        if (disuse.isEmpty()) {
            return scenario.totalDays();
        }
        int i = disuse.getAsInt();
        return scenario.phaseStartDays()[i] + scenario.phases().get(i).days();
    }

    /**
     * {@return the first phase of each episode of disuse: each run of consecutive phases whose
     * mobility is not normal (a week in intensive care and the week on the ward after it are one
     * episode; a cast, weeks at home, then bed rest are two), in order}
     *
     * @param scenario a scenario
     */
    public static List<Integer> episodes(Scenario scenario) {
        List<Phase> phases = scenario.phases();
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < phases.size(); i++) {
            boolean disuse = phases.get(i).mobility() != Mobility.NORMAL;
            if (disuse && (i == 0 || phases.get(i - 1).mobility() == Mobility.NORMAL)) {
                starts.add(i);
            }
        }
        return starts;
    }

    /**
     * {@return the episode of disuse ({@link #episodes}) a scenario's story is about: the last one
     * that starts before the given day (the day strength is lowest), so that of several episodes the
     * one where strength is lowest is described; the first when none starts before it; empty when
     * every phase is ordinary life}
     *
     * @param scenario a scenario
     * @param lowestDay the day strength is lowest
     */
    public static OptionalInt disuse(Scenario scenario, int lowestDay) {
        List<Integer> episodes = episodes(scenario);
        if (episodes.isEmpty()) {
            return OptionalInt.empty();
        }
        int[] starts = scenario.phaseStartDays();
        int chosen = episodes.get(0);
        for (int i : episodes) {
            if (starts[i] < lowestDay) {
                chosen = i;
            }
        }
        return OptionalInt.of(chosen);
    }

    /**
     * {@return the last day of a phase}
     *
     * @param scenario a scenario
     * @param phase the phase's index
     */
    public static int endDay(Scenario scenario, int phase) {
        return scenario.phaseStartDays()[phase] + scenario.phases().get(phase).days();
    }

    /**
     * {@return the phases that days {@code fromDay + 1} to {@code toDay} fall in, in order}
     *
     * @param scenario a scenario
     * @param fromDay the day before the period
     * @param toDay the period's last day
     */
    public static List<Integer> during(Scenario scenario, int fromDay, int toDay) {
        int[] starts = scenario.phaseStartDays();
        List<Integer> phases = new ArrayList<>();
        for (int i = 0; i < starts.length; i++) {
            if (starts[i] < toDay && endDay(scenario, i) > fromDay) {
                phases.add(i);
            }
        }
        return phases;
    }

    /**
     * {@return the phase whose regime (mobility and exercise) holds over days {@code fromDay + 1} to
     * {@code toDay}: the first of them when every phase in the period has the same regime; empty
     * when the regime changes within it (a week on the ward with short walks, then weeks of walking
     * and resistance training at home), so that a sentence about the period names no one regime}
     *
     * @param scenario a scenario
     * @param fromDay the day before the period
     * @param toDay the period's last day
     */
    public static OptionalInt regime(Scenario scenario, int fromDay, int toDay) {
        List<Integer> phases = during(scenario, fromDay, toDay);
        if (phases.isEmpty()) {
            return OptionalInt.empty();
        }
        Phase first = scenario.phases().get(phases.get(0));
        for (int i : phases) {
            Phase p = scenario.phases().get(i);
            if (p.mobility() != first.mobility() || !p.exercise().equals(first.exercise())) {
                return OptionalInt.empty();
            }
        }
        return OptionalInt.of(phases.get(0));
    }
}
