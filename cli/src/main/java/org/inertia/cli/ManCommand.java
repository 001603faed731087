package org.inertia.cli;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.inertia.cli.options.UserInputException;
import org.inertia.cli.output.InertiaVersion;
import org.inertia.cli.output.ManPage;
import org.inertia.cli.output.StandardStreams;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code inertia man [COMMAND]}: prints a command's manual page in roff, from the same model as its
 * {@code --help} (issue 14).
 */
@Command(
        name = "man",
        mixinStandardHelpOptions = true,
        versionProvider = InertiaVersion.class,
        description = {
            "Prints the manual page of inertia or of one of its commands, in roff, for man(1).",
            "Without COMMAND, the page of inertia itself, which lists the commands."
        },
        footerHeading = "%nExamples:%n",
        footer = {"  inertia man run | man -l -", "  for c in run compare sweep; do inertia man $c > inertia-$c.1; done"
        })
public final class ManCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "COMMAND",
            description = "The command whose page to print, such as run (default: inertia itself).")
    private String command;

    @Override
    public Integer call() throws Exception {
        CommandSpec root = spec.root();
        CommandSpec page = root;
        if (command != null) {
            CommandLine sub = root.subcommands().get(command);
            if (sub == null || command.equals("man")) {
                throw new UserInputException("man: no command '" + command.replaceAll("\\p{Cntrl}", "?")
                        + "'; 'inertia --help' lists the commands");
            }
            page = sub.getCommandSpec();
        }
        StandardStreams.of(spec)
                .write(ManPage.of(page, InertiaVersion.version()).getBytes(StandardCharsets.UTF_8));
        return ExitCode.OK;
    }
}
