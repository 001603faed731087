package org.inertia.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.inertia.cli.output.AtomicFiles;
import org.inertia.cli.output.OutputFileException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Files that change hands or stay behind (issue 12, class 6): an output written over keeps its
 * permissions; a signal mid-write leaves neither a partial target nor a temporary file, and a
 * temporary file a killed run left is removed by the next; a full disk, a name too long and a
 * link into a read-only folder are the environment's problems, reported in one line naming the
 * path (exit 2) with nothing written; non-ASCII names work when Java reads them as UTF-8, and
 * fail with a clear message when the locale keeps it from doing so.
 */
@EnabledOnOs(value = OS.LINUX, disabledReason = "permissions, signals, tmpfs and locales as on Linux")
class OutputFilesTest {

    private static final Path SCENARIO =
            Cli.SHIPPED.resolve("bed-rest-48h.yaml").toAbsolutePath().normalize();

    /** The 1 MiB file system, or null where none can be had (neither given nor root). */
    private static Path smallDisk;

    private static boolean mountedHere;

    @BeforeAll
    static void smallDisk() throws IOException {
        smallDisk = Mounts.givenSmallDisk();
        if (smallDisk == null && Mounts.isRoot()) {
            Path dir = Files.createTempDirectory("inertia-small-disk");
            if (Mounts.mountTmpfs(dir, "size=1m,mode=1777")) {
                smallDisk = dir;
                mountedHere = true;
            } else {
                Files.delete(dir);
            }
        }
    }

    @AfterAll
    static void unmountSmallDisk() throws IOException {
        if (mountedHere) {
            Mounts.unmount(smallDisk);
            Files.deleteIfExists(smallDisk);
        }
    }

