package org.inertia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code inertia} launcher script at the top of the checkout (issue 10), through the cases of
 * {@code src/test/launcher/launcher-test.sh}: a stub {@code mvn} and a stub JDK on the PATH stand
 * in for the build and the JVM, so each case takes seconds and no real build is made. The script
 * runs on its own too: {@code bash cli/src/test/launcher/launcher-test.sh}.
 */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "the launcher is a bash script")
class LauncherTest {

    private static final Path SCRIPT = Path.of("src", "test", "launcher", "launcher-test.sh");
    private static final Path LAUNCHER = Path.of("..", "inertia");
    private static final long TIMEOUT_SECONDS = 120;

    @TempDir
    Path tmp;

    @Test
    void aLinkToTheLauncherInAFolderOnThePathFindsTheCheckoutIssue10() throws Exception {
        assertCasePasses("symlinked-launcher-finds-its-root");
    }

    @Test
    void twoFirstRunsStartedTogetherBuildOnceIssue10() throws Exception {
        assertCasePasses("concurrent-first-runs-build-once");
    }

    @Test
    void twoFirstRunsStartedTogetherBuildOnceWithoutFlockIssue10() throws Exception {
        assertCasePasses("concurrent-first-runs-build-once-without-flock");
    }

    @Test
    void aChangedJdkRebuildsTheStartUpArchiveIssue10() throws Exception {
        assertCasePasses("changed-jdk-rebuilds-the-archive");
    }

    @Test
    void aJdkThatCannotMakeTheArchiveIsNotAskedAgainIssue10() throws Exception {
        assertCasePasses("failed-archive-is-retried-only-for-another-jdk");
    }

    @Test
    void aLockLeftByADeadRunIsTakenOverIssue10() throws Exception {
        assertCasePasses("stale-lock-is-taken-over");
    }

    @Test
    void aLockHeldTooLongFailsWithAMessageIssue10() throws Exception {
        assertCasePasses("lock-held-too-long-fails-with-a-message");
    }

    @Test
    void underThePosixLocaleJavaGetsAUtf8CharacterTypeIssue12() throws Exception {
        assertCasePasses("posix-locale-gets-a-utf-8-character-type");
    }

    private void assertCasePasses(String name) throws Exception {
        Path log = tmp.resolve("launcher-test.log");
        Path work = Files.createDirectories(tmp.resolve("work"));
        ProcessBuilder builder = new ProcessBuilder("bash", SCRIPT.toString(), name)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment()
                .put("INERTIA_LAUNCHER", LAUNCHER.toAbsolutePath().normalize().toString());
        builder.environment().put("TMPDIR", work.toString());
        Process process = builder.start();
        // Output goes to a file, not a pipe, so a hung case cannot block the read; it is killed.
        boolean finished = process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (!finished) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor();
        }
        String output = Files.readString(log);
        assertThat(finished)
                .as("%s finished within %d s; output:%n%s", name, TIMEOUT_SECONDS, output)
                .isTrue();
        assertThat(process.exitValue())
                .as("exit status of %s; output:%n%s", name, output)
                .isZero();
        assertThat(output).contains("ok - " + name).doesNotContain("not ok");
    }
}
