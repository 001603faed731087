package org.inertia.sim.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.inertia.sim.Protocols;
import org.inertia.sim.measure.Measure;
import org.inertia.sim.model.Simulator;
import org.inertia.sim.parameters.DefaultCalibration;
import org.inertia.sim.parameters.Parameter;
import org.inertia.sim.parameters.Preset;
import org.inertia.sim.scenario.Activity;
import org.inertia.sim.scenario.Condition;
import org.inertia.sim.scenario.Intensity;
import org.inertia.sim.scenario.Mobility;
import org.inertia.sim.scenario.Phase;
import org.inertia.sim.scenario.Scenario;
import org.inertia.sim.scenario.Subject;
import org.junit.jupiter.api.Test;

class SweepTest {

    private static final Scenario BASE = Protocols.scenario(
            Protocols.healthy(50),
            Protocols.phase(7, Mobility.BED_REST),
            Protocols.phase(28, Mobility.NORMAL, Protocols.exercise(Activity.WALKING, 30, 7, Intensity.MODERATE)));

    /**
     * Each grid point against a run of a scenario built by hand with the same settings, read
     * directly off the trajectory: nothing of the expectation goes through {@link SweepAxis},
     * {@link ScenarioField} or {@link Readout}.
     */
    @Test
    void sweepValuesEqualSingleRunsOfScenariosBuiltByHand() {
        SweepAxis days = SweepAxis.parse("phases[0].days=1..10");
        SweepAxis minutes = SweepAxis.parse("phases[1].exercise[0].minutes=10,30,60");
        assertThat(days.values()).containsExactly(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0);
        assertThat(minutes.values()).containsExactly(10.0, 30.0, 60.0);
        Sweep sweep = Sweep.run(
                BASE,
                List.of(days, minutes),
                new Readout(Readout.Kind.END, Measure.OVERALL_STRENGTH, 0),
                Simulator.exact());
        assertThat(sweep.values()).hasDimensions(10, 3);
        int[] walking = {10, 30, 60};
        for (int i = 0; i < 10; i++) {
            for (int j = 0; j < 3; j++) {
                Scenario byHand = Protocols.scenario(
                        Protocols.healthy(50),
                        Protocols.phase(i + 1, Mobility.BED_REST),
                        Protocols.phase(
                                28,
                                Mobility.NORMAL,
                                Protocols.exercise(Activity.WALKING, walking[j], 7, Intensity.MODERATE)));
                double expected = Simulator.exact()
                        .simulate(byHand)
                        .summary(Measure.OVERALL_STRENGTH)
                        .endPercent();
                assertThat(sweep.value(i, j))
                        .as("days %d, minutes %d", i + 1, walking[j])
                        .isEqualTo(expected);
            }
        }
        // Longer bed rest never ends higher; more walking never ends lower.
        for (int i = 1; i < 10; i++) {
            assertThat(sweep.value(i, 0)).isLessThanOrEqualTo(sweep.value(i - 1, 0));
        }
        assertThat(sweep.value(5, 2)).isGreaterThanOrEqualTo(sweep.value(5, 0));
    }

    @Test
    void aRangeThatStopsShortOfItsEndIsNoted() {
        SweepProblem note = SweepAxis.endNotOnGrid("subject.age=30..40:3").orElseThrow();
        assertThat(note.message()).isEqualTo(SweepMessage.END_NOT_ON_GRID);
        assertThat(note.arguments()).containsExactly("39", "40");
        assertThat(note.field()).isEqualTo("subject.age");
        assertThat(SweepAxis.endNotOnGrid("parameters.mass-loss-depth=0.1..0.35:0.1")
                        .orElseThrow()
                        .arguments())
                .containsExactly("0.3", "0.35");
        assertThat(SweepAxis.endNotOnGrid("subject.age=30..39:3")).isEmpty();
        assertThat(SweepAxis.endNotOnGrid("parameters.mass-loss-depth=0.1..0.3:0.1"))
                .isEmpty();
        assertThat(SweepAxis.endNotOnGrid("parameters.mass-loss-depth=0.1..0.3"))
                .isEmpty();
        assertThat(SweepAxis.endNotOnGrid("subject.age=30,41")).isEmpty();
    }