    // ---- permissions -------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"rw-------", "rw-r-----", "rw-r--r--", "r--------", "rw-rw----", "rw-rw-rw-", "rwx------"})
    void anOutputWrittenOverKeepsItsPermissionsIssue12(String permissions, @TempDir Path dir) throws IOException {
        List<Path> targets = List.of(dir.resolve("out.csv"), dir.resolve("out.json"), dir.resolve("out.png"));
        for (Path t : targets) {
            Files.writeString(t, "old");
            Files.setPosixFilePermissions(t, PosixFilePermissions.fromString(permissions));
        }

        Cli.Result r =
                Cli.run("run", SCENARIO, "--csv", targets.get(0), "--json", targets.get(1), "--chart", targets.get(2));

        assertThat(r.exitCode()).as(r.err()).isZero();
        for (Path t : targets) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(t)))
                    .as(t.getFileName().toString())
                    .isEqualTo(permissions);
            assertThat(Files.size(t)).isGreaterThan(3);
        }
        assertThat(listing(dir)).containsExactlyInAnyOrder("out.csv", "out.json", "out.png");
    }

    @Test
    void theFileALinkPointsToKeepsItsPermissionsIssue12(@TempDir Path dir) throws IOException {
        Path real = Files.createDirectory(dir.resolve("real")).resolve("data.csv");
        Files.writeString(real, "old");
        Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rw-------"));
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), real);

        assertThat(Cli.run("run", SCENARIO, "--csv", link).exitCode()).isZero();

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(real)))
                .isEqualTo("rw-------");
        assertThat(Files.readString(real)).startsWith("scenario,day,measure");
    }

    @Test
    void theContentIsNeverMoreExposedThanTheFileItReplacesIssue12(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("secret.csv");
        Files.writeString(target, "old");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-------"));
        List<String> seen = new ArrayList<>();

        AtomicFiles.write(target, out -> {
            try (Stream<Path> s = Files.list(dir)) {
                for (Path p : s.filter(p -> p.getFileName().toString().endsWith(".tmp"))
                        .toList()) {
                    seen.add(PosixFilePermissions.toString(Files.getPosixFilePermissions(p)));
                }
            }
            out.write("new".getBytes(StandardCharsets.UTF_8));
        });

        assertThat(seen).containsExactly("rw-------");
        assertThat(target).hasContent("new");
    }

    @Test
    void aNewOutputGetsTheDefaultPermissionsOfNewFiles(@TempDir Path dir) throws IOException {
        Path probe = Files.createFile(dir.resolve("probe"));
        Path target = dir.resolve("new.csv");

        assertThat(Cli.run("run", SCENARIO, "--csv", target).exitCode()).isZero();

        assertThat(Files.getPosixFilePermissions(target)).isEqualTo(Files.getPosixFilePermissions(probe));
    }

    @Test
    void anOutputWrittenOverKeepsItsOwnerAndGroupWhereTheSystemAllowsIssue12(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("theirs.csv");
        Files.writeString(target, "old");
        PosixFileAttributeView view = Files.getFileAttributeView(target, PosixFileAttributeView.class);
        if (Mounts.isRoot()) {
            // Root writes over a user's file: it stays the user's.
            UserPrincipalLookupService users = dir.getFileSystem().getUserPrincipalLookupService();
            view.setOwner(users.lookupPrincipalByName("nobody"));
            view.setGroup(users.lookupPrincipalByGroupName(group("nogroup", "nobody")));
        }
        PosixFileAttributes before = view.readAttributes();

        assertThat(Cli.run("run", SCENARIO, "--csv", target).exitCode()).isZero();

        PosixFileAttributes after = Files.readAttributes(target, PosixFileAttributes.class);
        assertThat(after.owner()).isEqualTo(before.owner());
        assertThat(after.group()).isEqualTo(before.group());
        assertThat(after.permissions()).isEqualTo(before.permissions());
    }

    private static String group(String... candidates) throws IOException {
        List<String> groups = Files.readAllLines(Path.of("/etc/group")).stream()
                .map(l -> l.split(":")[0])
                .toList();
        for (String g : candidates) {
            if (groups.contains(g)) {
                return g;
            }
        }
        return "root";
    }

    // ---- signals and leftovers ----------------------------------------------------------------

    @ParameterizedTest(name = "SIG{0}")
    @ValueSource(strings = {"INT", "TERM", "HUP"})
    void aSignalMidWriteLeavesNeitherAPartialTargetNorATemporaryFileIssue12(String signal, @TempDir Path dir)
            throws Exception {
        Path csv = dir.resolve("big.csv");
        Files.writeString(csv, "old\n");
        Process p = startBigWrite(dir, csv);
        try {
            awaitTemporaryFile(p, dir, "big.csv");
            kill(signal, p.pid());
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("stopped").isTrue();
        } finally {
            p.destroyForcibly().waitFor();
        }

        assertThat(p.exitValue()).as("exit status").isEqualTo(128 + signalNumber(signal));
        assertThat(csv).hasContent("old");
        assertThat(listing(dir)).containsExactlyInAnyOrder("long.yaml", "big.csv");
    }

    @Test
    void aTemporaryFileLeftByAKilledRunIsRemovedByTheNextIssue12(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("big.csv");
        Process p = startBigWrite(dir, csv);
        try {
            awaitTemporaryFile(p, dir, "big.csv");
            kill("KILL", p.pid());
            p.waitFor(60, TimeUnit.SECONDS);
        } finally {
            p.destroyForcibly().waitFor();
        }
        assertThat(listing(dir)).as("SIGKILL runs no clean-up").anyMatch(n -> n.startsWith(".big.csv."));

        Cli.Result r = Cli.run("run", SCENARIO, "--csv", csv);

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(listing(dir)).containsExactlyInAnyOrder("long.yaml", "big.csv");
    }

    /** Compares ten copies of a ten-year scenario into a CSV of about 19 MB: seconds of writing. */
    private static Process startBigWrite(Path dir, Path csv) throws IOException {
        Path yaml = dir.resolve("long.yaml");
        Files.writeString(
                yaml,
                """
                name: long
                subject:
                  age: 40
                phases:
                  - name: rest
                    days: 1825
                    mobility: bed-rest
                  - name: walk
                    days: 1825
                    mobility: normal
                """);
        List<Object> args = new ArrayList<>(List.of("compare"));
        for (int i = 0; i < 10; i++) {
            args.add(yaml.getFileName());
        }
        args.addAll(List.of("--csv", csv.getFileName()));
        return ChildJvm.inertia(dir, Map.of(), args.toArray())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    /** Waits until the run is writing its temporary file (it has bytes). */
    private static void awaitTemporaryFile(Process p, Path dir, String target) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            try (Stream<Path> s = Files.list(dir)) {
                for (Path f : s.toList()) {
                    String n = f.getFileName().toString();
                    if (n.startsWith("." + target + ".") && n.endsWith(".tmp") && Files.size(f) > 0) {
                        return;
                    }
                }
            } catch (IOException e) {
                // A file vanished while listed: look again.
            }
            if (!p.isAlive()) {
                fail("inertia finished (exit " + p.exitValue() + ") before it could be interrupted mid-write");
            }
            Thread.sleep(2);
        }
        fail("inertia never started writing " + target);
    }

    private static void kill(String signal, long pid) throws Exception {
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid))
                .redirectErrorStream(true)
                .start();
        assertThat(kill.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(kill.exitValue()).as("kill -" + signal).isZero();
    }

    private static int signalNumber(String signal) {
        return switch (signal) {
            case "HUP" -> 1;
            case "INT" -> 2;
            case "TERM" -> 15;
            default -> throw new IllegalArgumentException(signal);
        };
    }

    // ---- full disk ---------------------------------------------------------------------------

    @Test
    void anOutputLargerThanTheDiskIsAnEnvironmentProblemNamingThePathIssue12() throws Exception {
        Path dir = smallDiskFolder();
        try {
            Path csv = dir.resolve("big.csv");
            Path old = dir.resolve("old.csv");
            Files.writeString(old, "old\n");
            Path input = Files.createTempFile("long", ".yaml");
            Files.writeString(
                    input,
                    """
                    name: long
                    subject:
                      age: 40
                    phases:
                      - name: rest
                        days: 3650
                        mobility: bed-rest
                    """);
            try {
                // About 2 MB of CSV on a 1 MiB disk; then the same over an existing file.
                for (Path target : List.of(csv, old)) {
                    Cli.Result r = Cli.run("run", input, "--csv", target);
                    assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
                    assertThat(problemLines(r))
                            .containsExactly("inertia: cannot write " + target + ": no space left on device");
                }
                assertThat(old).hasContent("old");
                assertThat(listing(dir)).containsExactly("old.csv");
            } finally {
                Files.delete(input);
            }
        } finally {
            clear(dir);
        }
    }

    /** Every command that writes files, each with a full disk: exit 2, the path named, nothing written. */
    static Stream<Arguments> writers() {
        return Stream.of(
                Arguments.of("run --csv", List.of("run", "$S", "--csv", "$D/out.csv"), "out.csv"),
                Arguments.of("run --json", List.of("run", "$S", "--json", "$D/out.json"), "out.json"),
                Arguments.of("run --chart png", List.of("run", "$S", "--chart", "$D/out.png"), "out.png"),
                Arguments.of("run --chart svg", List.of("run", "$S", "--chart", "$D/out.svg"), "out.svg"),
                Arguments.of("run --chart pdf", List.of("run", "$S", "--chart", "$D/out.pdf"), "out.pdf"),
                Arguments.of(
                        "run, three files",
                        List.of("run", "$S", "--chart", "$D/a.png", "--csv", "$D/a.csv", "--json", "$D/a.json"),
                        "a.png"),
                Arguments.of("compare --csv", List.of("compare", "$S", "$S", "--csv", "$D/c.csv"), "c.csv"),
                Arguments.of(
                        "run --subjects --csv",
                        List.of("run", "$S", "--subjects", "20", "--seed", "1", "--csv", "$D/p.csv"),
                        "p.csv"),
                Arguments.of(
                        "sweep --csv",
                        List.of("sweep", "$S", "--vary", "phases[0].days=1..3", "--csv", "$D/s.csv"),
                        "s.csv"),
                Arguments.of(
                        "sweep --chart",
                        List.of("sweep", "$S", "--vary", "phases[0].days=1..3", "--chart", "$D/s.svg"),
                        "s.svg"),
                Arguments.of("sensitivity --csv", List.of("sensitivity", "$S", "--csv", "$D/t.csv"), "t.csv"),
                Arguments.of("evidence --csv", List.of("evidence", "--csv", "$D/e.csv"), "e.csv"),
                Arguments.of("evidence --json", List.of("evidence", "--json", "$D/e.json"), "e.json"),
                Arguments.of("report", List.of("report", "$S", "-o", "$D/r.html"), "r.html"),
                Arguments.of("fit --yaml", List.of("fit", "$M", "--scenario", "$S", "--yaml", "$D/f.yaml"), "f.yaml"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writers")
    void aFullDiskIsAnEnvironmentProblemNamingThePathIssue12(String what, List<String> args, String failing)
            throws Exception {
        Path dir = smallDiskFolder();
        Path measurements = Files.createTempFile("measurements", ".csv");
        // Near what the model gives, so that the fit is an estimate and fit --yaml writes (issue 14).
        Files.writeString(
                measurements,
                "day,measure,value\n1,strength.overall,97.6\n2,strength.overall,95.8\n3,strength.overall,96\n"
                        + "4,strength.overall,96.5\n");
        Path filler = null;
        try {
            Path existing = dir.resolve("existing.txt");
            Files.writeString(existing, "old");
            filler = Mounts.fill(dir.getParent());
            Object[] argv = args.stream()
                    .map(a -> a.replace("$S", SCENARIO.toString())
                            .replace("$M", measurements.toString())
                            .replace("$D", dir.toString()))
                    .toArray();

            Cli.Result r = Cli.run(argv);

            assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
            assertThat(problemLines(r))
                    .containsExactly("inertia: cannot write " + dir.resolve(failing) + ": no space left on device");
            assertThat(listing(dir)).containsExactly("existing.txt");
            assertThat(existing).hasContent("old");
        } finally {
            if (filler != null) {
                Files.delete(filler);
            }
            Files.delete(measurements);
            clear(dir);
        }
    }

    // ---- names too long ----------------------------------------------------------------------

    static Stream<Integer> nameBytes() {
        return Stream.concat(Stream.iterate(236, n -> n <= 258, n -> n + 1), Stream.of(300, 1000));
    }

    @ParameterizedTest(name = "{0} bytes")
    @MethodSource("nameBytes")
    void outputNamesUpToTheFileSystemsLimitAreWrittenAndLongerOnesRefusedIssue12(int bytes, @TempDir Path dir)
            throws IOException {
        Path target = dir.resolve("a".repeat(bytes - 4) + ".csv");

        Cli.Result r = Cli.run("run", SCENARIO, "--csv", target, "--json", dir.resolve("b.json"));

        if (bytes <= 255) {
            assertThat(r.exitCode()).as(r.err()).isZero();
            assertThat(listing(dir))
                    .containsExactlyInAnyOrder(target.getFileName().toString(), "b.json");
        } else {
            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(problemLines(r)).singleElement().satisfies(line -> assertThat(line)
                    .contains("the file name is " + bytes + " bytes long; file systems allow 255")
                    .hasSizeLessThan(300));
            assertThat(listing(dir)).isEmpty();
        }
    }

    // ---- read-only folders behind links ---------------------------------------------------------

    @Test
    void aLinkIntoAReadOnlyFolderIsAnEnvironmentProblemNamingThePathIssue12(@TempDir Path dir) throws Exception {
        Path ro = Files.createDirectory(dir.resolve("ro"));
        boolean mounted = false;
        try {
            Path existing = ro.resolve("data.csv");
            if (Mounts.isRoot()) {
                // Root writes in any folder whatever its permissions: a read-only mount stops it.
                assumeTrue(Mounts.mountTmpfs(ro, "size=64k"), "cannot mount a tmpfs, though root");
                mounted = true;
                Files.writeString(existing, "old");
                assertThat(Mounts.remountReadOnly(ro)).as("remount read-only").isTrue();
            } else {
                Files.writeString(existing, "old");
                Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("r-xr-xr-x"));
            }
            Path link = Files.createSymbolicLink(dir.resolve("link.csv"), existing);
            Path linkToLink = Files.createSymbolicLink(dir.resolve("link2.csv"), link);
            Path relative = Files.createSymbolicLink(dir.resolve("relative.csv"), Path.of("ro", "data.csv"));

            for (Path target : List.of(link, linkToLink, relative, existing, ro.resolve("new.csv"))) {
                Cli.Result r = Cli.run("run", SCENARIO, "--csv", target, "--json", dir.resolve("out.json"));
                assertThat(r.exitCode()).as(target + ": " + r.err()).isEqualTo(2);
                assertThat(problemLines(r))
                        .singleElement()
                        .asString()
                        .contains(target.toString())
                        .contains("cannot write in directory " + ro)
                        .hasSizeLessThan(300);
            }
            // Past the checks, the writer itself names the path the user gave.
            for (Path target : List.of(link, existing)) {
                try {
                    AtomicFiles.write(target, out -> out.write('x'));
                    fail("wrote " + target);
                } catch (OutputFileException e) {
                    assertThat(e.target()).isEqualTo(target);
                    assertThat(e.reason()).isIn("read-only file system", "permission denied");
                }
            }
            assertThat(existing).hasContent("old");
            assertThat(listing(dir)).containsExactlyInAnyOrder("ro", "link.csv", "link2.csv", "relative.csv");
            assertThat(listing(ro)).containsExactly("data.csv");
        } finally {
            if (mounted) {
                Mounts.unmount(ro);
            } else {
                Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
    }

    // ---- names under the POSIX locale -----------------------------------------------------------

    @Test
    void underThePosixLocaleANonAsciiNameIsRefusedWithTheRemedyIssue12(@TempDir Path dir) throws Exception {
        for (String name : List.of("caf\u00e9.csv", "\u6570\u636e.csv", "\uD83D\uDCAA.json")) {
            ChildJvm.Result r = ChildJvm.run(dir, Map.of("LC_ALL", "C", "LANG", "C"), "run", SCENARIO, "--csv", name);

            assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
            assertThat(r.errLines())
                    .singleElement()
                    .asString()
                    .contains("run it under a UTF-8 locale, such as LC_ALL=C.UTF-8")
                    .hasSizeLessThan(300);
            assertThat(listing(dir)).isEmpty();
        }
    }

    @Test
    void underAUtf8CharacterTypeNonAsciiNamesAreWrittenIssue12(@TempDir Path dir) throws Exception {
        String utf8 = utf8Locale();
        List<String> names = List.of(
                "caf\u00e9.csv",
                "\u6570\u636e.json",
                "\uD83D\uDCAA.png",
                "\u00e9".repeat(125) + ".csv", // 254 bytes
                "\u6570".repeat(83) + "a.csv", // 255 bytes
                "\uD83D\uDCAA".repeat(62) + ".csv"); // 252 bytes
        for (String name : names) {
            String option = name.endsWith(".csv") ? "--csv" : name.endsWith(".json") ? "--json" : "--chart";
            // What the launcher gives Java under the POSIX locale: a UTF-8 character type alone.
            ChildJvm.Result fixed = ChildJvm.run(
                    dir, Map.of("LC_ALL", "", "LANG", "C", "LC_CTYPE", utf8), "run", SCENARIO, option, name);
            assertThat(fixed.exitCode()).as(name + ": " + fixed.err()).isZero();
            assertThat(ChildJvm.namesIn(dir)).contains(name);
        }
        String tooLong = "\u00e9".repeat(127) + ".csv"; // 258 bytes
        ChildJvm.Result r = ChildJvm.run(
                dir, Map.of("LC_ALL", "", "LANG", "C", "LC_CTYPE", utf8), "run", SCENARIO, "--csv", tooLong);
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("the file name is 258 bytes long");
        assertThat(listing(dir)).hasSize(names.size());
    }

    @Test
    void anArgumentThatLostCharactersIsFoundOnlyWhenTheLocaleIsNotUtf8Issue12() {
        String[] lost = {"run", "x.yaml", "--csv", "caf\uFFFD\uFFFD.csv"};
        assertThat(Inertia.unreadableArgument(lost, "ANSI_X3.4-1968"))
                .hasValueSatisfying(m -> assertThat(m).startsWith("inertia: 'caf\uFFFD\uFFFD.csv': "));
        assertThat(Inertia.unreadableArgument(lost, "UTF-8")).isEmpty();
        assertThat(Inertia.unreadableArgument(new String[] {"run", "x.yaml"}, "ANSI_X3.4-1968"))
                .isEmpty();
    }

    /** A UTF-8 locale this system has; the tests need one, as the launcher does. */
    private static String utf8Locale() throws Exception {
        Process p = new ProcessBuilder("locale", "-a").redirectErrorStream(true).start();
        List<String> all = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                .lines()
                .toList();
        p.waitFor();
        for (String l : List.of("C.UTF-8", "C.utf8", "en_US.UTF-8", "en_US.utf8")) {
            if (all.contains(l)) {
                return l;
            }
        }
        throw new AssertionError("no UTF-8 locale on this system (locale -a): " + all);
    }

    // ---- helpers -----------------------------------------------------------------------------

    /** A fresh folder on the small disk. */
    private static Path smallDiskFolder() throws IOException {
        assumeTrue(
                smallDisk != null,
                "no small disk: set INERTIA_SMALL_DISK to a 1 MiB tmpfs (.ci/run mounts one), or run as root");
        return Files.createTempDirectory(smallDisk, "test");
    }

    private static void clear(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** The lines of stderr that say what went wrong: not the hint where help is, nor the domain warnings. */
    private static List<String> problemLines(Cli.Result r) {
        List<String> lines = r.errLines().stream()
                .filter(l -> !l.startsWith("Try '") && !l.startsWith("inertia: warning: "))
                .toList();
        assertThat(lines).allSatisfy(l -> assertThat(l).hasSizeLessThan(400).doesNotContain("internal error"));
        return lines;
    }

    private static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).toList();
        }
    }
}
