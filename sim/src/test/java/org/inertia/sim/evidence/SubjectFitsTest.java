package org.inertia.sim.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.inertia.sim.Protocols;
import org.inertia.sim.measure.Measure;
import org.inertia.sim.model.Simulator;
import org.inertia.sim.parameters.Parameter;
import org.inertia.sim.parameters.Preset;
import org.inertia.sim.scenario.Mobility;
import org.inertia.sim.scenario.Scenario;
import org.inertia.sim.trajectory.Trajectory;
import org.junit.jupiter.api.Test;

/** Fitting each subject of a file on its own, and the spread of their values (issue 14). */
class SubjectFitsTest {

    private static final Scenario PROTOCOL = Protocols.scenario(
            Protocols.healthy(40), Protocols.phase(14, Mobility.BED_REST), Protocols.phase(14, Mobility.NORMAL));

    private static final List<Parameter> FREE = List.of(Parameter.MASS_LOSS_DEPTH, Parameter.NEURAL_LOSS_DEPTH);

    /** Four subjects' true values: mass-loss-depth, neural-loss-depth. */
    private static final double[][] TRUTH = {{0.10, 0.08}, {0.15, 0.12}, {0.22, 0.10}, {0.30, 0.20}};

    /** Exact data from the model with each subject's values, every other day, strength and mass. */
    private static Map<String, List<Measurement>> subjects() {
        List<Measurement> all = new ArrayList<>();
        int line = 2;
        for (int s = 0; s < TRUTH.length; s++) {
            Trajectory t = Simulator.exact()
                    .simulate(PROTOCOL.withModel(
                            Preset.DEFAULT,
                            Map.of(Parameter.MASS_LOSS_DEPTH, TRUTH[s][0], Parameter.NEURAL_LOSS_DEPTH, TRUTH[s][1])));
            for (int day = 0; day <= 28; day += 2) {
                for (String m : List.of("strength.knee_extensors", "mass.knee_extensors")) {
                    Measure measure = Measure.parse(m).orElseThrow();
                    all.add(new Measurement(
                            line++, day, measure, t.percent(measure, day), OptionalDouble.empty(), "P" + (s + 1)));
                }
            }
        }
        return SubjectFits.bySubject(all);
    }

    @Test
    void eachSubjectGetsItsOwnValuesWhateverTheThreads() throws MeasurementException {
        Map<String, List<Measurement>> subjects = subjects();
        SubjectFits.check(PROTOCOL, subjects, FREE, "m.csv");

        List<SubjectFits.SubjectFit> one = SubjectFits.fit(PROTOCOL, subjects, FREE, 1);
        List<SubjectFits.SubjectFit> three = SubjectFits.fit(PROTOCOL, subjects, FREE, 3);

        assertThat(one).extracting(SubjectFits.SubjectFit::subject).containsExactly("P1", "P2", "P3", "P4");
        for (int s = 0; s < TRUTH.length; s++) {
            assertThat(one.get(s).result().estimates().get(Parameter.MASS_LOSS_DEPTH))
                    .isCloseTo(TRUTH[s][0], within(1e-5));
            assertThat(one.get(s).result().estimates().get(Parameter.NEURAL_LOSS_DEPTH))
                    .isCloseTo(TRUTH[s][1], within(1e-5));
            assertThat(one.get(s).estimates(Parameter.MASS_LOSS_DEPTH)).isTrue();
            assertThat(three.get(s).result().estimates())
                    .isEqualTo(one.get(s).result().estimates());
        }
    }

