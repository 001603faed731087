package org.inertia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.inertia.sim.evidence.EvidenceRow;
import org.inertia.sim.evidence.EvidenceSet;
import org.inertia.sim.parameters.Parameter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code inertia report}: one self-contained, printable HTML file (issue 7). */
class ReportCommandTest {

    @TempDir
    Path dir;

    @Test
    void writesOneSelfContainedPageWithChartsTablesAndTheEvidence() throws IOException {
        Path html = dir.resolve("report.html");
        Path walk = Cli.fixture("rest-then-walk.yaml");
        Path rest = Cli.fixture("rest-only.yaml");

        Cli.Result r = Cli.run("report", walk, rest, "-o", html);

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.outLines()).containsExactly("Wrote " + html);
        String page = Files.readString(html);
        assertThat(page)
                .startsWith("<!doctype html>")
                .endsWith("</html>\n")
                .contains("<title>Inertia report: 2 scenarios compared</title>", "@media print")
                .contains("<h3>Rest, \"then\" walk</h3>", "Rest, no exercise")
                .contains(
                        "A 40-year-old man, healthy.",
                        "Days 0\u20137, Bed rest (7 days)",
                        "30 minutes of moderate walking a day")
                .contains("What this means", "The evidence behind the defaults", "The model's parameters")
                .contains("Fitness and bone", "Aerobic capacity (VO2max)", "Bone density, total hip");
        // Comparison chart, and per scenario a muscle-group chart and a fitness-and-bone chart, inline, ids kept apart.
        assertThat(count(page, "<svg ")).isEqualTo(5);
        assertThat(page).contains("id=\"chart1-clip", "id=\"chart5-clip").doesNotContain("<?xml", "<!DOCTYPE svg");
        // Nothing to fetch, nothing to run.
        assertThat(page)
                .doesNotContain("<script", "<link", "src=\"http", "@import", "url(http")
                .contains("Content-Security-Policy\" content=\"default-src 'none'");
        // The same figures as inertia compare prints.
        Cli.Result compare = Cli.run("compare", walk, rest);
        String row = compare.outLines().get(3);
        for (String cell : row.split(" {2,}")) {
            assertThat(page).contains("<td>" + text(cell) + "</td>");
        }
    }

    @Test
    void citesEveryStudyAndEveryParameterSource() throws IOException {
        Path html = dir.resolve("report.html");

        assertThat(Cli.run("report", Cli.fixture("rest-then-walk.yaml"), "-o", html)
                        .exitCode())
                .isZero();

        String page = Files.readString(html);
        for (EvidenceRow row : EvidenceSet.builtIn().rows()) {
            assertThat(page).contains(text(row.reference().isEmpty() ? row.study() : row.reference()));
        }
        for (Parameter p : Parameter.values()) {
            assertThat(page).contains("<code>" + p.key() + "</code>", text(p.source()));
        }
        assertThat(page).containsPattern("mean absolute error is \\d+\\.\\d percentage points");
    }

    @Test
    void everyUserStringIsEscaped() throws IOException {
        Path scenario = dir.resolve("hostile.yaml");
        Files.writeString(
                scenario,
                Files.readString(Cli.fixture("rest-then-walk.yaml"))
                        .replace("name: 'Rest, \"then\" walk'", "name: \"<script>alert(1)</script>\"")
                        .replace(
                                "description: A week in bed, then two weeks of daily walks.",
                                "description: \"<img src=x onerror=alert(2)> & co\"")
                        .replace("name: Bed rest", "name: \"</text><script>alert(3)</script>\""));
        Path html = dir.resolve("report.html");

        Cli.Result blank = Cli.run("report", scenario, "-o", html, "--title", "  ");
        assertThat(blank.exitCode()).isEqualTo(2);
        assertThat(blank.errLines().get(0))
                .isEqualTo("inertia: --title: the title is empty; give some text, or leave"
                        + " --title out for the default");
        assertThat(html).doesNotExist();

        Cli.Result r = Cli.run("report", scenario, "-o", html, "--title", "<b>Ward 3</b>");

        assertThat(r.exitCode()).as(r.err()).isZero();
        String page = Files.readString(html);
        assertThat(page)
                .doesNotContain("<script", "<img", "<b>Ward")
                .contains(
                        "<title>&lt;b&gt;Ward 3&lt;/b&gt;</title>",
                        "&lt;script&gt;alert(1)&lt;/script&gt;",
                        "&lt;img src=x onerror=alert(2)&gt; &amp; co");
    }

    @Test
    void aBadScenarioExitsTwoAndWritesNothing() {
        Path html = dir.resolve("report.html");
        Path bad = Cli.bad("two-mistakes.yaml");

        Cli.Result r = Cli.run("report", Cli.fixture("rest-then-walk.yaml"), bad, "-o", html);

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.errLines().get(0)).isEqualTo(bad + ":7:11: phases[0].days: must be between 1 and 3650 (was -3)");
        assertThat(html).doesNotExist();
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void theOutputMustBeAnHtmlFileInAnExistingDirectoryAndNotAScenario() throws IOException {
        Path walk = dir.resolve("walk.html");
        Files.copy(Cli.fixture("rest-then-walk.yaml"), walk);

        assertThat(Cli.run("report", Cli.fixture("rest-then-walk.yaml"), "-o", dir.resolve("report.pdf"))
                        .errLines()
                        .get(0))
                .endsWith("the report is an HTML file; name it \u2026.html");
        assertThat(Cli.run("report", Cli.fixture("rest-then-walk.yaml"), "-o", dir.resolve("no/such/dir/r.html"))
                        .exitCode())
                .isEqualTo(2);
        Cli.Result self = Cli.run("report", walk, "-o", walk);
        assertThat(self.exitCode()).isEqualTo(2);
        assertThat(self.err()).contains("it would be overwritten");
        assertThat(Cli.run("report", Cli.fixture("rest-then-walk.yaml")).exitCode())
                .isEqualTo(2);
    }

    @Test
    void aPatientHandoutOfDifferentPeopleIsRefusedWithAHint() {
        Path html = dir.resolve("handout.html");

        Cli.Result r = Cli.run(
                "report",
                Cli.SHIPPED.resolve("older-patient-grip-kg.yaml"),
                Cli.SHIPPED.resolve("bed-rest-7d-then-walking.yaml"),
                Cli.SHIPPED.resolve("icu-week.yaml"),
                "-o",
                html,
                "--audience",
                "patient");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("a handout compares options for one person");
        assertThat(html).doesNotExist();
    }

    @Test
    void thePatientHandoutIsOnePrintablePageOfPlainWordsIssue13() throws IOException {
        Path html = dir.resolve("handout.html");

        Cli.Result r = Cli.run(
                "report",
                Cli.SHIPPED.resolve("back-pain-bed-rest-2w.yaml"),
                Cli.SHIPPED.resolve("lumbar-brace-4w.yaml"),
                Cli.SHIPPED.resolve("back-pain-staying-active-4w.yaml"),
                "-o",
                html,
                "--audience",
                "patient");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.outLines()).containsExactly("Wrote " + html);
        String page = Files.readString(html);
        assertThat(page)
                .contains("<title>Your muscles: 3 choices compared</title>", "@page { size: A4")
                .contains("Talk to your physiotherapist or doctor")
                // The trunk group the brace costs more: the back or the abdominals, within the model's uncertainty.
                .containsAnyOf(
                        "<h2>Back muscle strength, day by day</h2>", "<h2>Stomach muscle strength, day by day</h2>")
                .doesNotContain("The evidence behind the defaults", "<table", "<script")
                .contains("Content-Security-Policy\" content=\"default-src 'none'");
        assertThat(count(page, "<svg ")).isEqualTo(1);
        // --measure chooses the chart; the clinician report is the default and prints on A4 too.
        assertThat(Cli.run(
                                "report",
                                Cli.SHIPPED.resolve("lumbar-brace-4w.yaml"),
                                "-o",
                                html,
                                "--audience",
                                "patient",
                                "-m",
                                "strength.knee_extensors")
                        .exitCode())
                .isZero();
        assertThat(Files.readString(html)).contains("<h2>Leg muscle strength, day by day</h2>");
        assertThat(Cli.run("report", Cli.fixture("rest-then-walk.yaml"), "-o", html, "--audience", "clinician")
                        .exitCode())
                .isZero();
        assertThat(Files.readString(html)).contains("The evidence behind the defaults", "@page { size: A4");
    }

    @Test
    void anUnknownAudienceOrBandsForAPatientExitTwoWithAHintAndWriteNothingIssue13() {
        Path html = dir.resolve("handout.html");

        Cli.Result nurse = Cli.run("report", Cli.fixture("rest-then-walk.yaml"), "-o", html, "--audience", "nurse");
        Cli.Result bands = Cli.run(
                "report", Cli.fixture("rest-then-walk.yaml"), "-o", html, "--audience", "patient", "--uncertainty");

        assertThat(nurse.exitCode()).isEqualTo(2);
        assertThat(nurse.errLines())
                .containsExactly(
                        "inertia: Invalid value for option '--audience': unknown audience 'nurse' (allowed: clinician,"
                                + " patient)",
                        "Try 'inertia report --help' for more information.");
        assertThat(bands.exitCode()).isEqualTo(2);
        assertThat(bands.errLines().get(0)).contains("--audience patient", "--uncertainty");
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void theClinicianReportComparesAerobicCapacityOrBoneTheHandoutRefusesThemWithAHintIssue16() throws IOException {
        Path html = dir.resolve("fitness.html");
        Path walk = Cli.fixture("rest-then-walk.yaml");
        Path rest = Cli.fixture("rest-only.yaml");

        Cli.Result r = Cli.run("report", walk, rest, "-o", html, "--measure", "vo2max");

        assertThat(r.exitCode()).as(r.err()).isZero();
        String page = Files.readString(html);
        assertThat(page).contains("<h2>Aerobic capacity (VO2max), % of baseline</h2>", "The comparison is of aerobic");
        // The comparison table holds the figures inertia compare prints for the same measure.
        Cli.Result compare = Cli.run("compare", walk, rest, "--measure", "vo2max");
        for (String line : compare.outLines().subList(3, 5)) {
            for (String cell : line.split(" {2,}")) {
                assertThat(page).contains("<td>" + text(cell) + "</td>");
            }
        }
        // What this means stays on muscle; fitness is said once, in its own section.
        assertThat(count(page, "Aerobic capacity (VO2max): ")).isEqualTo(1);
        assertThat(page).contains("Overall strength: ");

        Path handout = dir.resolve("handout.html");
        Cli.Result patient =
                Cli.run("report", walk, rest, "-o", handout, "--measure", "vo2max", "--audience", "patient");
        assertThat(patient.exitCode()).isEqualTo(2);
        assertThat(patient.errLines().get(0))
                .startsWith("inertia: --measure vo2max: the patient handout charts muscle")
                .contains("clinician report");
        assertThat(handout).doesNotExist();
    }

    /** Text as HTML text content holds it: the three characters that could start markup escaped. */
    static String text(String plain) {
        return plain.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static int count(String text, String needle) {
        Matcher m = Pattern.compile(Pattern.quote(needle)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
