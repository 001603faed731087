package org.inertia.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import gg.jte.output.StringOutput;
import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.inertia.sim.evidence.EvidenceSet;
import org.inertia.sim.measure.Measure;
import org.inertia.sim.model.Simulator;
import org.inertia.sim.scenario.Condition;
import org.inertia.sim.scenario.Mobility;
import org.inertia.sim.scenario.Phase;
import org.inertia.sim.scenario.Scenario;
import org.inertia.sim.scenario.Sex;
import org.inertia.sim.scenario.Subject;
import org.inertia.sim.trajectory.Trajectory;
import org.junit.jupiter.api.Test;

/** The report's templates escape every value, in text and in attributes, with nothing escaped by hand (issue 14). */
class TemplatesTest {

    private static final String HOSTILE = "<script>alert('x')</script> \"quoted\" & \u0000nul \u001besc \u0085nel";

    private static Trajectory simulate(String name, String phaseName) {
        return Simulator.exact()
                .simulate(Scenario.of(
                        name,
                        new Subject(45, Sex.FEMALE, Condition.HEALTHY),
                        List.of(
                                new Phase(phaseName, 7, Mobility.BED_REST, List.of()),
                                new Phase("Home", 14, Mobility.NORMAL, List.of()))));
    }

    @Test
    void hostileNamesAndTitlesAreEscapedByTheTemplateIssue14() throws IOException {
        String page = HtmlReport.of(
                HOSTILE,
                List.of(simulate(HOSTILE, "</text><script>alert(3)</script>"), simulate("Plain", "Bed rest")),
                Measure.OVERALL_STRENGTH,
                EvidenceSet.builtIn(),
                "1.0 <b>");

        assertThat(page).doesNotContain("<script", "<b>", "\u0000", "\u001b", "\u0085");
        // In text: the characters that start markup are escaped, controls replaced by U+FFFD.
        assertThat(page)
                .contains("<title>&lt;script&gt;alert('x')&lt;/script&gt; \"quoted\" &amp; \uFFFDnul \uFFFDesc"
                        + " \uFFFDnel</title>")
                .contains("<h3>&lt;script&gt;alert('x')&lt;/script&gt; \"quoted\" &amp; \uFFFDnul")
                .contains("Made with Inertia 1.0 &lt;b&gt;.");
        // In an attribute (each chart's aria-label names its scenario): quotes escaped too, so the
        // value cannot end early.
        Matcher labels =
                Pattern.compile("<svg aria-label=\"([^\"]*)\" role=\"img\" ").matcher(page);
        int n = 0;
        while (labels.find()) {
            assertThat(labels.group(1)).doesNotContain("<", "'");
            n++;
        }
        // The comparison, and per scenario its muscle groups and its fitness and bone.
        assertThat(n).isEqualTo(5);
        assertThat(page)
                .contains("aria-label=\"Strength of each muscle group by day: &lt;script>alert(&#39;x&#39;)&lt;/script>"
                        + " &#34;quoted&#34; &amp; \uFFFDnul");
    }

    @Test
    void theOutputReplacesWhatHtmlDoesNotAllowBeforeEscaping() {
        StringOutput text = new StringOutput();
        SafeHtmlOutput out = new SafeHtmlOutput(text);

        out.writeUserContent("a\u0000b\u001bc\u007fd\u0085e\uFFFEf\uD800g\th\ni<j>&k \u00e9\u2013\uD83D\uDCAA");

        assertThat(text.toString())
                .isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf\uFFFDg\th\ni&lt;j&gt;&amp;k \u00e9\u2013\uD83D\uDCAA");
    }

    @Test
    void theStyleSheetsAreResources() {
        assertThat(Templates.style("report.css")).contains("@media print", "@page");
    }
}
