package org.inertia.sim.findings;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.inertia.sim.measure.Measure;
import org.inertia.sim.measure.MuscleGroup;
import org.inertia.sim.measure.Outcome;
import org.inertia.sim.trajectory.MeasureSummary;
import org.inertia.sim.trajectory.Trajectory;

/**
 * What one simulated scenario shows, as numbers a sentence can be made of: how much knee-extensor
 * ("leg") and overall strength are down when the period of disuse ends, whether and when leg
 * strength is back to the recovery threshold afterwards, which muscle group loses most and least
 * strength, and how strength and muscle size of the thigh compare at their lowest.
 *
 * @param trajectory the simulated scenario
 * @param disusePhase the period of disuse ({@link PhaseRoles#disuse}), if any
 * @param recoveryPhase the phase after it ({@link PhaseRoles#recovery}), if any
 * @param referenceDay the day the period of disuse ends, or the last day when there is none
 * @param legChangePercent knee-extensor strength on the reference day minus baseline (pp; negative
 *     is a loss)
 * @param overallChangePercent overall strength on the reference day minus baseline (pp)
 * @param legStrength the summary of knee-extensor strength (lowest, end, recovery threshold)
 * @param daysBackAfterDisuse days from the end of the disuse to the first day leg strength is back
 *     at the threshold (at least 1); empty when it never fell below it or is not back in time
 * @param strengthByGroup every simulated group's strength at its lowest, most loss first
 * @param thighStrengthLossPoints knee-extensor strength loss at its lowest (pp)
 * @param thighMassLossPoints knee-extensor muscle-size loss at its lowest (pp)
 */