    @Test
    void theSpreadIsTheMeanSdMedianAndRangeOfTheEstimates() {
        List<SubjectFits.SubjectFit> fits = SubjectFits.fit(PROTOCOL, subjects(), FREE, 2);

        SubjectFits.Spread mass = SubjectFits.spread(fits, FREE).get(0);

        // 0.10, 0.15, 0.22, 0.30: mean 0.1925; squares about it 0.00855 + 0.001806 + 0.000756 + 0.011556
        // = 0.022675, / 3 = 0.0075583, SD 0.086939; median (0.15 + 0.22) / 2 = 0.185.
        assertThat(mass.parameter()).isEqualTo(Parameter.MASS_LOSS_DEPTH);
        assertThat(mass.subjects()).isEqualTo(4);
        assertThat(mass.mean()).isCloseTo(0.1925, within(1e-5));
        assertThat(mass.standardDeviation()).isCloseTo(0.086939, within(1e-5));
        assertThat(mass.median()).isCloseTo(0.185, within(1e-5));
        assertThat(mass.min()).isCloseTo(0.10, within(1e-5));
        assertThat(mass.max()).isCloseTo(0.30, within(1e-5));

        SubjectFits.Spread alone = SubjectFits.spread(fits.subList(1, 2), FREE).get(1);
        assertThat(alone.subjects()).isEqualTo(1);
        assertThat(alone.median()).isCloseTo(0.12, within(1e-5));
        assertThat(alone.standardDeviation()).isNaN();
        assertThat(SubjectFits.spread(List.of(), FREE).get(0).mean()).isNaN();
    }

    @Test
    void aSubjectWithTooFewRowsIsNamedAtItsFirstLine() {
        Map<String, List<Measurement>> subjects = new LinkedHashMap<>(subjects());
        Measure strength = Measure.parse("strength.overall").orElseThrow();
        subjects.put("Q", List.of(new Measurement(99, 7, strength, 92, OptionalDouble.empty(), "Q")));

        MeasurementException e = catchThrowableOfType(
                () -> SubjectFits.check(PROTOCOL, subjects, FREE, "m.csv"), MeasurementException.class);

        assertThat(e.details()).singleElement().satisfies(p -> {
            assertThat(p.message()).isEqualTo(MeasurementMessage.SUBJECT_TOO_FEW_MEASUREMENTS);
            assertThat(p.line()).isEqualTo(99);
            assertThat(p.field()).isEqualTo("subject");
            assertThat(p.arguments()).containsExactly("Q", 1, 2);
        });
        MeasurementException none = catchThrowableOfType(
                () -> SubjectFits.check(PROTOCOL, subjects(), List.of(), "m.csv"), MeasurementException.class);
        assertThat(none.details())
                .extracting(MeasurementProblem::message)
                .containsExactly(MeasurementMessage.NO_PARAMETERS);
    }

    @Test
    void moreSubjectDaysThanAFitTakesAreRefusedBeforeAnyFit() {
        // 274 subjects over ten years (3,651 days with day 0) are just over a million subject-days,
        // 273 just under: the file and the measurements are otherwise the same.
        Scenario tenYears = Protocols.scenario(
                Protocols.healthy(40), Protocols.phase(14, Mobility.BED_REST), Protocols.phase(3636, Mobility.NORMAL));
        Measure strength = Measure.parse("strength.overall").orElseThrow();
        Map<String, List<Measurement>> many = new LinkedHashMap<>();
        for (int i = 0; i < 274; i++) {
            String id = "S" + i;
            many.put(
                    id,
                    List.of(
                            new Measurement(2 + 3 * i, 7, strength, 95, OptionalDouble.empty(), id),
                            new Measurement(3 + 3 * i, 14, strength, 90, OptionalDouble.empty(), id),
                            new Measurement(4 + 3 * i, 28, strength, 96, OptionalDouble.empty(), id)));
        }

        MeasurementException e = catchThrowableOfType(
                () -> SubjectFits.check(tenYears, many, FREE, "m.csv"), MeasurementException.class);

        assertThat(e.details()).singleElement().satisfies(p -> {
            assertThat(p.message()).isEqualTo(MeasurementMessage.TOO_MANY_SUBJECT_DAYS);
            assertThat(p.arguments()).containsExactly(274, 3650, 274L * 3651, SubjectFits.MAX_SUBJECT_DAYS);
        });
        many.remove("S273");
        org.assertj.core.api.Assertions.assertThatCode(() -> SubjectFits.check(tenYears, many, FREE, "m.csv"))
                .doesNotThrowAnyException();
    }
}
