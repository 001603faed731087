package org.inertia.sim.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.inertia.sim.parameters.Parameter;
import org.inertia.sim.parameters.Preset;
import org.junit.jupiter.api.Test;

/** The figures quoted in docs/model.md are the ones the code produces. */
class DocsAgreeTest {

    private static String docs() throws IOException {
        return Files.readString(Path.of("../docs/model.md"));
    }

    private static String pp(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    @Test
    void errorFiguresInTheDocsMatchTheEvidenceRun() throws IOException {
        String docs = docs();
        EvidenceSet evidence = EvidenceSet.builtIn();
        EvidenceReport report = EvidenceReport.evaluate(evidence);
        assertThat(docs).contains("**" + pp(report.overall().rootMeanSquareErrorPp()) + "**");
        assertThat(docs)
                .contains("**"
                        + pp(report.byCategory().get(EvidenceCategory.DISUSE).rootMeanSquareErrorPp()) + "**");
        Calibration.HoldOut loso =
                Calibration.leaveOneStudyOut(evidence, Preset.DEFAULT.parameters(), Calibration.DEFAULT_FREE);
        assertThat(docs)
                .contains("**" + pp(loso.rootMeanSquareErrorPp()) + " pp**")
                .contains(
                        "**" + pp(loso.byCategory().get(EvidenceCategory.DISUSE).rootMeanSquareErrorPp()) + " pp**");
        assertThat(docs)
                .contains("**" + evidence.rows().size() + " published figures from")
                .contains(evidence.studies().size() + " studies**");
    }

    @Test
    void everyParameterIsInTheDocsTableWithItsValue() throws IOException {
        String docs = docs();
        for (Parameter p : Parameter.values()) {
            String value = new java.math.BigDecimal(
                            Double.toString(Preset.DEFAULT.parameters().get(p)))
                    .stripTrailingZeros()
                    .toPlainString();
            assertThat(docs)
                    .as(p.key())
                    .containsPattern("\\| `" + java.util.regex.Pattern.quote(p.key()) + "` \\| "
                            + java.util.regex.Pattern.quote(value) + "[ .0]");
        }
    }
}
