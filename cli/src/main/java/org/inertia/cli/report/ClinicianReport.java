package org.inertia.cli.report;

import java.util.List;
import org.inertia.cli.output.SummaryCells;

/**
 * What the clinician report (report.jte) shows, as plain text: every string here is text, never
 * HTML, and the template escapes it; only the style sheet and the charts' SVG are written as they
 * are.
 *
 * @param title the title; from the user
 * @param style the style sheet (report.css)
 * @param lede the line under the title
 * @param scenarios each scenario in words
 * @param domain where the scenarios leave what the studies cover; empty for no such section
 * @param comparison the comparison chart and table
 * @param groups each scenario's muscle groups, chart and table
 * @param wholeBodyNote what the fitness and bone section shows, and how far to trust it
 * @param wholeBody each scenario's aerobic capacity and bone density, chart and table
 * @param wholeBodyMeaning what the scenarios do to aerobic capacity and hip bone density, in words
 * @param meaning the points "what this means" makes
 * @param evidence the evidence behind the default model
 * @param version the version of Inertia
 */
record ClinicianReport(
        String title,
        String style,
        String lede,
        List<ScenarioText> scenarios,
        List<String> domain,
        Comparison comparison,
        List<GroupCharts> groups,
        String wholeBodyNote,
        List<GroupCharts> wholeBody,
        List<String> wholeBodyMeaning,
        List<String> meaning,
        Evidence evidence,
        String version) {

    ClinicianReport {
        scenarios = List.copyOf(scenarios);
        domain = List.copyOf(domain);
        groups = List.copyOf(groups);
        wholeBody = List.copyOf(wholeBody);
        wholeBodyMeaning = List.copyOf(wholeBodyMeaning);
        meaning = List.copyOf(meaning);
    }

    /**
     * A scenario in words.
     *
     * @param name its name
     * @param description its description; empty for none
     * @param situation who and how long: "A 40-year-old man, healthy. 8 weeks in all, in 2 phases:"
     * @param phases each phase in one line
     * @param model the model it is simulated with, when not the default; empty otherwise
     * @param reading what it shows, in one sentence
     */
    record ScenarioText(
            String name, String description, String situation, List<String> phases, String model, String reading) {

        ScenarioText {
            phases = List.copyOf(phases);
        }
    }

    /**
     * The scenarios compared on one measure.
     *
     * @param heading the section's heading: the measure
     * @param chart the chart
     * @param table the summary table
     * @param note how to read the table
     */
    record Comparison(String heading, Chart chart, SummaryCells table, String note) {}

    /**
     * One scenario's muscle groups.
     *
     * @param name the scenario's name
     * @param chart every group's strength by day
     * @param table every group's summary
     */
    record GroupCharts(String name, Chart chart, SummaryCells table) {}

    /**
     * The evidence behind the default model.
     *
     * @param summary what it is and how far the model is from it, in one paragraph
     * @param categories the model's error by kind of study
     * @param references the studies, each paper once
     * @param parameters the default model's parameters
     */
    record Evidence(
            String summary, List<Category> categories, List<Reference> references, List<ParameterRow> parameters) {

        Evidence {
            categories = List.copyOf(categories);
            references = List.copyOf(references);
            parameters = List.copyOf(parameters);
        }
    }

    /**
     * The model's error on one kind of study.
     *
     * @param kind the kind of study
     * @param figures how many published figures
     * @param meanAbsoluteError the mean absolute error (pp)
     * @param rootMeanSquareError the root mean square error (pp)
     * @param withinSpread "x of y" within the published spread, or a dash
     */
    record Category(
            String kind, String figures, String meanAbsoluteError, String rootMeanSquareError, String withinSpread) {}

    /**
     * A published study.
     *
     * @param text the reference
     * @param identifier its DOI or PMID; empty for none
     * @param design the study's design
     */
    record Reference(String text, String identifier, String design) {}

    /**
     * A model parameter.
     *
     * @param key its name in scenario files
     * @param value its default value
     * @param unit its unit
     * @param description what it is
     * @param source where its value comes from
     */
    record ParameterRow(String key, String value, String unit, String description, String source) {}
}
