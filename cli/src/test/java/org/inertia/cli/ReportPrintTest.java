package org.inertia.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Both reports printed to PDF by Debian's Chromium, as a clinic would print them (issue 13): on
 * A4, and the patient handout of the three back-pain options on one page. Skipped, like the
 * other browser tests, where {@code /usr/bin/chromium} is missing, unless they are required
 * ({@code inertia.browser.required}).
 */
class ReportPrintTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    /** A4 in PostScript points (210 × 297 mm), as Chromium writes the media box. */
    private static final double A4_WIDTH = 595.28;

    private static final double A4_HEIGHT = 841.89;

    @TempDir
    Path dir;

    @BeforeEach
    void browserIsThere() {
        if (Boolean.getBoolean("inertia.browser.required")) {
            assertThat(Files.isExecutable(CHROMIUM))
                    .as("the browser tests are required here, but Chromium is missing")
                    .isTrue();
        }
        assumeTrue(Files.isExecutable(CHROMIUM), "print test skipped: /usr/bin/chromium is missing");
    }

    @Test
    void theBackPainHandoutPrintsOnOneA4PageAndTheClinicianReportOnA4Issue13() throws Exception {
        Path handout = dir.resolve("handout.html");
        Path report = dir.resolve("report.html");
        Object[] backPain = {
            Cli.SHIPPED.resolve("back-pain-bed-rest-2w.yaml"),
            Cli.SHIPPED.resolve("lumbar-brace-4w.yaml"),
            Cli.SHIPPED.resolve("back-pain-staying-active-4w.yaml")
        };
        assertThat(run(backPain, "-o", handout, "--audience", "patient").exitCode())
                .isZero();
        assertThat(run(backPain, "-o", report).exitCode()).isZero();

        String handoutPdf = print(handout);
        String reportPdf = print(report);

        assertThat(pages(handoutPdf)).isEqualTo(1);
        assertA4(handoutPdf);
        assertThat(pages(reportPdf)).isGreaterThan(3);
        assertA4(reportPdf);
    }

    private static Cli.Result run(Object[] scenarios, Object... options) {
        Object[] args = new Object[1 + scenarios.length + options.length];
        args[0] = "report";
        System.arraycopy(scenarios, 0, args, 1, scenarios.length);
        System.arraycopy(options, 0, args, 1 + scenarios.length, options.length);
        return Cli.run(args);
    }

    /** The PDF Chromium prints of a page, as Latin-1 text (its structure is plain). */
    private String print(Path html) throws IOException, InterruptedException {
        Path pdf = dir.resolve(html.getFileName() + ".pdf");
        Process chromium = new ProcessBuilder(
                        CHROMIUM.toString(),
                        "--headless",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-dev-shm-usage",
                        "--no-pdf-header-footer",
                        "--user-data-dir=" + Files.createTempDirectory(dir, "profile"),
                        "--print-to-pdf=" + pdf,
                        html.toAbsolutePath().toUri().toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("chromium.log").toFile())
                .start();
        assertThat(chromium.waitFor(120, TimeUnit.SECONDS))
                .as("Chromium printed within 2 minutes")
                .isTrue();
        assertThat(pdf).exists();
        return new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
    }

    /** The page count of the page tree's root: the largest /Count of a /Pages node. */
    private static int pages(String pdf) {
        Matcher m = Pattern.compile("/Count (\\d+)").matcher(pdf);
        int most = 0;
        while (m.find()) {
            most = Math.max(most, Integer.parseInt(m.group(1)));
        }
        return most;
    }

    private static void assertA4(String pdf) {
        Matcher m = Pattern.compile("/MediaBox \\[0 0 ([\\d.]+) ([\\d.]+)\\]").matcher(pdf);
        int boxes = 0;
        while (m.find()) {
            assertThat(Double.parseDouble(m.group(1))).isCloseTo(A4_WIDTH, offset(1.0));
            assertThat(Double.parseDouble(m.group(2))).isCloseTo(A4_HEIGHT, offset(1.0));
            boxes++;
        }
        assertThat(boxes).isPositive();
    }
}
