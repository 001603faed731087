package org.inertia.cli.serve;

import java.util.Locale;
import java.util.OptionalInt;
import org.inertia.cli.output.TerminalText;
import org.inertia.sim.measure.Measure;
import org.inertia.sim.measure.MuscleGroup;
import org.inertia.sim.measure.Outcome;
import org.inertia.sim.scenario.Activity;
import org.inertia.sim.scenario.Condition;
import org.inertia.sim.scenario.Exercise;
import org.inertia.sim.scenario.Intensity;
import org.inertia.sim.scenario.Mobility;
import org.inertia.sim.scenario.Phase;
import org.inertia.sim.scenario.Scenario;
import org.inertia.sim.trajectory.MeasureSummary;
import org.inertia.sim.trajectory.Trajectory;

/**
 * A simulated scenario in one plain sentence, for a class or a patient: how much leg strength
 * (the knee extensors, the group most studies measure) and overall strength are down at the end
 * of the period of disuse, and whether and when leg strength is back within 5 % of baseline
 * afterwards, with what exercise. For example: "After 7 days in bed, leg strength is about 9%
 * lower (overall strength about 7% lower); with 30 minutes of moderate walking a day it is back
 * within 5% of baseline after 6 days."
 *
 * <p>The period of disuse is the scenario's first phase whose mobility is not normal, and the
 * recovery the phase after it ({@link ScenarioControls#disusePhase}, {@link
 * ScenarioControls#recoveryPhase}). Figures are rounded to whole percent: the model is an
 * estimate for an average person, and the sentence should not claim more.
 */
public final class Reading {

    private static final Measure LEG = new Measure(Outcome.STRENGTH, MuscleGroup.KNEE_EXTENSORS);

    private Reading() {}

    /**
     * {@return the sentence for a simulated scenario}
     *
     * @param trajectory the simulated scenario
     */
    public static String of(Trajectory trajectory) {
        Scenario scenario = trajectory.scenario();
        OptionalInt disuse = ScenarioControls.disusePhase(scenario);
        int[] starts = scenario.phaseStartDays();
        StringBuilder sb = new StringBuilder();
        int afterDay;
        if (disuse.isPresent()) {
            Phase phase = scenario.phases().get(disuse.getAsInt());
            afterDay = starts[disuse.getAsInt()] + phase.days();
            sb.append("After ").append(disuse(phase.days(), phase.mobility()));
            if (scenario.subject().condition() == Condition.CRITICAL_ILLNESS) {
                sb.append(" in intensive care");
            }
        } else {
            afterDay = scenario.totalDays();
            sb.append("Over ").append(duration(afterDay)).append(" of ordinary activity");
        }
        sb.append(", ").append(change(trajectory, afterDay));

        MeasureSummary leg = trajectory.summary(LEG);
        double threshold = leg.recoveryThresholdPercent();
        String within = whole(100 - threshold) + "% of baseline";
        OptionalInt recovery = ScenarioControls.recoveryPhase(scenario);
        if (!leg.fellBelowThreshold()) {
            sb.append("; it never falls more than ")
                    .append(whole(100 - threshold))
                    .append("% below baseline");
        } else if (disuse.isPresent() && recovery.isPresent()) {
            sb.append("; with ").append(afterwards(scenario.phases().get(recovery.getAsInt())));
            if (leg.recoveryDay().isPresent()) {
                int days = Math.max(1, leg.recoveryDay().getAsInt() - afterDay);
                sb.append(" it is back within ")
                        .append(within)
                        .append(" after ")
                        .append(duration(days));
            } else {
                double down = 100 - leg.endPercent();
                sb.append(" it is still about ")
                        .append(whole(down))
                        .append("% lower ")
                        .append(duration(scenario.totalDays() - afterDay))
                        .append(" later");
            }
        }
        return TerminalText.oneLine(sb.append('.').toString());
    }