    @Test
    void axesGiveExactlyTheValuesWritten() {
        assertThat(values("subject.age=20..40:10")).containsExactly(20.0, 30.0, 40.0);
        assertThat(values("phases[1].exercise[0].minutes=10..30:10")).containsExactly(10.0, 20.0, 30.0);
        assertThat(values("phases[0].days=7..28:7")).containsExactly(7.0, 14.0, 21.0, 28.0);
        assertThat(values("phases[0].days=1..28"))
                .containsExactlyElementsOf(
                        IntStream.rangeClosed(1, 28).mapToObj(d -> (double) d).toList());
        // A step that does not reach the end stops before it.
        assertThat(values("phases[0].days=1..10:4")).containsExactly(1.0, 5.0, 9.0);
        // Decimal steps are exact: 0.1 + 0.1 + 0.1 is 0.3, not 0.30000000000000004.
        assertThat(values("parameters.mass-loss-depth=0.1..0.3:0.1")).containsExactly(0.1, 0.2, 0.3);
        assertThat(values("parameters.mass-loss-depth=0.1..0.3"))
                .containsExactly(
                        0.1, 0.11, 0.12, 0.13, 0.14, 0.15, 0.16, 0.17, 0.18, 0.19, 0.2, 0.21, 0.22, 0.23, 0.24, 0.25,
                        0.26, 0.27, 0.28, 0.29, 0.3);
        assertThat(values("parameters.mass-loss-tau-days=30,60")).containsExactly(30.0, 60.0);
        assertThat(values(" subject.age = 30 , 60 ")).containsExactly(30.0, 60.0);
        assertThat(values("subject.age=3e1..5E1:1e1")).containsExactly(30.0, 40.0, 50.0);
        assertThat(values("subject.age=+30..50.0:20")).containsExactly(30.0, 50.0);
        assertThat(values("phases[1].exercise[0].minutes=0..60:30")).containsExactly(0.0, 30.0, 60.0);
        assertThat(values("phases[1].exercise[0].sessions-per-week=1..14:13")).containsExactly(1.0, 14.0);
        assertThat(values("phases[000].days=5")).containsExactly(5.0);
    }

    @Test
    void aRangeFromAValueToItselfIsThatOneValue() {
        assertThat(values("subject.age=30..30")).containsExactly(30.0);
        assertThat(values("parameters.mass-loss-depth=0.2..0.2")).containsExactly(0.2);
        assertThat(values("phases[0].days=7..7:3")).containsExactly(7.0);
        assertThat(values("phases[1].exercise[0].minutes=45..45")).containsExactly(45.0);
        Sweep one = Sweep.run(
                BASE,
                List.of(SweepAxis.parse("subject.age=30..30")),
                new Readout(Readout.Kind.LOWEST, Measure.OVERALL_STRENGTH, 0),
                Simulator.exact());
        assertThat(one.values()).hasDimensions(1, 1);
    }

