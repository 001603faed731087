package org.inertia.sim.findings;

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
}