public record ScenarioFindings(
        Trajectory trajectory,
        OptionalInt disusePhase,
        OptionalInt recoveryPhase,
        int referenceDay,
        double legChangePercent,
        double overallChangePercent,
        MeasureSummary legStrength,
        OptionalInt daysBackAfterDisuse,
        List<GroupChange> strengthByGroup,
        double thighStrengthLossPoints,
        double thighMassLossPoints) {

    /** Knee-extensor strength, the measure most studies report and the sentences lead with. */
    public static final Measure LEG_STRENGTH = new Measure(Outcome.STRENGTH, MuscleGroup.KNEE_EXTENSORS);

    /**
     * A loss smaller than this (percentage points at the lowest point) is no cost: it rounds to
     * 0 % in a sentence, and is far below what a clinic could measure.
     */
    public static final double NOTICEABLE_LOSS_POINTS = 0.5;

    /** Knee-extensor muscle size. */
    public static final Measure THIGH_MASS = new Measure(Outcome.MASS, MuscleGroup.KNEE_EXTENSORS);

    /**
     * Checks for nulls and copies the list.
     *
     * @param trajectory the simulated scenario
     * @param disusePhase the period of disuse ({@link PhaseRoles#disuse}), if any
     * @param recoveryPhase the phase after it ({@link PhaseRoles#recovery}), if any
     * @param referenceDay the day the period of disuse ends, or the last day when there is none
     * @param legChangePercent knee-extensor strength on the reference day minus baseline (pp; negative is a loss)
     * @param overallChangePercent overall strength on the reference day minus baseline (pp)
     * @param legStrength the summary of knee-extensor strength (lowest, end, recovery threshold)
     * @param daysBackAfterDisuse days from the end of the disuse to the first day leg strength is back at the threshold (at least 1); empty when it never fell below it or is not back in time
     * @param strengthByGroup every simulated group's strength at its lowest, most loss first
     * @param thighStrengthLossPoints knee-extensor strength loss at its lowest (pp)
     * @param thighMassLossPoints knee-extensor muscle-size loss at its lowest (pp)
     */
    public ScenarioFindings {
        Objects.requireNonNull(trajectory, "trajectory");
        Objects.requireNonNull(legStrength, "legStrength");
        strengthByGroup = List.copyOf(strengthByGroup);
    }

    /**
     * {@return the findings of a simulated scenario}
     *
     * @param trajectory the simulated scenario
     */
    public static ScenarioFindings of(Trajectory trajectory) {
        var scenario = trajectory.scenario();
        // Of several episodes of disuse, the story is about the one where overall strength is lowest.
        OptionalInt disuse = PhaseRoles.disuse(
                scenario, trajectory.summary(Measure.OVERALL_STRENGTH).lowestDay());
        int day = disuse.isPresent() ? PhaseRoles.endDay(scenario, disuse.getAsInt()) : scenario.totalDays();
        OptionalInt recovery = disuse.isPresent()
                ? (disuse.getAsInt() + 1 < scenario.phases().size()
                        ? OptionalInt.of(disuse.getAsInt() + 1)
                        : OptionalInt.empty())
                : PhaseRoles.recovery(scenario);
        MeasureSummary leg = trajectory.summary(LEG_STRENGTH);
        OptionalInt back = daysBackAfter(trajectory, leg, day);
        List<GroupChange> groups = MuscleGroup.SIMULATED.stream()
                .map(g -> trajectory.summary(new Measure(Outcome.STRENGTH, g)))
                .map(s -> new GroupChange(s.measure(), s.lowestPercent(), s.lowestDay()))
                .sorted(Comparator.comparingDouble(GroupChange::lowestPercent))
                .toList();
        return new ScenarioFindings(
                trajectory,
                disuse,
                recovery,
                day,
                trajectory.percent(LEG_STRENGTH, day) - 100,
                trajectory.percent(Measure.OVERALL_STRENGTH, day) - 100,
                leg,
                back,
                groups,
                100 - leg.lowestPercent(),
                100 - trajectory.summary(THIGH_MASS).lowestPercent());
    }

    /**
     * Days from {@code day} (the end of the disuse) to the first day the measure is back at the
     * threshold after its lowest point on or after that day; empty when it never fell below the
     * threshold, is not below it after that day, or is not back in time.
     */
    private static OptionalInt daysBackAfter(Trajectory trajectory, MeasureSummary summary, int day) {
        if (!summary.fellBelowThreshold()) {
            return OptionalInt.empty();
        }
        if (summary.lowestDay() >= day) {
            return summary.recoveryDay().isPresent()
                    ? OptionalInt.of(Math.max(1, summary.recoveryDay().getAsInt() - day))
                    : OptionalInt.empty();
        }
        // The lowest point is in an earlier episode: recovery is counted from this episode's own
        // low, by the same rule, on the days from the end of the disuse.
        Measure m = summary.measure();
        double[] after = new double[trajectory.lastDay() - day + 1];
        for (int d = day; d <= trajectory.lastDay(); d++) {
            after[d - day] = trajectory.percent(m, d);
        }
        MeasureSummary.Scan scan = new MeasureSummary.Scan(summary.recoveryThresholdPercent()).read(after);
        return scan.recovered() ? OptionalInt.of(Math.max(1, scan.recoveryDay())) : OptionalInt.empty();
    }

    private static int lowestDayFrom(Trajectory trajectory, Measure m, int day) {
        int lowest = day;
        for (int d = day + 1; d <= trajectory.lastDay(); d++) {
            if (trajectory.percent(m, d) < trajectory.percent(m, lowest)) {
                lowest = d;
            }
        }
        return lowest;
    }

    /**
     * {@return the measure a sentence about this scenario leads with: knee-extensor ("leg")
     * strength, which most studies report, unless it hardly changes (under {@link
     * #NOTICEABLE_LOSS_POINTS} at the end of the disuse and at its lowest) while another group
     * loses noticeably; then the strength of the group that loses most (the back, for a brace)}
     */
    public Measure lead() {
        boolean legHardlyChanges =
                Math.abs(legChangePercent) < NOTICEABLE_LOSS_POINTS && thighStrengthLossPoints < NOTICEABLE_LOSS_POINTS;
        GroupChange most = mostLoss();
        return legHardlyChanges && most.lossPoints() >= NOTICEABLE_LOSS_POINTS ? most.measure() : LEG_STRENGTH;
    }

    /** {@return the lead measure on the reference day minus baseline (pp; negative is a loss)} */
    public double leadChangePercent() {
        Measure lead = lead();
        return lead.equals(LEG_STRENGTH) ? legChangePercent : trajectory.percent(lead, referenceDay) - 100;
    }

    /** {@return the summary of the lead measure (lowest, end, recovery threshold)} */
    public MeasureSummary leadSummary() {
        Measure lead = lead();
        return lead.equals(LEG_STRENGTH) ? legStrength : trajectory.summary(lead);
    }

    /**
     * {@return days from the end of the disuse to the first day the lead measure is back at the
     * threshold (at least 1); empty when it never fell below it or is not back in time}
     */
    public OptionalInt leadDaysBackAfterDisuse() {
        return lead().equals(LEG_STRENGTH)
                ? daysBackAfterDisuse
                : daysBackAfter(trajectory, leadSummary(), referenceDay);
    }

    /**
     * {@return the groups that lose at least {@link #NOTICEABLE_LOSS_POINTS} of strength at their
     * lowest point, most loss first; empty when the scenario costs no strength anywhere}
     */
    public List<GroupChange> groupsThatLose() {
        return strengthByGroup.stream()
                .filter(g -> g.lossPoints() >= NOTICEABLE_LOSS_POINTS)
                .toList();
    }

    /** {@return whether no group loses {@link #NOTICEABLE_LOSS_POINTS} or more of strength} */
    public boolean costsNothing() {
        return groupsThatLose().isEmpty();
    }

    /** {@return the group that loses most strength at its lowest point} */
    public GroupChange mostLoss() {
        return strengthByGroup.get(0);
    }

    /** {@return the group that loses least strength at its lowest point} */
    public GroupChange leastLoss() {
        return strengthByGroup.get(strengthByGroup.size() - 1);
    }

    /**
     * {@return how many times further thigh strength falls than thigh muscle size at their lowest;
     * empty when strength hardly falls (under 2 pp) or falls no more than 1.5 times as far, the
     * case in which "strength falls faster than size" is not worth saying}
     */
    public OptionalDouble strengthOutpacesSize() {
        double ratio = thighStrengthLossPoints / Math.max(thighMassLossPoints, 0.1);
        return thighStrengthLossPoints >= 2 && ratio > 1.5 ? OptionalDouble.of(ratio) : OptionalDouble.empty();
    }

    /** {@return leg strength below baseline on the last day (pp); 0 or less when it is not below} */
    public double legDeficitAtEndPoints() {
        return 100 - legStrength.endPercent();
    }

    /**
     * {@return the first day the lead measure is at its lowest on or after the end of the disuse:
     * later than {@link #referenceDay} when it keeps falling after the disuse ends (a week in
     * intensive care, then a week on the ward)}
     */
    public int leadLowestDayAfterDisuse() {
        return lowestDayFrom(trajectory, lead(), referenceDay);
    }

    /**
     * {@return the phase whose regime (mobility and exercise) holds from the day after {@code
     * fromDay} to {@code toDay}; empty when the regime changes within that period ({@link
     * PhaseRoles#regime})}
     *
     * @param fromDay the day before the period
     * @param toDay the period's last day
     */
    public OptionalInt regime(int fromDay, int toDay) {
        return PhaseRoles.regime(trajectory.scenario(), fromDay, toDay);
    }

    /**
     * {@return the first phase of each episode of disuse before the one described ({@link
     * #disusePhase}), in order; empty when it is the first or the only one}
     */
    public List<Integer> earlierEpisodes() {
        int described = disusePhase.orElse(-1);
        return PhaseRoles.episodes(trajectory.scenario()).stream()
                .filter(i -> i < described)
                .toList();
    }

    /**
     * {@return every simulated group's strength on the reference day (the end of the disuse the
     * sentence describes), most loss first; each as a {@link GroupChange} whose day is the
     * reference day}
     */
    public List<GroupChange> strengthOnReferenceDay() {
        return MuscleGroup.SIMULATED.stream()
                .map(g -> new Measure(Outcome.STRENGTH, g))
                .map(m -> new GroupChange(m, trajectory.percent(m, referenceDay), referenceDay))
                .sorted(Comparator.comparingDouble(GroupChange::lowestPercent))
                .toList();
    }

    /**
     * {@return the groups at least {@link #NOTICEABLE_LOSS_POINTS} below baseline on the reference
     * day, most loss first: what "after the disuse, these muscles are weaker" may name. A group
     * that lost strength only in another episode, or is still above baseline from training before
     * the disuse, is not among them}
     */
    public List<GroupChange> groupsDownOnReferenceDay() {
        return strengthOnReferenceDay().stream()
                .filter(g -> g.lossPoints() >= NOTICEABLE_LOSS_POINTS)
                .toList();
    }
}