    /** "leg strength is about 9% lower (overall strength about 6% lower)" on a given day. */
    private static String change(Trajectory trajectory, int day) {
        double leg = 100 - trajectory.percent(LEG, day);
        double overall = 100 - trajectory.percent(Measure.OVERALL_STRENGTH, day);
        String legWords = amount("leg strength", leg);
        if (Math.round(overall) == 0) {
            return Math.round(leg) == 0 ? legWords : legWords + " (overall strength has hardly changed)";
        }
        return legWords + " (overall strength about " + whole(Math.abs(overall)) + "% "
                + (overall > 0 ? "lower" : "higher") + ")";
    }

    /** "leg strength is about 9% lower", "... higher", or "... has hardly changed". */
    private static String amount(String what, double lossPercent) {
        if (Math.round(lossPercent) == 0) {
            return what + " has hardly changed";
        }
        return what + " is about " + whole(Math.abs(lossPercent)) + "% " + (lossPercent > 0 ? "lower" : "higher");
    }

    /**
     * {@return a period of disuse in words: "7 days in bed", "2 weeks in a leg cast"}
     *
     * @param days its length (d)
     * @param mobility the mobility during it
     */
    public static String disuse(int days, Mobility mobility) {
        String time = duration(days);
        return switch (mobility) {
            case BED_REST -> time + " in bed";
            case LEG_CAST -> time + " in a leg cast";
            case LUMBAR_BRACE -> time + " in a lumbar brace";
            case SEDENTARY -> time + " of very little walking";
            case NORMAL -> time + " of ordinary activity";
        };
    }

    /** What the recovery phase brings: its first exercise, else its mobility. */
    private static String afterwards(Phase phase) {
        if (!phase.exercise().isEmpty()) {
            String first = exercise(phase.exercise().get(0));
            return phase.exercise().size() > 1 ? first + " (and more exercise)" : first;
        }
        return switch (phase.mobility()) {
            case NORMAL -> "ordinary daily activity";
            case SEDENTARY -> "very little walking";
            case BED_REST -> "more bed rest";
            case LEG_CAST -> "the leg still in a cast";
            case LUMBAR_BRACE -> "the brace still on";
        };
    }

    /**
     * {@return an exercise prescription in words: "30 minutes of moderate walking a day",
     * "45 minutes of moderate aquatic exercise 3 times a week", "15 minutes of light walking
     * twice a day"}
     *
     * @param exercise the prescription
     */
    public static String exercise(Exercise exercise) {
        String minutes = number(exercise.minutesPerSession());
        String what = minutes + (minutes.equals("1") ? " minute of " : " minutes of ") + intensity(exercise.intensity())
                + " " + activity(exercise.activity());
        int perWeek = exercise.sessionsPerWeek();
        if (perWeek == 7) {
            return what + " a day";
        }
        if (perWeek == 14) {
            return what + " twice a day";
        }
        return what + (perWeek == 1 ? " once a week" : " " + perWeek + " times a week");
    }

    /**
     * {@return an activity as a noun: walking, cycling, aquatic exercise, resistance training}
     *
     * @param activity the activity
     */
    public static String activity(Activity activity) {
        return switch (activity) {
            case WALKING -> "walking";
            case CYCLING -> "cycling";
            case AQUATIC -> "aquatic exercise";
            case RESISTANCE -> "resistance training";
        };
    }

    private static String intensity(Intensity intensity) {
        return intensity.keyword();
    }

    /**
     * {@return a number of days as a person would say it: "1 day", "10 days", "3 weeks", "about 5
     * weeks", "about 4 months"}
     *
     * @param days the number of days
     */
    public static String duration(int days) {
        if (days == 1) {
            return "1 day";
        }
        if (days >= 14 && days % 7 == 0 && days <= 98) {
            return days / 7 + " weeks";
        }
        if (days < 28) {
            return days + " days";
        }
        if (days < 120) {
            return "about " + Math.round(days / 7.0) + " weeks";
        }
        if (days < 730) {
            return "about " + Math.round(days / 30.44) + " months";
        }
        return "about " + Math.round(days / 365.25) + " years";
    }

    /** A whole percentage: "9". */
    private static String whole(double percent) {
        return Long.toString(Math.round(percent));
    }

    /** A number of minutes as written: "30", "12.5". */
    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }
}
