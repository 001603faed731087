package org.inertia.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.inertia.cli.output.StandardStreams;

/**
 * What the launcher's class-data archive is made from (the {@code inertia} script): the commands
 * people run most, in one JVM, their output discarded, so that the classes and method-handle forms
 * they load are archived when the JVM exits and later calls neither load nor generate them. Not a
 * command of the tool.
 */
public final class ArchiveTraining {

    private ArchiveTraining() {}

    /**
     * The commands of the training, on the example scenarios.
     *
     * @param scenarios the folder of the example scenarios
     * @param work an empty folder for the files the commands write
     * @return each command's arguments
     */
    static List<String[]> commands(Path scenarios, Path work) {
        String walking = scenarios.resolve("bed-rest-7d-then-walking.yaml").toString();
        String year = scenarios.resolve("bed-rest-14d-then-one-year.yaml").toString();
        String out = work.toString();
        return List.of(
                // The main job: one scenario, chart, CSV and JSON.
                new String[] {
                    "run", walking, "--chart", out + "/run.png", "--csv", out + "/run.csv", "--json", out + "/run.json"
                },
                // A population, as researchers run it.
                new String[] {
                    "run",
                    year,
                    "--subjects",
                    "2000",
                    "--seed",
                    "1",
                    "--measure",
                    "strength.knee_extensors",
                    "--csv",
                    out + "/population.csv"
                },
                // Options side by side, as clinicians compare them.
                new String[] {"compare", walking, year, "--chart", out + "/compare.png"});
    }

    /**
     * Runs the training.
     *
     * @param args the folder of the example scenarios, and an empty folder for the files written
     */
    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        PrintWriter discard = new PrintWriter(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
        StandardStreams streams = new StandardStreams(System.in, bytes -> {});
        int failed = 0;
        for (String[] command : commands(Path.of(args[0]), Path.of(args[1]))) {
            int exit = Inertia.commandLine(streams, discard, discard, Inertia.subcommandsFor(command))
                    .execute(command);
            failed += exit == 0 ? 0 : 1;
        }
        System.exit(failed == 0 ? 0 : 1);
    }
}
