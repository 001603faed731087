package org.inertia.cli.words;

import org.inertia.cli.output.NumberText;
import org.inertia.sim.scenario.Activity;
import org.inertia.sim.scenario.Condition;
import org.inertia.sim.scenario.Exercise;
import org.inertia.sim.scenario.Fitness;
import org.inertia.sim.scenario.Intensity;
import org.inertia.sim.scenario.Mobility;
import org.inertia.sim.scenario.Phase;

/**
 * The vocabulary of the sentences: durations, periods of disuse, exercise prescriptions and
 * activities in words, as a person would say them.
 */
public final class Words {

    private Words() {}

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
            case LIMB_SUSPENSION -> time + " on crutches, one leg off the ground";
            case LUMBAR_BRACE -> time + " in a lumbar brace";
            case SEDENTARY -> time + " of very little walking";
            case NORMAL -> time + " of ordinary activity";
        };
    }

    /** What the recovery phase brings: its first exercise, else its mobility. */
    static String afterwards(Phase phase) {
        if (!phase.exercise().isEmpty()) {
            String first = exercise(phase.exercise().get(0));
            return phase.exercise().size() > 1 ? first + " (and more exercise)" : first;
        }
        return switch (phase.mobility()) {
            case NORMAL -> "ordinary daily activity";
            case SEDENTARY -> "very little walking";
            case BED_REST -> "more bed rest";
            case LEG_CAST -> "the leg still in a cast";
            case LIMB_SUSPENSION -> "the leg still off the ground";
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
        String minutes = NumberText.plain(exercise.minutesPerSession());
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

    /**
     * {@return a label inside a sentence: its first letter in lower case ("Aerobic capacity
     * (VO2max)" becomes "aerobic capacity (VO2max)")}
     *
     * @param label a label that starts a sentence or a heading
     */
    public static String inSentence(String label) {
        return label.isEmpty() ? label : Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }
    /**
     * {@return a person's condition in words: "healthy", "critically ill (in intensive care)"}
     *
     * @param condition the condition
     */
    public static String condition(Condition condition) {
        return switch (condition) {
            case HEALTHY -> "healthy";
            case CRITICAL_ILLNESS -> "critically ill (in intensive care)";
            case ACUTE_ILLNESS -> "acutely ill (in hospital)";
            case SURGERY -> "after surgery or a fracture";
        };
    }

    /**
     * {@return a training status in words: "untrained", "regularly active", "trained"}
     *
     * @param fitness the training status
     */
    public static String fitness(Fitness fitness) {
        return switch (fitness) {
            case UNTRAINED -> "untrained";
            case ACTIVE -> "regularly active";
            case TRAINED -> "trained";
        };
    }

    /**
     * {@return a condition in two words, for a chart legend: "critically ill", "healthy"}
     *
     * @param condition the condition
     */
    public static String conditionBrief(Condition condition) {
        return switch (condition) {
            case HEALTHY -> "healthy";
            case CRITICAL_ILLNESS -> "critically ill";
            case ACUTE_ILLNESS -> "acutely ill";
            case SURGERY -> "after surgery";
        };
    }
}
