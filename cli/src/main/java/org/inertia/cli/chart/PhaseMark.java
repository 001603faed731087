package org.inertia.cli.chart;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.inertia.cli.output.SafeText;
import org.inertia.sim.scenario.Phase;
import org.inertia.sim.scenario.Scenario;

/**
 * A phase as a chart marks it: a name over the days from {@code startDay} to {@code endDay}.
 *
 * @param name the label
 * @param startDay the day the phase starts (the previous phase's last day)
 * @param endDay the last day of the phase
 */
record PhaseMark(String name, int startDay, int endDay) {

    /** {@return the phases of one scenario} */
    static List<PhaseMark> of(Scenario scenario) {
        List<PhaseMark> marks = new ArrayList<>();
        int[] starts = scenario.phaseStartDays();
        for (int p = 0; p < starts.length; p++) {
            Phase phase = scenario.phases().get(p);
            marks.add(new PhaseMark(SafeText.label(phase.name()), starts[p], starts[p] + phase.days()));
        }
        return marks;
    }

    /**
     * {@return the phases shared by scenarios that change phase on the same days, each named by
     * the distinct names the scenarios give it ("Walking / Cycling"); empty when their phases
     * differ, since one set of marks would then mislabel some lines}
     */
    static List<PhaseMark> common(List<Scenario> scenarios) {
        List<PhaseMark> first = of(scenarios.get(0));
        for (Scenario s : scenarios) {
            List<PhaseMark> marks = of(s);
            if (marks.size() != first.size()) {
                return List.of();
            }
            for (int p = 0; p < marks.size(); p++) {
                if (marks.get(p).startDay != first.get(p).startDay || marks.get(p).endDay != first.get(p).endDay) {
                    return List.of();
                }
            }
        }
        List<PhaseMark> common = new ArrayList<>();
        for (int p = 0; p < first.size(); p++) {
            Set<String> names = new LinkedHashSet<>();
            for (Scenario s : scenarios) {
                names.add(SafeText.label(s.phases().get(p).name()));
            }
            common.add(new PhaseMark(String.join(" / ", names), first.get(p).startDay, first.get(p).endDay));
        }
        return common;
    }
}
