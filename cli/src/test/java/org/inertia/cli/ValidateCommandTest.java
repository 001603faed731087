package org.inertia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ValidateCommandTest {

    @Test
    void validFilesAreOkWithTheirPhasesAndDays() {
        Path walk = Cli.fixture("rest-then-walk.yaml");
        Path shortStay = Cli.fixture("short-stay.yaml");

        Cli.Result r = Cli.run("validate", walk, shortStay);

        assertThat(r.exitCode()).isZero();
        assertThat(r.outLines())
                .containsExactly(walk + ": ok (2 phases, 21 days)", shortStay + ": ok (1 phase, 10 days)");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void everyProblemOfEveryInvalidFileIsReportedAndTheExitCodeIsTwo() {
        Path walk = Cli.fixture("rest-then-walk.yaml");
        Path bad = Cli.bad("two-mistakes.yaml");
        Path syntax = Cli.bad("not-yaml.yaml");

        Cli.Result r = Cli.run("validate", bad, walk, syntax);

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.outLines()).containsExactly(walk + ": ok (2 phases, 21 days)");
        assertThat(r.errLines()).hasSize(3);
        assertThat(r.errLines().get(0)).isEqualTo(bad + ":7:11: phases[0].days: must be between 1 and 3650 (was -3)");
        assertThat(r.errLines().get(1)).startsWith(bad + ":8:15: phases[0].mobility: unknown value 'bedrest'");
        assertThat(r.errLines().get(2)).startsWith(syntax + ":2:").contains("invalid YAML");
    }

    @Test
    void missingFileIsInvalid() {
        Cli.Result r = Cli.run("validate", "no-such-file.yaml");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("no-such-file.yaml: no such file");
    }

    @Test
    void atLeastOneFileIsRequired() {
        assertThat(Cli.run("validate").exitCode()).isEqualTo(2);
    }
}
