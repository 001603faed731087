package org.inertia.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code inertia} in a JVM of its own, on the tests' class path, for what cannot be tested in
 * this one: signals, and the locale Java reads arguments and file names in (issue 12).
 */
final class ChildJvm {

    private static final long TIMEOUT_SECONDS = 120;

    /** What one run did; its output was sent to files, so a full pipe never blocks it. */
    record Result(int exitCode, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }
    }

    private ChildJvm() {}

    /**
     * A process builder for {@code inertia ARGS}, started in {@code dir}. The signals Java stops
     * on (INT, TERM) get their default handling back first where GNU env can do that: a process
     * started in the background by a non-interactive shell inherits SIGINT ignored, and the JVM
     * keeps it so.
     */
    static ProcessBuilder inertia(Path dir, Map<String, String> env, Object... args) {
        List<String> command = new ArrayList<>();
        if (canResetSignals()) {
            command.addAll(List.of("env", "--default-signal=INT,TERM"));
        }
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(
                "-Xmx512m",
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-Djava.awt.headless=true",
                "-cp",
                System.getProperty("java.class.path"),
                Inertia.class.getName()));
        for (Object a : args) {
            command.add(a.toString());
        }
        // Through sh, each argument spelt as its UTF-8 bytes: Java would encode the arguments of a
        // process in this JVM's own locale, and under the POSIX locale turn café.csv into caf?.csv.
        StringBuilder script = new StringBuilder("exec");
        for (String c : command) {
            script.append(" \"$(printf '");
            for (byte b : c.getBytes(StandardCharsets.UTF_8)) {
                script.append(String.format("\\%03o", b & 0xff));
            }
            script.append("')\"");
        }
        ProcessBuilder builder = new ProcessBuilder("sh", "-c", script.toString()).directory(dir.toFile());
        // An empty value removes the variable (LC_ALL would override LC_CTYPE even when empty here).
        env.forEach((k, v) -> {
            if (v.isEmpty()) {
                builder.environment().remove(k);
            } else {
                builder.environment().put(k, v);
            }
        });
        return builder;
    }

    /** The names in a folder, as UTF-8 whatever this JVM's locale (which may not decode them). */
    static List<String> namesIn(Path dir) throws IOException, InterruptedException {
        Process ls = new ProcessBuilder("ls", "-1A", dir.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        byte[] out = ls.getInputStream().readAllBytes();
        ls.waitFor();
        return new String(out, StandardCharsets.UTF_8).lines().toList();
    }

    /** Runs {@code inertia ARGS} to the end (an empty value in {@code env} removes that variable) and keeps what it printed. */
    static Result run(Path dir, Map<String, String> env, Object... args) throws IOException, InterruptedException {
        Path logs = Files.createTempDirectory("inertia-child");
        try {
            Process p = inertia(dir, env, args)
                    .redirectOutput(logs.resolve("out").toFile())
                    .redirectError(logs.resolve("err").toFile())
                    .start();
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
                throw new AssertionError("inertia did not finish within " + TIMEOUT_SECONDS + " s");
            }
            return new Result(
                    p.exitValue(), Files.readString(logs.resolve("out")), Files.readString(logs.resolve("err")));
        } finally {
            try (var s = Files.list(logs)) {
                for (Path f : s.toList()) {
                    Files.delete(f);
                }
            }
            Files.delete(logs);
        }
    }

    private static Boolean resets;

    private static synchronized boolean canResetSignals() {
        if (resets == null) {
            try {
                Process p = new ProcessBuilder("env", "--default-signal=INT,TERM", "true")
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .start();
                resets = p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
            } catch (IOException e) {
                resets = false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                resets = false;
            }
        }
        return resets;
    }
}
