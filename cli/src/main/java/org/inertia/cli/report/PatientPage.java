package org.inertia.cli.report;

import java.util.List;

/**
 * What the patient handout (handout.jte) shows, as plain text that the template escapes; only the
 * style sheet and the chart's SVG are written as they are.
 *
 * @param title the title; from the user or made from the scenarios
 * @param style the style sheet (handout.css)
 * @param intro what the sheet is, in a few short sentences
 * @param choicesHeading "The choices", or "The plan" for one scenario
 * @param choices each option in words
 * @param chartHeading what the chart shows: "Back muscle strength, day by day"
 * @param chart the one chart
 * @param chartNote how to read it
 * @param comparison how the options compare on the chart's measure; empty for one option
 * @param advice what to do
 * @param certainty how sure the figures are
 * @param version the version of Inertia
 */
record PatientPage(
        String title,
        String style,
        List<String> intro,
        String choicesHeading,
        List<Choice> choices,
        String chartHeading,
        Chart chart,
        String chartNote,
        List<String> comparison,
        List<String> advice,
        List<String> certainty,
        String version) {

    PatientPage {
        intro = List.copyOf(intro);
        choices = List.copyOf(choices);
        comparison = List.copyOf(comparison);
        advice = List.copyOf(advice);
        certainty = List.copyOf(certainty);
    }

    /**
     * One option.
     *
     * @param name its name, from the scenario
     * @param plan what it is, in everyday words
     * @param effect what it does to the muscles
     */
    record Choice(String name, String plan, String effect) {}
}
