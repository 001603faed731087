package org.inertia.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs a careless or hostile user might give, through the real command line. */
class HostileInputTest {

    private static final Path SCENARIO = Cli.SHIPPED.resolve("bed-rest-48h.yaml");

    @Test
    void aHundredMegabyteFileIsRefusedWithoutReadingIt(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.yaml");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(100L << 20); // sparse: nothing is written, but the size is 100 MB
        }
        Cli.Result r = Cli.run("run", big, "--csv", dir.resolve("out.csv"));
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith(big + ": is 104857600 bytes; scenario files are limited to 1048576 bytes");
        assertThat(Files.exists(dir.resolve("out.csv"))).isFalse();
    }

    @Test
    void aDirectoryGivenAsTheScenarioIsAUserError(@TempDir Path dir) {
        Cli.Result r = Cli.run("validate", dir);
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains(dir + ": is a directory or special file, not a scenario file");
    }

    @Test
    void anOutputInAReadOnlyDirectoryIsAUserError(@TempDir Path dir) throws Exception {
        Path locked = Files.createDirectory(
                dir.resolve("locked"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("r-xr-xr-x")));
        assumeFalse(Files.isWritable(locked), "running as root: a read-only directory is still writable");
        Cli.Result r = Cli.run("run", SCENARIO, "--csv", locked.resolve("out.csv"));
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("cannot write in directory");
    }

    @Test
    void anUnreadableScenarioIsAUserError(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.yaml");
        Files.copy(SCENARIO, secret);
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(secret), "running as root: an unreadable file is still readable");
        Cli.Result r = Cli.run("run", secret);
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains(secret + ": cannot be read");
    }

    @Test
    void seedWithoutSubjectsConflicts() {
        Cli.Result r = Cli.run("run", SCENARIO, "--seed", "3");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).doesNotContain("Exception");
    }

    @Test
    void theSameScenarioTwiceGetsDistinctNamesInTableAndCsv(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("c.csv");
        Cli.Result r = Cli.run("compare", SCENARIO, SCENARIO, "--csv", csv);
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("48 hours of bed rest (2)");
        assertThat(Files.readAllLines(csv))
                .anyMatch(l -> l.startsWith("48 hours of bed rest (2),"))
                .anyMatch(l -> l.startsWith("48 hours of bed rest,"));
    }

    @Test
    void aChartToStandardOutputAndEmptyNamesAreNotOutputFiles(@TempDir Path dir) {
        // Since issue 14, '--csv -' and '--json -' write to standard output; a chart still cannot.
        Cli.Result dash = Cli.run("run", SCENARIO, "--chart", "-");
        assertThat(dash.exitCode()).isEqualTo(2);
        assertThat(dash.err()).contains("--chart -: a chart cannot go to standard output; name a file");
        assertThat(Files.exists(Path.of("-"))).isFalse();
        Cli.Result csv = Cli.run("run", SCENARIO, "--csv", "-");
        assertThat(csv.exitCode()).isZero();
        assertThat(Files.exists(Path.of("-"))).isFalse();
        Cli.Result empty = Cli.run("run", SCENARIO, "--csv", "");
        assertThat(empty.exitCode()).isEqualTo(2);
        assertThat(empty.err()).contains("--csv: the file name is empty");
    }

    @Test
    void aSweepStepMustBePositive() {
        Cli.Result r = Cli.run("sweep", SCENARIO, "--vary", "parameters.mass-loss-depth=0.1..0.3:0");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("the step must be greater than 0");
    }

    @Test
    void fitSaysWhichParametersTheDataCannotDetermine(@TempDir Path dir) throws Exception {
        Path m = dir.resolve("mass.csv");
        Files.writeString(
                m,
                "day,measure,value\n1,mass.knee_extensors,99.6\n2,mass.knee_extensors,99.2\n6,mass.knee_extensors,99.4\n");
        Cli.Result r = Cli.run("fit", m, "--scenario", SCENARIO, "--parameters", "neural-loss-depth,mass-loss-depth");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out())
                .contains("Note: no measurement depends on neural-loss-depth")
                .contains("parameters:\n  mass-loss-depth: ")
                .doesNotContain("  neural-loss-depth: ");
        Path flat = dir.resolve("flat.csv");
        Files.writeString(flat, "day,measure,value\n1,strength.overall,99\n2,strength.overall,99\n");
        Cli.Result f = Cli.run("fit", flat, "--scenario", SCENARIO, "--parameters", "neural-loss-depth");
        assertThat(f.out())
                .contains("R^2 n/a (the measured values do not vary)")
                .contains("2 measurements, 1 parameter.");
    }
}
