package org.inertia.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.inertia.cli.serve.ClassroomServer;
import org.inertia.sim.scenario.Scenario;
import org.inertia.sim.scenario.io.ScenarioReader;
import org.inertia.sim.scenario.io.ScenarioWriter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.Pdf;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The classroom page and the report in a real browser, as a teacher would use them (issue 7):
 * Debian's Chromium driven through its own chromedriver (never a downloaded browser or driver).
 * The page is opened, a control changed, and the chart must change and the table show what
 * {@code inertia run} prints for the same scenario; screenshots go to {@code
 * target/screenshots/}. Skipped when {@code /usr/bin/chromium} or {@code /usr/bin/chromedriver}
 * is missing ({@code apt-get install chromium chromium-driver}; {@code .ci/run} installs them).
 */
class ClassroomBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String WALKING = "bed-rest-7d-then-walking";
    private static final Duration WAIT = Duration.ofSeconds(30);

    /** Selenium looks for DevTools bindings it does not need here; its warning about them is noise. */
    private static final java.util.logging.Logger CDP_LOG =
            java.util.logging.Logger.getLogger("org.openqa.selenium.devtools");

    private static ClassroomServer server;
    private static ChromeDriver driver;
    private static Path profile;
    private static Path downloads;

    @TempDir
    Path dir;

    private static boolean browserInstalled() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    @BeforeAll
    static void start() throws IOException {
        if (!browserInstalled()) {
            return;
        }
        CDP_LOG.setLevel(Level.SEVERE);
        server = ClassroomServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        Files.createDirectories(SCREENSHOTS);
        profile = Files.createTempDirectory("inertia-chromium-");
        // The system's driver, named outright: Selenium Manager is never asked to find or fetch one.
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-default-apps",
                "--disable-extensions",
                "--window-size=1400,1900",
                "--hide-scrollbars",
                "--force-device-scale-factor=1",
                "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        downloads = profile.resolve("downloads");
        Files.createDirectories(downloads);
        options.setExperimentalOption(
                "prefs",
                java.util.Map.of(
                        "download.default_directory", downloads.toString(), "download.prompt_for_download", false));
        driver = new ChromeDriver(service, options);
    }

    /** Each test is reported skipped, with the reason, where the browser is missing. */
    @BeforeEach
    void browserIsThere() {
        if (Boolean.getBoolean("inertia.browser.required")) {
            assertThat(browserInstalled())
                    .as("the browser tests are required here (inertia.browser.required), but Chromium or"
                            + " chromedriver is missing")
                    .isTrue();
        }
        assumeTrue(
                browserInstalled(),
                "browser test skipped: /usr/bin/chromium or /usr/bin/chromedriver is missing"
                        + " (apt-get install chromium chromium-driver)");
    }

    @AfterAll
    static void stop() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    @Test
    void changingTheDaysInBedRedrawsTheChartWithTheCommandLinesNumbers() throws Exception {
        driver.get(server.uri().toString());
        int updates = waitForUpdate(0);
        WebElement chart = driver.findElement(By.id("chart"));
        String before = chart.getAttribute("data-digest");
        WebElement days = card(1).findElement(By.name("days"));
        assertThat(days.getAttribute("value")).isEqualTo("7");
        assertThat(new Select(driver.findElement(By.id("example")))
                        .getFirstSelectedOption()
                        .getAttribute("value"))
                .isEqualTo(WALKING);

        // As a person would: select the 7, type 14.
        days.sendKeys(Keys.chord(Keys.CONTROL, "a"), "14");
        until(d -> reading(1).startsWith("After 2 weeks in bed"));
        updates = waitForUpdate(updates);

        assertThat(chart.getAttribute("data-digest")).isNotEqualTo(before);
        assertThat(chart.getAttribute("src")).startsWith("blob:");
        assertThat((Boolean)
                        js("const i = document.getElementById('chart'); return i.complete && i.naturalWidth === 1200;"))
                .isTrue();
        assertThat(driver.findElement(By.cssSelector("#variants .variant .variant-title"))
                        .getText())
                .isEqualTo("A: 2 weeks in bed");

        // The same scenario through the command line: the same table, cell for cell.
        Scenario written = ScenarioReader.read(Cli.SHIPPED.resolve(WALKING + ".yaml"));
        Scenario fourteen = written.withPhase(0, written.phases().get(0).withDays(14));
        Path file = dir.resolve("fourteen.yaml");
        Files.writeString(file, ScenarioWriter.toYaml(fourteen));
        Cli.Result cli = Cli.run("run", file);
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        List<List<String>> shown = rows(driver.findElement(By.id("groups-1")));
        assertThat(shown).hasSize(6);
        for (List<String> row : shown) {
            String line = cli.outLines().stream()
                    .filter(l -> l.startsWith(row.get(0)))
                    .findFirst()
                    .orElseThrow();
            assertThat(List.of(line.split(" {2,}"))).as(row.get(0)).isEqualTo(row);
        }
        List<String> overall = rows(driver.findElement(By.id("comparison"))).get(0);
        List<String> overallRun = shown.get(shown.size() - 1);
        assertThat(overall.subList(1, 5)).isEqualTo(overallRun.subList(1, 5));

        String timing = "redraw after the last key (150 ms debounce included): " + data("redrawMs")
                + " ms; request to chart shown: " + data("requestMs") + " ms; on the server: " + data("serverMs")
                + " ms";
        System.out.println("Classroom page " + timing);
        Files.writeString(SCREENSHOTS.resolve("redraw-timing.txt"), timing + "\n");
        assertThat(Double.parseDouble(data("requestMs"))).isLessThan(5000);
        screenshot("serve-one-variant.png");

        // Two what-ifs: the same stay with an hour of cycling afterwards, and with no exercise.
        driver.findElement(By.id("add-variant")).click();
        until(d -> d.findElements(By.cssSelector("#variants .variant")).size() == 2);
        new Select(phase(2, 2).findElement(By.name("activity"))).selectByValue("cycling");
        phase(2, 2).findElement(By.name("minutes")).sendKeys(Keys.chord(Keys.CONTROL, "a"), "60");
        driver.findElement(By.id("add-variant")).click();
        new Select(phase(3, 2).findElement(By.name("activity"))).selectByValue("none");
        until(d -> rows(d.findElement(By.id("comparison"))).size() == 3
                && reading(3).contains("ordinary daily activity"));
        waitForUpdate(updates);

        List<List<String>> comparison = rows(driver.findElement(By.id("comparison")));
        assertThat(comparison)
                .extracting(r -> r.get(0))
                .containsExactly(
                        "A: 2 weeks in bed",
                        "B: 2 weeks in bed; cycling 60 min a day",
                        "C: 2 weeks in bed; no exercise");
        assertThat(driver.findElement(By.id("add-variant")).isEnabled()).isFalse();
        assertThat(reading(2)).contains("with 60 minutes of moderate cycling a day");
        screenshot("serve-three-variants.png");

        // Another measure on the chart; then take variant B home as a file and rerun it from the command line.
        String threeLines = driver.findElement(By.id("chart")).getAttribute("data-digest");
        new Select(driver.findElement(By.id("measure"))).selectByValue("strength.knee_extensors");
        until(d -> d.findElement(By.id("comparison-title")).getText().startsWith("Strength, knee extensors")
                && !threeLines.equals(d.findElement(By.id("chart")).getAttribute("data-digest")));
        card(2).findElement(By.className("yaml")).click();
        driver.findElement(By.cssSelector("[data-download='chart.png']")).click();
        Path yaml = downloads.resolve(WALKING + "-b.yaml");
        Path png = downloads.resolve(WALKING + "-chart.png");
        for (long end = System.nanoTime() + WAIT.toNanos();
                !(Files.isRegularFile(yaml) && Files.isRegularFile(png)) && System.nanoTime() < end; ) {
            Thread.sleep(200);
        }
        try (Stream<Path> files = Files.list(downloads)) {
            assertThat(Files.isRegularFile(yaml) && Files.isRegularFile(png))
                    .as("downloaded: " + files.map(Path::getFileName).toList() + "; browser: " + browserProblems())
                    .isTrue();
        }
        Thread.sleep(300);
        assertThat(Files.readAllBytes(png)).startsWith(0x89, 'P', 'N', 'G');
        Cli.Result rerun = Cli.run("run", yaml);
        assertThat(rerun.exitCode()).as(rerun.err()).isZero();
        assertThat(rerun.outLines().get(0)).startsWith("Scenario: 2 weeks in bed; cycling 60 min a day");
        List<String> knee = rows(driver.findElement(By.id("groups-2"))).get(0);
        assertThat(rerun.outLines().stream()
                        .filter(l -> l.startsWith(knee.get(0)))
                        .findFirst()
                        .orElseThrow()
                        .split(" {2,}"))
                .containsExactlyElementsOf(knee);
        assertThat(browserProblems()).isEmpty();
    }

    /**
     * Issue 13: on a projector (1280x720) the whole chart is in view beside the controls, and the
     * tables stay inside the page at 1280 and 1400 px; on a phone (400 px) the page is one column
     * that never scrolls sideways.
     */
    @Test
    void theChartFitsBesideTheControlsOnAProjectorAndThePageFitsAPhoneIssue13() throws Exception {
        viewport(1280, 720);
        driver.get(server.uri().toString());
        int updates = waitForUpdate(0);
        driver.findElement(By.id("add-variant")).click();
        driver.findElement(By.id("add-variant")).click();
        until(d -> rows(d.findElement(By.id("comparison"))).size() == 3);
        waitForUpdate(updates);
        js("window.scrollTo(0, 0);");

        Rect chart = rect("#chart");
        Rect controls = rect("#variants");
        Number innerWidth = (Number) js("return window.innerWidth;");
        Number innerHeight = (Number) js("return window.innerHeight;");
        assertThat(innerWidth.intValue()).isEqualTo(1280);
        assertThat(innerHeight.intValue()).isEqualTo(720);
        assertThat(chart.width()).as("chart width").isGreaterThan(600);
        assertThat(chart.top()).as("chart top").isGreaterThanOrEqualTo(0);
        assertThat(chart.bottom()).as("chart bottom").isLessThanOrEqualTo(720);
        assertThat(chart.right()).as("chart right").isLessThanOrEqualTo(1280);
        assertThat(chart.left()).as("chart beside the controls").isGreaterThanOrEqualTo(controls.right());
        assertThat(chart.top()).as("chart not below the controls").isLessThan(controls.top() + 100);
        tablesStayInsideThePage(1280);
        screenshot("serve-1280x720.png");

        viewport(1400, 900);
        tablesStayInsideThePage(1400);

        viewport(400, 900);
        Number scrollWidth = (Number) js("return document.documentElement.scrollWidth;");
        assertThat(scrollWidth.intValue()).as("page width on a phone").isLessThanOrEqualTo(400);
        assertThat(rect("#chart").top())
                .as("one column: chart below the controls")
                .isGreaterThan(controls.top());
        screenshot("serve-400x900.png");
        assertThat(browserProblems()).isEmpty();
        driver.manage().window().setSize(new Dimension(1400, 1900));
    }

    /**
     * Issue 16: the switch between muscle, fitness and bone shows each family's measures in the
     * select, charts the family's first (aerobic capacity, the total hip), and fits a projector and
     * a phone.
     */
    @Test
    void theSwitchShowsMuscleFitnessOrBoneIssue16() throws Exception {
        viewport(1280, 720);
        driver.get(server.uri().toString());
        int updates = waitForUpdate(0);
        List<WebElement> buttons = driver.findElements(By.cssSelector("#family button"));
        assertThat(buttons).extracting(WebElement::getText).containsExactly("Muscle", "Fitness", "Bone");
        assertThat(buttons.get(0).getAttribute("aria-pressed")).isEqualTo("true");
        Select measure = new Select(driver.findElement(By.id("measure")));
        assertThat(measure.getOptions()).hasSize(12);

        String before = digest();
        buttons.get(2).click();
        updates = waitForUpdate(updates);
        assertThat(measure.getOptions())
                .extracting(o -> o.getAttribute("value"))
                .containsExactly("bmd.lumbar_spine", "bmd.total_hip", "bmd.calcaneus");
        assertThat(measure.getFirstSelectedOption().getAttribute("value")).isEqualTo("bmd.lumbar_spine");
        assertThat(driver.findElement(By.cssSelector("#family button[aria-pressed='true']"))
                        .getText())
                .isEqualTo("Bone");
        assertThat(digest()).isNotEqualTo(before);
        js("window.scrollTo(0, 0);");
        screenshot("serve-bone-1280x720.png");

        driver.findElements(By.cssSelector("#family button")).get(1).click();
        waitForUpdate(updates);
        assertThat(measure.getFirstSelectedOption().getAttribute("value")).isEqualTo("vo2max");
        assertThat(driver.findElement(By.id("comparison-title")).getText()).startsWith("Aerobic capacity");
        viewport(400, 900);
        Number scrollWidth = (Number) js("return document.documentElement.scrollWidth;");
        assertThat(scrollWidth.intValue()).as("page width on a phone").isLessThanOrEqualTo(400);
        screenshot("serve-fitness-400x900.png");
        assertThat(browserProblems()).isEmpty();
        driver.manage().window().setSize(new Dimension(1400, 1900));
    }

    /**
     * Issue 13: the presenter view shows the chart alone, filling most of a 1280x720 projector;
     * the right arrow and space step through the variants (A, then A and B, ...) on one value
     * axis; Esc brings the page back with every variant.
     */
    @Test
    void presenterViewFillsAProjectorAndTheKeysStepThroughTheVariantsIssue13() throws Exception {
        viewport(1280, 720);
        driver.get(server.uri().toString());
        int updates = waitForUpdate(0);
        driver.findElement(By.id("add-variant")).click();
        until(d -> d.findElements(By.cssSelector("#variants .variant")).size() == 2);
        new Select(phase(2, 2).findElement(By.name("activity"))).selectByValue("cycling");
        driver.findElement(By.id("add-variant")).click();
        until(d -> d.findElements(By.cssSelector("#variants .variant")).size() == 3);
        new Select(phase(3, 2).findElement(By.name("activity"))).selectByValue("none");
        until(d -> rows(d.findElement(By.id("comparison"))).size() == 3);
        updates = waitForUpdate(updates);
        String all = digest();
        String axis = driver.findElement(By.id("chart")).getAttribute("data-y-range");

        driver.findElement(By.id("present")).click();
        until(d -> "1".equals(data("shown")));
        updates = waitForUpdate(updates);
        Rect chart = rect("#chart");
        assertThat(chart.width() * (chart.bottom() - chart.top()))
                .as("the chart's share of the screen")
                .isGreaterThan(0.6 * 1280 * 720);
        assertThat(chart.left()).isGreaterThanOrEqualTo(0);
        assertThat(chart.top()).isGreaterThanOrEqualTo(0);
        assertThat(chart.right()).isLessThanOrEqualTo(1280);
        assertThat(chart.bottom()).isLessThanOrEqualTo(720);
        assertThat(driver.findElement(By.id("controls")).isDisplayed()).isFalse();
        assertThat(driver.findElement(By.id("presenter-caption")).getText()).startsWith("A: ");
        String first = digest();
        assertThat(first).as("variant A alone").isNotEqualTo(all);
        assertThat(driver.findElement(By.id("chart")).getAttribute("data-y-range"))
                .as("stepping keeps the axis of all the variants")
                .isEqualTo(axis);
        screenshot("serve-presenter-1280x720.png");

        new org.openqa.selenium.interactions.Actions(driver)
                .sendKeys(Keys.ARROW_RIGHT)
                .perform();
        until(d -> "2".equals(data("shown")));
        updates = waitForUpdate(updates);
        assertThat(digest()).as("the key changes the variant").isNotEqualTo(first);
        assertThat(driver.findElement(By.id("presenter-caption")).getText()).startsWith("B: ");
        assertThat(driver.findElement(By.id("chart")).getAttribute("data-y-range"))
                .isEqualTo(axis);

        new org.openqa.selenium.interactions.Actions(driver).sendKeys(" ").perform();
        until(d -> "3".equals(data("shown")));
        updates = waitForUpdate(updates);
        assertThat(digest()).isEqualTo(all);

        new org.openqa.selenium.interactions.Actions(driver)
                .sendKeys(Keys.ESCAPE)
                .perform();
        until(d -> d.findElement(By.id("controls")).isDisplayed());
        waitForUpdate(updates);
        assertThat(driver.findElement(By.id("presenter-caption")).isDisplayed()).isFalse();
        assertThat(digest()).isEqualTo(all);
        assertThat(browserProblems()).isEmpty();
        driver.manage().window().setSize(new Dimension(1400, 1900));
    }

    /**
     * Issue 13: with the fixed scale the value axis stays at 50-120 % when a variant changes (and
     * when another example is chosen); without it, the axis follows the lines.
     */
    @Test
    void theFixedScaleKeepsTheValueAxisWhenTheVariantChangesIssue13() throws Exception {
        driver.get(server.uri().toString());
        int updates = waitForUpdate(0);
        String auto = driver.findElement(By.id("chart")).getAttribute("data-y-range");
        WebElement days = phase(1, 1).findElement(By.name("days"));

        driver.findElement(By.id("fixed-scale")).click();
        updates = waitForUpdate(updates);
        assertThat(driver.findElement(By.id("chart")).getAttribute("data-y-range"))
                .isEqualTo("50,120");
        String before = digest();
        days.sendKeys(Keys.chord(Keys.CONTROL, "a"), "40");
        until(d -> !digest().equals(before));
        updates = waitForUpdate(updates);
        assertThat(driver.findElement(By.id("chart")).getAttribute("data-y-range"))
                .as("a longer stay in bed, the same axis")
                .isEqualTo("50,120");

        driver.findElement(By.id("fixed-scale")).click();
        updates = waitForUpdate(updates);
        String longer = driver.findElement(By.id("chart")).getAttribute("data-y-range");
        assertThat(longer).as("without the switch the axis follows the lines").isNotEqualTo("50,120");
        assertThat(longer).isNotEqualTo(auto);
        assertThat(browserProblems()).isEmpty();
    }

    /**
     * Issue 13: a patient's measured points, opened from a CSV file, are drawn over the chart and
     * can be removed; recovery thresholds add a column each and a sentence per variant.
     */
    @Test
    void measuredPointsAndRecoveryThresholdsIssue13() throws Exception {
        driver.get(server.uri().toString());
        int updates = waitForUpdate(0);
        String without = digest();
        Path csv = dir.resolve("patient.csv");
        Files.writeString(
                csv,
                "day,measure,value,sd\n7,strength.overall,86,3\n21,strength.overall,97,2\n" + "7,mass.overall,97,1\n");

        driver.findElement(By.id("observed-file")).sendKeys(csv.toAbsolutePath().toString());
        until(d -> d.findElement(By.id("observed-note")).getText().startsWith("2 of 3 measured points"));
        updates = waitForUpdate(updates);
        assertThat(digest()).as("the points change the chart").isNotEqualTo(without);
        assertThat(driver.findElement(By.id("observed-note")).getText()).contains("mass.overall");

        // Recovery thresholds: a column each, and a sentence on the card.
        driver.findElement(By.id("recovered")).sendKeys("95,100");
        until(d -> card(1).findElement(By.className("recovery")).isDisplayed());
        updates = waitForUpdate(updates);
        assertThat(card(1).findElement(By.className("recovery")).getText()).contains("100 %");
        assertThat(driver.findElement(By.cssSelector("#comparison thead")).getText())
                .contains("Back to 95 %")
                .contains("Back to 100 %");
        screenshot("serve-observed-recovered.png");

        driver.findElement(By.id("observed-clear")).click();
        until(d -> d.findElement(By.id("observed-note")).getText().isEmpty());
        waitForUpdate(updates);
        assertThat(digest()).isEqualTo(without);
        assertThat(browserProblems()).isEmpty();
    }

    /**
     * Issue 13: a variant renamed by hand is called so on its card and in the table, with markup
     * shown as the characters typed, never run as HTML; the chart changes with it (its legend is
     * checked in ClassroomServerTest).
     */
    @Test
    void aRenamedVariantIsNamedSoInTheLegendAndEscapedIssue13() throws Exception {
        driver.get(server.uri().toString());
        int updates = waitForUpdate(0);
        driver.findElement(By.id("add-variant")).click();
        until(d -> d.findElements(By.cssSelector("#variants .variant")).size() == 2);
        String name = "<b>Brace</b> & \"walk\" <img src=x onerror=alert(1)>";
        card(2).findElement(By.className("variant-name")).sendKeys(name);
        String copy = digest();
        until(d -> variantTitle(2).equals("B: " + name));
        updates = waitForUpdate(updates);
        until(d -> !digest().equals(copy));

        assertThat(card(2).findElements(By.cssSelector(".variant-title b, .variant-title img")))
                .isEmpty();
        assertThat(driver.findElements(By.cssSelector("#comparison img, #comparison b")))
                .isEmpty();
        assertThat(rows(driver.findElement(By.id("comparison"))))
                .extracting(r -> r.get(0))
                .contains("B: " + name);
        assertThat(variantTitle(1)).as("the other variant keeps its own name").isEqualTo("A: as written");
        assertThat(browserProblems()).isEmpty();
    }

    /**
     * Issue 13: exercise in the first phase (in-bed cycling) and a third phase are set on the
     * page and change the chart; a phase whose mobility changes takes the mobility's name; phases
     * are removed and reordered.
     */
    @Test
    void exerciseInTheFirstPhaseAndAThirdPhaseChangeTheChartIssue13() throws Exception {
        driver.get(server.uri().toString());
        int updates = waitForUpdate(0);
        String written = digest();
        assertThat(card(1).findElements(By.cssSelector("fieldset.phase"))).hasSize(2);

        new Select(phase(1, 1).findElement(By.name("activity"))).selectByValue("cycling");
        phase(1, 1).findElement(By.name("minutes")).sendKeys(Keys.chord(Keys.CONTROL, "a"), "20");
        until(d -> variantTitle(1).equals("A: cycling 20 min a day in phase 1"));
        updates = waitForUpdate(updates);
        String cycling = digest();
        assertThat(cycling).as("in-bed cycling changes the chart").isNotEqualTo(written);
        assertThat(reading(1)).isNotEmpty();

        card(1).findElement(By.className("add-phase")).click();
        until(d -> card(1).findElements(By.cssSelector("fieldset.phase")).size() == 3
                && variantTitle(1).equals("A: cycling 20 min a day in phase 1; then 2 weeks of ordinary activity"));
        updates = waitForUpdate(updates);
        assertThat(digest()).as("a third phase changes the chart").isNotEqualTo(cycling);
        assertThat(phase(1, 3).findElement(By.className("phase-legend")).getText())
                .isEqualTo("Phase 3: Normal daily life");
        screenshot("serve-three-phases.png");

        phase(1, 3).findElement(By.className("remove-phase")).click();
        new Select(phase(1, 1).findElement(By.name("mobility"))).selectByValue("sedentary");
        until(d -> card(1).findElements(By.cssSelector("fieldset.phase")).size() == 2
                && variantTitle(1).equals("A: 7 days of very little walking; cycling 20 min a day in phase 1"));
        waitForUpdate(updates);
        assertThat(phase(1, 1).findElement(By.className("phase-legend")).getText())
                .isEqualTo("Phase 1: Little walking");
        assertThat(phase(1, 1).findElement(By.className("remove-phase")).isDisplayed())
                .isTrue();

        phase(1, 2).findElement(By.className("earlier-phase")).click();
        until(d -> variantTitle(1).endsWith("; phases reordered")
                && phase(1, 1)
                        .findElement(By.className("phase-legend"))
                        .getText()
                        .equals("Phase 1: Walking"));
        assertThat(phase(1, 1).findElement(By.className("earlier-phase")).isDisplayed())
                .isFalse();
        assertThat(browserProblems()).isEmpty();
    }

    @Test
    void aBadValueShowsTheServersMessageAndKeepsTheLastChart() throws InterruptedException {
        driver.get(server.uri().toString());
        int updates = waitForUpdate(0);
        String before = driver.findElement(By.id("chart")).getAttribute("data-digest");

        card(1).findElement(By.name("age")).sendKeys(Keys.chord(Keys.CONTROL, "a"), "150");
        until(d -> d.findElement(By.id("errors")).isDisplayed());

        assertThat(driver.findElement(By.id("error-list")).getText())
                .isEqualTo("variant A: subject.age: must be between 18 and 100 (was 150)");
        assertThat(driver.findElement(By.id("chart")).getAttribute("data-digest"))
                .isEqualTo(before);

        card(1).findElement(By.name("age")).sendKeys(Keys.chord(Keys.CONTROL, "a"), "80");
        until(d -> !d.findElement(By.id("errors")).isDisplayed());
        waitForUpdate(updates);
        assertThat(driver.findElement(By.cssSelector("#variants .variant .variant-title"))
                        .getText())
                .isEqualTo("A: age 80");
    }

    @Test
    void anotherExampleAndAPastedScenarioLoadWithTheirOwnSettings() throws InterruptedException {
        driver.get(server.uri().toString());
        int updates = waitForUpdate(0);

        new Select(driver.findElement(By.id("example"))).selectByValue("leg-cast-2w-then-cycling");
        until(d -> d.findElement(By.id("scenario-name")).getText().startsWith("Leg cast"));
        updates = waitForUpdate(updates);
        assertThat(card(1).findElement(By.name("days")).getAttribute("value")).isEqualTo("14");
        assertThat(new Select(card(1).findElement(By.name("mobility")))
                        .getFirstSelectedOption()
                        .getAttribute("value"))
                .isEqualTo("leg-cast");

        driver.findElement(By.id("upload"))
                .sendKeys(Cli.fixture("rest-then-walk.yaml").toAbsolutePath().toString());
        until(d -> d.findElement(By.id("scenario-name")).getText().equals("Rest, \"then\" walk"));
        updates = waitForUpdate(updates);
        assertThat(card(1).findElement(By.name("age")).getAttribute("value")).isEqualTo("40");

        driver.findElement(By.cssSelector("#paste-box summary")).click();
        WebElement paste = driver.findElement(By.id("paste"));
        paste.clear();
        paste.sendKeys(
                "name: Pasted\nsubject:\n  age: 30\nphases:\n  - name: In bed\n    days: 3\n    mobility: bed-rest\n");
        driver.findElement(By.id("use-paste")).click();
        until(d -> d.findElement(By.id("scenario-name")).getText().equals("Pasted"));
        waitForUpdate(updates);
        assertThat(card(1).findElements(By.cssSelector("fieldset.phase"))).hasSize(1);
        assertThat(reading(1)).startsWith("After 3 days in bed, leg strength is about ");
    }

    @Test
    void theReportOpensAndPrintsWithItsChartsAndNothingFromOutside() throws Exception {
        Path html = SCREENSHOTS.resolve("report.html");
        Cli.Result r = Cli.run(
                "report",
                Cli.SHIPPED.resolve("bed-rest-7d-no-rehab.yaml"),
                Cli.SHIPPED.resolve(WALKING + ".yaml"),
                Cli.SHIPPED.resolve("bed-rest-7d-then-cycling.yaml"),
                "-o",
                html,
                "--title",
                "A week in bed, and after");
        assertThat(r.exitCode()).as(r.err()).isZero();

        driver.manage().window().setSize(new Dimension(1280, 1600));
        driver.get(html.toAbsolutePath().toUri().toString());

        assertThat(driver.getTitle()).isEqualTo("A week in bed, and after");
        // The comparison, then per scenario its muscle groups and its fitness and bone.
        assertThat(driver.findElements(By.cssSelector("figure svg"))).hasSize(7);
        Number width = (Number) js("return document.querySelector('figure svg').getBoundingClientRect().width;");
        assertThat(width.doubleValue()).isGreaterThan(600);
        assertThat(driver.findElements(By.cssSelector("#evidence .references li"))
                        .size())
                .isGreaterThan(10);
        screenshot("report-top.png");
        long height = ((Number) js("return document.documentElement.scrollHeight;")).longValue();
        driver.manage().window().setSize(new Dimension(1280, (int) Math.min(height, 14000)));
        screenshot("report-full.png");

        Pdf pdf = driver.print(new PrintOptions());
        byte[] bytes = Base64.getDecoder().decode(pdf.getContent());
        assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        Files.write(SCREENSHOTS.resolve("report.pdf"), bytes);
        assertThat(browserProblems()).isEmpty();
        driver.manage().window().setSize(new Dimension(1400, 1900));
    }

    // ---- helpers --------------------------------------------------------------------------------

    /** An element's box in CSS pixels, relative to the window. */
    private record Rect(double left, double top, double right, double bottom) {
        double width() {
            return right - left;
        }
    }

    @SuppressWarnings("unchecked")
    private static Rect rect(String selector) {
        List<Number> r = (List<Number>) js("const r = document.querySelector('" + selector
                + "').getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom];");
        return new Rect(
                r.get(0).doubleValue(),
                r.get(1).doubleValue(),
                r.get(2).doubleValue(),
                r.get(3).doubleValue());
    }

    /** Sizes the window so that the page itself gets exactly this many CSS pixels. */
    private static void viewport(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        Number w = (Number) js("return window.innerWidth;");
        Number h = (Number) js("return window.innerHeight;");
        if (w.intValue() != width || h.intValue() != height) {
            driver.manage().window().setSize(new Dimension(2 * width - w.intValue(), 2 * height - h.intValue()));
        }
    }

    /** No table reaches past the window's right edge and the page does not scroll sideways. */
    @SuppressWarnings("unchecked")
    private static void tablesStayInsideThePage(int width) {
        List<Number> rights = (List<Number>) js("return Array.from(document.querySelectorAll('.table-scroll'))"
                + ".map(t => t.getBoundingClientRect().right);");
        assertThat(rights).as("table boxes").hasSizeGreaterThanOrEqualTo(4);
        assertThat(rights).allSatisfy(r -> assertThat(r.doubleValue())
                .as("a table's right edge at " + width + " px")
                .isLessThanOrEqualTo(width));
        Number scrollWidth = (Number) js("return document.documentElement.scrollWidth;");
        assertThat(scrollWidth.intValue()).as("page width at " + width + " px").isLessThanOrEqualTo(width);
    }

    /** Waits for a condition; on a timeout, keeps a screenshot and says what the page showed. */
    private static void until(java.util.function.Function<org.openqa.selenium.WebDriver, Boolean> condition) {
        try {
            new WebDriverWait(driver, WAIT).until(condition);
        } catch (org.openqa.selenium.TimeoutException e) {
            try {
                screenshot("failure.png");
            } catch (IOException ignored) {
                // The timeout is what matters.
            }
            throw new AssertionError(
                    "the page did not get there; it shows (target/screenshots/failure.png):\n"
                            + driver.findElement(By.tagName("body")).getText(),
                    e);
        }
    }

    private static WebElement card(int n) {
        return driver.findElement(By.cssSelector("#variants .variant:nth-child(" + n + ")"));
    }

    /** The box of phase {@code p} (1-based) in variant card {@code n}. */
    private static WebElement phase(int n, int p) {
        return card(n).findElement(By.cssSelector(".phases > fieldset.phase:nth-child(" + p + ")"));
    }

    private static String variantTitle(int n) {
        List<WebElement> cards = driver.findElements(By.cssSelector("#variants .variant"));
        return cards.size() < n
                ? ""
                : cards.get(n - 1).findElement(By.className("variant-title")).getText();
    }

    private static String digest() {
        return driver.findElement(By.id("chart")).getAttribute("data-digest");
    }

    private static String reading(int n) {
        List<WebElement> cards = driver.findElements(By.cssSelector("#variants .variant"));
        return cards.size() < n
                ? ""
                : cards.get(n - 1).findElement(By.className("reading")).getText();
    }

    /** Waits until the page has shown a newer answer than {@code seen}; returns its count. */
    private static int waitForUpdate(int seen) throws InterruptedException {
        until(d -> {
            String n = data("updates");
            return n != null && Integer.parseInt(n) > seen;
        });
        // Let a debounced request still on its way land too.
        Thread.sleep(400);
        return Integer.parseInt(data("updates"));
    }

    private static String data(String name) {
        return (String) js("return document.body.dataset." + name + " || null;");
    }

    private static Object js(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    /** The cells of a table's body, read in one script so that a redraw cannot land halfway. */
    @SuppressWarnings("unchecked")
    private static List<List<String>> rows(WebElement table) {
        return (List<List<String>>) ((JavascriptExecutor) driver)
                .executeScript(
                        "return Array.from(arguments[0].querySelectorAll('tbody tr'))"
                                + ".map(tr => Array.from(tr.cells).map(td => td.textContent));",
                        table);
    }

    private static void screenshot(String name) throws IOException {
        File shot = driver.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** Errors the browser logged: scripts failing, the policy refusing something, a failed load. */
    private static List<String> browserProblems() {
        List<String> problems = new ArrayList<>();
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
            String m = e.getMessage().toLowerCase(Locale.ROOT);
            boolean expected400 = m.contains("400 (bad request)");
            if ((e.getLevel().intValue() >= Level.SEVERE.intValue() && !expected400)
                    || m.contains("content security policy")) {
                problems.add(e.getLevel() + " " + e.getMessage());
            }
        }
        return problems;
    }
}
