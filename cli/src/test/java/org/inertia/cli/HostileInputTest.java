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
        Path locked = Files.createDirectory(dir.resolve("locked"),
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
}
