package org.inertia.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code inertia man COMMAND} (issue 14): each command's page opens with {@code man -l}, and lists
 * every option its {@code --help} lists. Needs man(1) (Debian's man-db, which .ci/run installs).
 */
class ManCommandTest {

    private static final Path MAN = Path.of("/usr/bin/man");

    @TempDir
    Path dir;

    private static CommandLine root() {
        PrintWriter none = new PrintWriter(Writer.nullWriter());
        return Inertia.commandLine(none, none);
    }

    static Stream<String> commands() {
        return Stream.concat(
                Stream.of(""), root().getSubcommands().keySet().stream().filter(c -> !c.equals("man")));
    }

    @ParameterizedTest
    @MethodSource("commands")
    void everyCommandsPageOpensWithManAndListsEveryOption(String command) throws Exception {
        assumeTrue(Files.isExecutable(MAN), "needs man(1)");
        Cli.Result r = command.isEmpty() ? Cli.run("man") : Cli.run("man", command);
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        Path page = dir.resolve("page.1");
        Files.writeString(page, r.out());

        ProcessBuilder pb = new ProcessBuilder(MAN.toString(), "-l", "-P", "cat", page.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("text.txt").toFile());
        pb.environment().put("MANWIDTH", "100");
        pb.environment().put("LANG", "C.UTF-8");
        Process p = pb.start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String text = Files.readString(dir.resolve("text.txt"), StandardCharsets.UTF_8);

        assertThat(p.exitValue()).as(text).isZero();
        assertThat(text).contains("NAME", "SYNOPSIS", "OPTIONS", "EXIT STATUS");
        CommandLine cl = command.isEmpty() ? root() : root().getSubcommands().get(command);
        String plain = text.replace("\u2010", "-").replace("\u2212", "-");
        for (OptionSpec o : cl.getCommandSpec().options()) {
            if (!o.hidden()) {
                assertThat(plain).as("%s %s", command, o.longestName()).contains(o.longestName());
            }
        }
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        Cli.Result r = Cli.run("man", "nope");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("inertia: man: no command 'nope'");
        assertThat(r.out()).isEmpty();
    }
}