    /** Every class of mistake in how an axis is written, several instances each, by key. */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0} -> {2}")
    @org.junit.jupiter.params.provider.CsvSource(
            delimiter = '|',
            value = {
                // Not FIELD=VALUES at all.
                "phases[0].days|-|NOT_AN_AXIS",
                "=1..3|-|NOT_AN_AXIS",
                "'  =1..3'|-|NOT_AN_AXIS",
                "''|-|NOT_AN_AXIS",
                "1..28|-|NOT_AN_AXIS",
                // Fields that cannot vary.
                "nonsense=1..3|-|CANNOT_VARY",
                "phases[0].weeks=1..3|-|CANNOT_VARY",
                "phases[-1].days=1..3|-|CANNOT_VARY",
                "phases[x].days=1..3|-|CANNOT_VARY",
                "Subject.Age=20..30|-|CANNOT_VARY",
                "phases[0].exercise[0].intensity=1|-|CANNOT_VARY",
                "phases[\u0661].days=1..3|-|CANNOT_VARY",
                "name=1|-|CANNOT_VARY",
                "parameters.no-such=1..2|parameters.no-such|UNKNOWN_PARAMETER",
                "parameters.=1|parameters.|UNKNOWN_PARAMETER",
                "parameters.mass-loss-tau=30|parameters.mass-loss-tau|UNKNOWN_PARAMETER",
                // Values that are not numbers of the one grammar.
                "phases[0].days=a..b|phases[0].days|NOT_A_NUMBER",
                "phases[0].days=1..b|phases[0].days|NOT_A_NUMBER",
                "subject.age=3O|subject.age|NOT_A_NUMBER",
                "subject.age=30d|subject.age|NOT_A_NUMBER",
                "subject.age=30F|subject.age|NOT_A_NUMBER",
                "subject.age=30L|subject.age|NOT_A_NUMBER",
                "subject.age=0x1E|subject.age|NOT_A_NUMBER",
                "subject.age=0x1.Ep4|subject.age|NOT_A_NUMBER",
                "subject.age=\u0663\u0660|subject.age|NOT_A_NUMBER",
                "subject.age=\uFF13\uFF10|subject.age|NOT_A_NUMBER",
                "subject.age=30,40f|subject.age|NOT_A_NUMBER",
                "subject.age=1_0|subject.age|NOT_A_NUMBER",
                "subject.age=30..40:5d|subject.age|NOT_A_NUMBER",
                "subject.age=1..2..3|subject.age|NOT_A_NUMBER",
                "subject.age=NaN|subject.age|NOT_FINITE",
                "subject.age=18..Infinity|subject.age|NOT_FINITE",
                "subject.age=-inf..30|subject.age|NOT_FINITE",
                "subject.age=|subject.age|EMPTY_VALUE",
                "subject.age=30,,40|subject.age|EMPTY_VALUE",
                "subject.age=30,|subject.age|EMPTY_VALUE",
                "subject.age=..40|subject.age|EMPTY_VALUE",
                "subject.age=30..|subject.age|EMPTY_VALUE",
                "subject.age=30..40:|subject.age|EMPTY_VALUE",
                // Sizes: bounded before any arithmetic.
                "subject.age=18..100:1e-1000000|subject.age|EXTREME_NUMBER",
                "subject.age=18..100:1e-100000|subject.age|EXTREME_NUMBER",
                "subject.age=18..100:1e-21|subject.age|EXTREME_NUMBER",
                "subject.age=1e400|subject.age|EXTREME_NUMBER",
                "subject.age=1e-999999999..1e999999999|subject.age|EXTREME_NUMBER",
                "subject.age=9e99999999999999999999|subject.age|EXTREME_NUMBER",
                "subject.age=000000000000000000000000000000000000000000000030|subject.age|NUMBER_TOO_LONG",
                "subject.age=18..100:1e-20|subject.age|TOO_MANY_VALUES",
                "subject.age=18..100:0.01|subject.age|TOO_MANY_VALUES",
                "phases[0].days=1..3650|phases[0].days|TOO_MANY_VALUES",
                "parameters.mass-loss-depth=0..1:0.0001|parameters.mass-loss-depth|TOO_MANY_VALUES",
                // Ranges and steps.
                "phases[0].days=28..1|phases[0].days|DOWNWARD_RANGE",
                "subject.age=30.5..30|subject.age|DOWNWARD_RANGE",
                "parameters.mass-loss-depth=0.1..0.3:0|parameters.mass-loss-depth|STEP_NOT_POSITIVE",
                "subject.age=18..20:-1|subject.age|STEP_NOT_POSITIVE",
                "subject.age=18..20:-0|subject.age|STEP_NOT_POSITIVE",
                "subject.age=20..20:0|subject.age|STEP_NOT_POSITIVE",
                // Values the field cannot take.
                "phases[0].days=1..3:0.5|phases[0].days|NOT_WHOLE",
                "subject.age=30.5|subject.age|NOT_WHOLE",
                "phases[1].exercise[0].sessions-per-week=2.5|phases[1].exercise[0].sessions-per-week|NOT_WHOLE",
                "subject.age=10..20|subject.age|OUT_OF_RANGE",
                "subject.age=101|subject.age|OUT_OF_RANGE",
                "phases[0].days=0..3|phases[0].days|OUT_OF_RANGE",
                "phases[0].days=3651|phases[0].days|OUT_OF_RANGE",
                "phases[0].days=1e20|phases[0].days|OUT_OF_RANGE",
                "phases[1].exercise[0].minutes=0.5|phases[1].exercise[0].minutes|OUT_OF_RANGE",
                "phases[1].exercise[0].minutes=481|phases[1].exercise[0].minutes|OUT_OF_RANGE",
                "phases[1].exercise[0].minutes=-10..10:10|phases[1].exercise[0].minutes|OUT_OF_RANGE",
                "phases[1].exercise[0].sessions-per-week=0|phases[1].exercise[0].sessions-per-week|OUT_OF_RANGE",
                "phases[1].exercise[0].sessions-per-week=15|phases[1].exercise[0].sessions-per-week|OUT_OF_RANGE",
                "parameters.mass-loss-depth=1.5|parameters.mass-loss-depth|OUT_OF_RANGE",
                "parameters.mass-loss-tau-days=0..10|parameters.mass-loss-tau-days|OUT_OF_RANGE",
            })
    void everyBadlyWrittenAxisHasAKey(String text, String field, SweepMessage key) {
        SweepException e = assertTimeoutPreemptively(
                Duration.ofSeconds(2), () -> catchThrowableOfType(SweepException.class, () -> SweepAxis.parse(text)));
        assertThat(e).as(text).isNotNull();
        SweepProblem p = e.problems().get(0);
        assertThat(p.message()).as(p.format()).isEqualTo(key);
        assertThat(p.field()).as(p.format()).isEqualTo(field.equals("-") ? "" : field);
        assertThat(p.format()).doesNotContain("\n").doesNotContain("inertia ");
        assertThat(p.format().length()).isLessThan(300);
    }

    @Test
    void argumentsAreTheCatalogueArgumentsNotEnglish() {
        assertThat(problem("subject.age=10..20").arguments()).containsExactly(18.0, 100.0, 10.0);
        assertThat(problem("phases[0].days=1..3:0.5").arguments()).containsExactly(new java.math.BigDecimal("1.5"));
        assertThat(problem("phases[0].days=28..1").arguments()).containsExactly("28", "1");
        assertThat(problem("subject.age=18..20:-1").arguments()).containsExactly("-1");
        assertThat(problem("subject.age=30d").arguments()).containsExactly("30d");
        assertThat(problem("subject.age=18..100:1e-1000000").arguments()).containsExactly("1e-1000000");
        assertThat(problem("subject.age=18..100:1e-20").arguments()).containsExactly(SweepAxis.MAX_VALUES);
        assertThat(problem("parameters.no-such=1").arguments()).containsExactly("no-such");
        assertThat(problem("parameters.mass-los-depth=1").hint()).isEqualTo("did you mean 'mass-loss-depth'?");
        assertThat(problem("nonsense=1").arguments()).containsExactly("nonsense");
        // The hint lists what can vary; the library names no command.
        assertThat(problem("nonsense=1").hint()).contains("phases[i].days").doesNotContain("inertia");
        assertThat(problem("parameters.zzzzzzzzzzzz=1").hint()).doesNotContain("inertia");
    }

    @Test
    void longTextIsQuotedBackAtMostFortyCharacters() {
        String junk = "x".repeat(10_000);
        for (String text : List.of(
                junk,
                junk + "=1",
                "parameters." + junk + "=1",
                "subject.age=" + junk,
                "subject.age=1.." + junk,
                "subject.age=18..20:" + junk)) {
            SweepException e = catchThrowableOfType(SweepException.class, () -> SweepAxis.parse(text));
            SweepProblem p = e.problems().get(0);
            for (Object a : p.arguments()) {
                assertThat(a.toString().length()).as(p.message().name()).isLessThanOrEqualTo(43);
            }
            assertThat(p.field().length()).isLessThanOrEqualTo(43);
        }
        SweepProblem phase = check("phases[" + "9".repeat(10_000) + "].days=1").get(0);
        assertThat(phase.message()).isEqualTo(SweepMessage.NO_SUCH_PHASE);
        assertThat(phase.arguments().get(0).toString()).hasSize(43);
        assertThat(phase.field()).hasSize(43);
    }

    @Test
    void aListOfMoreThanAThousandValuesIsRefused() {
        String thousand = IntStream.rangeClosed(1, 1000)
                .mapToObj(Integer::toString)
                .reduce((a, b) -> a + "," + b)
                .orElseThrow();
        assertThat(values("phases[0].days=" + thousand)).hasSize(1000);
        assertThat(problem("phases[0].days=" + thousand + ",1001").message()).isEqualTo(SweepMessage.TOO_MANY_VALUES);
        assertThat(problem("phases[0].days=" + ",".repeat(1_000_000)).message())
                .isEqualTo(SweepMessage.TOO_MANY_VALUES);
    }

    @Test
    void hugeExponentsAndTinyStepsAreRefusedAtOnce() {
        for (String text : List.of(
                "subject.age=18..100:1e-1000000",
                "subject.age=18..100:1e-100000",
                "subject.age=18..100:1e-999999999",
                "subject.age=1e-999999999..1e999999999:1e-999999999",
                "parameters.mass-loss-depth=0..1:1e-20",
                "parameters.mass-loss-tau-days=1..1e20:1e-20",
                "phases[0].days=-1e20..1e20:1e-20")) {
            assertTimeoutPreemptively(Duration.ofMillis(500), () -> assertThatThrownBy(() -> SweepAxis.parse(text))
                    .isInstanceOf(SweepException.class));
        }
    }

    /** Mistakes that depend on the scenario: found by {@link Sweep#check} before any run. */
    @Test
    void fieldsTheScenarioDoesNotHaveAreUserErrorsWithKeys() {
        assertThat(check("phases[5].days=1..3")).singleElement().satisfies(p -> {
            assertThat(p.message()).isEqualTo(SweepMessage.NO_SUCH_PHASE);
            assertThat(p.arguments()).containsExactly("5");
            assertThat(p.field()).isEqualTo("phases[5].days");
        });
        assertThat(check("phases[2].days=1"))
                .extracting(SweepProblem::message)
                .containsExactly(SweepMessage.NO_SUCH_PHASE);
        assertThat(check("phases[99999999999].days=1..3")).singleElement().satisfies(p -> {
            assertThat(p.message()).isEqualTo(SweepMessage.NO_SUCH_PHASE);
            assertThat(p.arguments()).containsExactly("99999999999");
        });
        assertThat(check("phases[99999999999999999999999999999].exercise[0].minutes=10"))
                .extracting(SweepProblem::message)
                .containsExactly(SweepMessage.NO_SUCH_PHASE);
        assertThat(check("phases[2].exercise[0].minutes=10"))
                .extracting(SweepProblem::message)
                .containsExactly(SweepMessage.NO_SUCH_PHASE);
        assertThat(check("phases[0].exercise[0].minutes=10")).singleElement().satisfies(p -> {
            assertThat(p.message()).isEqualTo(SweepMessage.NO_SUCH_EXERCISE);
            assertThat(p.arguments()).containsExactly("0", "0");
            assertThat(p.hint()).isEqualTo("the phase has no exercise");
        });
        assertThat(check("phases[1].exercise[1].minutes=10"))
                .extracting(SweepProblem::message, SweepProblem::arguments)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(SweepMessage.NO_SUCH_EXERCISE, List.of("1", "1")));
        assertThat(check("phases[1].exercise[2147483648].sessions-per-week=3"))
                .extracting(SweepProblem::message)
                .containsExactly(SweepMessage.NO_SUCH_EXERCISE);
        assertThat(new ScenarioField("phases[1].exercise[0].minutes").problemWith(BASE))
                .isEmpty();
        assertThat(new ScenarioField("subject.age").problemWith(BASE)).isEmpty();
    }

    @Test
    void theGridAsAWholeIsCheckedBeforeAnyRun() {
        assertThat(check("phases[0].days=3000..3650:50")).singleElement().satisfies(p -> {
            assertThat(p.message()).isEqualTo(SweepMessage.TOO_MANY_DAYS);
            // 3650 days of bed rest and the 28 days after them.
            assertThat(p.arguments()).containsExactly(3678L, 3650);
        });
        assertThat(check("phases[0].days=1800,1900", "phases[1].days=1000..1800:800"))
                .singleElement()
                .satisfies(p -> assertThat(p.arguments()).containsExactly(3700L, 3650));
        assertThat(check("phases[0].days=1800,3622")).isEmpty();
        assertThat(check("subject.age=30,40", "subject.age=50"))
                .extracting(SweepProblem::message, SweepProblem::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(SweepMessage.SAME_FIELD_TWICE, "subject.age"));
        // An index with a leading zero names the same field.
        assertThat(check("phases[1].exercise[0].minutes=10,20", "phases[01].exercise[00].minutes=30"))
                .extracting(SweepProblem::message, SweepProblem::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        SweepMessage.SAME_FIELD_TWICE, "phases[01].exercise[00].minutes"));
        assertThat(new ScenarioField("phases[010].exercise[0].minutes").canonicalPath())
                .isEqualTo("phases[10].exercise[0].minutes");
        assertThat(check("subject.age=30", "phases[0].days=1", "phases[1].days=1"))
                .extracting(SweepProblem::message, SweepProblem::arguments)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(SweepMessage.AXIS_COUNT, List.of(3)));
        assertThat(Sweep.check(BASE, List.of()))
                .extracting(SweepProblem::message)
                .containsExactly(SweepMessage.AXIS_COUNT);
        assertThat(check("phases[1].exercise[0].minutes=1..480:0.5", "phases[0].days=1..200"))
                .extracting(SweepProblem::message, SweepProblem::arguments)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(SweepMessage.TOO_MANY_RUNS, List.of(191_800L, 100_000)));
        // An axis made in code, not parsed, is checked too.
        SweepAxis unchecked = new SweepAxis(new ScenarioField("subject.age"), List.of(30.0, 17.0));
        assertThat(Sweep.check(BASE, List.of(unchecked)))
                .extracting(SweepProblem::message)
                .containsExactly(SweepMessage.OUT_OF_RANGE);
        SweepException e = catchThrowableOfType(
                SweepException.class,
                () -> Sweep.run(
                        BASE,
                        List.of(SweepAxis.parse("phases[7].days=1,2")),
                        new Readout(Readout.Kind.END, Measure.OVERALL_STRENGTH, 0),
                        Simulator.exact()));
        assertThat(e.problems()).extracting(SweepProblem::message).containsExactly(SweepMessage.NO_SUCH_PHASE);
    }

    /** Wrong arguments from code are programming errors, not user errors. */
    @Test
    void uncheckedValuesFromCodeAreIllegalArguments() {
        assertThatThrownBy(() -> new ScenarioField("phases[0].days").apply(BASE, 2.5))
                .isInstanceOf(IllegalArgumentException.class)
                .isNotInstanceOf(SweepException.class);
        assertThatThrownBy(() -> new ScenarioField("phases[0].days").apply(BASE, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ScenarioField("phases[5].days").apply(BASE, 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ScenarioField("name").apply(BASE, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SweepAxis(new ScenarioField("subject.age"), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        Readout end = new Readout(Readout.Kind.END, Measure.OVERALL_STRENGTH, 0);
        for (double step : new double[] {0, 1, -0.1, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertThatThrownBy(() -> Sensitivity.oneAtATime(BASE, end, step, Simulator.exact()))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void sensitivityStepsAreNumbersOfTheOneGrammarStrictlyBetweenZeroAndAHundred() {
        assertThat(Sensitivity.parseStepPercent("10")).isEqualTo(10.0);
        assertThat(Sensitivity.parseStepPercent(" 0.5 ")).isEqualTo(0.5);
        assertThat(Sensitivity.parseStepPercent("99.9")).isEqualTo(99.9);
        assertThat(Sensitivity.parseStepPercent("2e1")).isEqualTo(20.0);
        String[][] bad = {
            {"0", "STEP_PERCENT_OUT_OF_RANGE"},
            {"100", "STEP_PERCENT_OUT_OF_RANGE"},
            {"-5", "STEP_PERCENT_OUT_OF_RANGE"},
            {"1e20", "STEP_PERCENT_OUT_OF_RANGE"},
            {"NaN", "NOT_FINITE"},
            {"Infinity", "NOT_FINITE"},
            {"-Infinity", "NOT_FINITE"},
            {"1e400", "EXTREME_NUMBER"},
            {"1e-400", "EXTREME_NUMBER"},
            {"x", "NOT_A_NUMBER"},
            {"10%", "NOT_A_NUMBER"},
            {"10d", "NOT_A_NUMBER"},
            {"0x10", "NOT_A_NUMBER"},
            {"\uFF11\uFF10", "NOT_A_NUMBER"},
            {"", "EMPTY_VALUE"},
            {"1".repeat(50), "NUMBER_TOO_LONG"},
        };
        for (String[] b : bad) {
            SweepException e = catchThrowableOfType(SweepException.class, () -> Sensitivity.parseStepPercent(b[0]));
            assertThat(e).as(b[0]).isNotNull();
            assertThat(e.problems().get(0).message()).as(b[0]).isEqualTo(SweepMessage.valueOf(b[1]));
        }
    }

    @Test
    void aSweepWithUncertaintyCountsTheDaysOfItsLongestScenarioNotOnlyItsRuns() {
        // 83 ages x 3 depths x 200 draws are 49,800 runs: within the cap on runs, and for a one-year
        // scenario within the cap on days too; over ten years they are 182 million days, and refused.
        Scenario tenYears = Protocols.scenario(Protocols.healthy(50), Protocols.phase(3650, Mobility.BED_REST));
        Readout end = new Readout(Readout.Kind.END, Measure.OVERALL_STRENGTH, 0);
        java.util.function.Function<Scenario, org.inertia.sim.population.ParameterSampler> none =
                s -> org.inertia.sim.population.ParameterSampler.NONE;
        SweepException e = catchThrowableOfType(
                SweepException.class,
                () -> Sweep.runWithUncertainty(
                        tenYears,
                        List.of(
                                SweepAxis.parse("subject.age=18..100"),
                                SweepAxis.parse("parameters.mass-loss-depth=0.1,0.2,0.3")),
                        end,
                        Simulator.exact(),
                        none,
                        200,
                        1,
                        5,
                        95));
        assertThat(e.problems())
                .extracting(SweepProblem::message, SweepProblem::arguments)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        SweepMessage.TOO_MANY_RUNS, List.of(49_800L, Sweep.MAX_UNCERTAIN_DAYS / 3651)));
        assertThat(49_800L * 366).isLessThanOrEqualTo(Sweep.MAX_UNCERTAIN_DAYS);
        assertThat(Sweep.MAX_UNCERTAIN_DAYS / 366).isEqualTo(Sweep.MAX_UNCERTAIN_RUNS);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(SweepMessage.class)
    void everyCatalogueEntryFormatsWithItsArguments(SweepMessage key) {
        String text = key.format("X", "Y", "Z");
        assertThat(text).isNotBlank().doesNotContain("{").doesNotContain("''").doesNotContain("inertia ");
    }

    @Test
    void numbersInMessagesAreWrittenPlainly() {
        assertThat(SweepMessage.OUT_OF_RANGE.format(1, 3650.0, 0.25))
                .isEqualTo("must be between 1 and 3650 (was 0.25)");
        assertThat(SweepMessage.TOO_MANY_RUNS.format(191_800L, 100_000)).contains("191800", "100000");
        assertThat(SweepMessage.NOT_WHOLE.format(new java.math.BigDecimal("1.50")))
                .contains("1.5)");
    }

    @Test
    void sensitivityIsSortedByTheSwingAndMovesOnlyOneParameterAtATime() {
        Readout day7 = new Readout(
                Readout.Kind.ON_DAY, Measure.parse("strength.knee_extensors").orElseThrow(), 7);
        List<Sensitivity.Effect> effects = Sensitivity.oneAtATime(BASE, day7, 0.1, Simulator.exact());
        for (int i = 1; i < effects.size(); i++) {
            assertThat(effects.get(i).swing())
                    .isLessThanOrEqualTo(effects.get(i - 1).swing());
        }
        // After 7 days of bed rest the knee extensors depend on their susceptibility and the loss; recovery does not
        // matter yet.
        assertThat(effects.get(0).parameter())
                .isIn(
                        Parameter.SUSCEPTIBILITY_KNEE_EXTENSORS,
                        Parameter.NEURAL_LOSS_DEPTH,
                        Parameter.MASS_LOSS_DEPTH,
                        Parameter.NEURAL_LOSS_TAU_DAYS);
        Sensitivity.Effect recovery = effects.stream()
                .filter(e -> e.parameter() == Parameter.MASS_RECOVERY_TAU_DAYS)
                .findFirst()
                .orElseThrow();
        assertThat(recovery.swing()).isZero();
        assertThat(effects.get(0).outcomeAtLow()).isGreaterThan(effects.get(0).outcomeAtHigh());
    }

    @Test
    void aParameterAtZeroMovesUpByItsStandardErrorAndAFixedZeroIsLeftOut() {
        // The fit put the age effect on loss at 0; ten percent of nothing moved it nowhere, and it
        // was left out although one standard error of it costs an older adult two points.
        Scenario older = Scenario.of(
                "Older, in bed",
                new Subject(75, null, Condition.HEALTHY),
                List.of(new Phase("Bed rest", 10, Mobility.BED_REST, List.of())));
        Readout day10 = new Readout(
                Readout.Kind.ON_DAY, Measure.parse("strength.knee_extensors").orElseThrow(), 10);
        List<Sensitivity.Effect> effects = Sensitivity.oneAtATime(older, day10, 0.1, Simulator.exact());

        Sensitivity.Effect age = effects.stream()
                .filter(e -> e.parameter() == Parameter.AGE_NEURAL_LOSS_INCREASE)
                .findFirst()
                .orElseThrow();
        assertThat(age.base()).isZero();
        assertThat(age.low()).isZero();
        assertThat(age.high())
                .isEqualTo(DefaultCalibration.stored()
                        .standardError(Parameter.AGE_NEURAL_LOSS_INCREASE)
                        .getAsDouble());
        assertThat(age.outcomeAtHigh()).isLessThan(age.outcomeAtLow() - 1);
        assertThat(effects).noneMatch(e -> e.parameter() == Parameter.EXERCISE_RECOVERY_BOOST);

        // Another preset's values are a claim, not the calibration's estimate: its zeros have no
        // standard error to move by (as --uncertainty draws no band for it).
        Scenario rule = new Scenario(
                "Older, in bed, 1 % a day",
                "", older.subject(), older.phases(), Preset.ONE_PERCENT_A_DAY, java.util.Map.of());
        assertThat(rule.modelParameters().get(Parameter.AGE_NEURAL_LOSS_INCREASE))
                .isZero();
        assertThat(Sensitivity.oneAtATime(rule, day10, 0.1, Simulator.exact()))
                .noneMatch(e -> e.parameter() == Parameter.AGE_NEURAL_LOSS_INCREASE)
                .allMatch(e -> e.base() != 0);
    }

    @Test
    void zeroMinutesMeansNoExercise() {
        Scenario none = new ScenarioField("phases[1].exercise[0].minutes").apply(BASE, 0);
        assertThat(none.phases().get(1).exercise()).isEmpty();
        Sweep sweep = Sweep.run(
                BASE,
                List.of(SweepAxis.parse("phases[1].exercise[0].minutes=0..60:30")),
                new Readout(Readout.Kind.END, Measure.OVERALL_STRENGTH, 0),
                Simulator.exact());
        assertThat(sweep.value(0, 0)).isLessThan(sweep.value(1, 0));
        assertThat(sweep.value(1, 0)).isLessThanOrEqualTo(sweep.value(2, 0));
    }

    private static List<Double> values(String text) {
        return SweepAxis.parse(text).values();
    }

    private static SweepProblem problem(String text) {
        SweepException e = catchThrowableOfType(SweepException.class, () -> SweepAxis.parse(text));
        assertThat(e).as(text).isNotNull();
        return e.problems().get(0);
    }

    private static List<SweepProblem> check(String... axes) {
        return Sweep.check(
                BASE, java.util.Arrays.stream(axes).map(SweepAxis::parse).toList());
    }

    @Test
    void twoExercisesOfOnePhaseEachKeepPointingAtTheirOwnWhenOneIsRemoved() throws Exception {
        // Walking set to 0 minutes is removed; the cycling axis used to land on the resistance exercise.
        String yaml = "name: Three exercises\nsubject:\n  age: 45\nphases:\n  - days: 7\n    mobility: bed-rest\n"
                + "  - days: 28\n    mobility: normal\n    exercise:\n      - activity: walking\n        minutes: 30\n"
                + "      - activity: cycling\n        minutes: 20\n      - activity: resistance\n        minutes: 30\n";
        Scenario three = org.inertia.sim.scenario.io.ScenarioReader.parse(yaml, java.nio.file.Path.of("three.yaml"));
        String expected = yaml.replace("      - activity: walking\n        minutes: 30\n", "")
                .replace("minutes: 20", "minutes: 120");
        Scenario noWalkingLongCycling =
                org.inertia.sim.scenario.io.ScenarioReader.parse(expected, java.nio.file.Path.of("expected.yaml"));
        Readout end = new Readout(Readout.Kind.END, Measure.OVERALL_STRENGTH, 0);
        List<SweepAxis> axes = List.of(
                new SweepAxis(new ScenarioField("phases[1].exercise[0].minutes"), List.of(0.0, 30.0)),
                new SweepAxis(new ScenarioField("phases[1].exercise[1].minutes"), List.of(20.0, 120.0)));
        // Also in the other order of the axes, and for minutes and sessions of one exercise.
        List<SweepAxis> reversed = List.of(axes.get(1), axes.get(0));

        Sweep sweep = Sweep.run(three, axes, end, Simulator.exact());
        Sweep other = Sweep.run(three, reversed, end, Simulator.exact());

        double truth = end.of(Simulator.exact().simulate(noWalkingLongCycling));
        assertThat(sweep.value(0, 1)).isEqualTo(truth);
        assertThat(other.value(1, 0)).isEqualTo(truth);
        Sweep same = Sweep.run(
                three,
                List.of(
                        new SweepAxis(new ScenarioField("phases[1].exercise[0].minutes"), List.of(0.0, 30.0)),
                        new SweepAxis(new ScenarioField("phases[1].exercise[0].sessions-per-week"), List.of(3.0, 7.0))),
                end,
                Simulator.exact());
        String noWalking = yaml.replace("      - activity: walking\n        minutes: 30\n", "");
        double without = end.of(Simulator.exact()
                .simulate(
                        org.inertia.sim.scenario.io.ScenarioReader.parse(noWalking, java.nio.file.Path.of("w.yaml"))));
        assertThat(same.value(0, 0)).isEqualTo(without);
        assertThat(same.value(0, 1)).isEqualTo(without);
    }
}
