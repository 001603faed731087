package org.inertia.cli.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void writesANewFile() throws IOException {
        Path target = dir.resolve("a.txt");

        AtomicFiles.write(target, out -> out.write("hello".getBytes(StandardCharsets.UTF_8)));

        assertThat(target).hasContent("hello");
        assertThat(entries()).isEqualTo(1);
    }

    @Test
    void standardOutputGetsItsBytesOnlyAfterEveryFileIsInPlaceIssue14() throws IOException {
        java.io.ByteArrayOutputStream stdout = new java.io.ByteArrayOutputStream();
        Path target = dir.resolve("a.txt");
        StandardStreams streams = new StandardStreams(java.io.InputStream.nullInputStream(), bytes -> {
            // When the data is handed over, the file is already in place.
            assertThat(target).hasContent("file");
            stdout.write(bytes);
        });
        java.util.List<Path> written;
        try (AtomicFiles files = new AtomicFiles(streams)) {
            files.stage(Path.of("-"), out -> out.write("caf\u00e9".getBytes(StandardCharsets.UTF_8)));
            files.stage(target, out -> out.write("file".getBytes(StandardCharsets.UTF_8)));
            assertThat(stdout.size()).isZero();
            written = files.commit();
        }
        assertThat(written).containsExactly(target);
        assertThat(stdout.toString(StandardCharsets.UTF_8)).isEqualTo("caf\u00e9");
        assertThat(Path.of("-")).doesNotExist();
    }

    @Test
    void aFailedCommandPrintsNothingToStandardOutputIssue14() throws IOException {
        java.io.ByteArrayOutputStream stdout = new java.io.ByteArrayOutputStream();
        StandardStreams streams = new StandardStreams(java.io.InputStream.nullInputStream(), stdout::write);
        Path target = dir.resolve("a.txt");
        assertThatThrownBy(() -> {
                    try (AtomicFiles files = new AtomicFiles(streams)) {
                        files.stage(Path.of("-"), out -> out.write("data".getBytes(StandardCharsets.UTF_8)));
                        files.stage(target, out -> {
                            throw new IOException("disk full");
                        });
                        files.commit();
                    }
                })
                .hasMessage("disk full");
        assertThat(stdout.size()).isZero();
        assertThat(entries()).isZero();
    }

    @Test
    void standardOutputIsNotATargetOfPlainFiles() {
        assertThatThrownBy(() -> AtomicFiles.write(Path.of("-"), out -> out.write(1)))
                .isInstanceOf(IllegalStateException.class);
        assertThat(Path.of("-")).doesNotExist();
    }

    @Test
    void replacesAnExistingFile() throws IOException {
        Path target = dir.resolve("a.txt");
        Files.writeString(target, "old");

        AtomicFiles.write(target, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));

        assertThat(target).hasContent("new");
    }

    @Test
    void failureWhileWritingLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path target = dir.resolve("a.txt");
        Files.writeString(target, "old");

        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
                    out.write("half".getBytes(StandardCharsets.UTF_8));
                    throw new IOException("disk full");
                }))
                .hasMessage("disk full");

        assertThat(target).hasContent("old");
        assertThat(entries()).isEqualTo(1);
    }

    @Test
    void runtimeFailureAlsoCleansUp() throws IOException {
        Path target = dir.resolve("a.txt");

        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
                    throw new IllegalStateException("bug");
                }))
                .isInstanceOf(IllegalStateException.class);

        assertThat(entries()).isZero();
    }

    @Test
    void nothingIsWrittenUnlessEveryFileIsStaged() throws IOException {
        Path first = dir.resolve("first.txt");
        Path second = dir.resolve("second.txt");
        Files.writeString(first, "old first");

        assertThatThrownBy(() -> {
                    try (AtomicFiles files = new AtomicFiles()) {
                        files.stage(first, out -> out.write('1'));
                        files.stage(second, out -> {
                            throw new IOException("cannot render");
                        });
                        files.commit();
                    }
                })
                .hasMessage("cannot render");

        assertThat(first).hasContent("old first");
        assertThat(second).doesNotExist();
        assertThat(entries()).isEqualTo(1);
    }

    @Test
    void commitReturnsTheTargetsInOrder() throws IOException {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        try (AtomicFiles files = new AtomicFiles()) {
            files.stage(b, out -> out.write('b'));
            files.stage(a, out -> out.write('a'));
            assertThat(files.commit()).containsExactly(b, a);
        }
        assertThat(a).hasContent("a");
        assertThat(b).hasContent("b");
    }

    @Test
    void aSymbolicLinkKeepsPointingAtTheNewContent() throws IOException {
        Path real = Files.createDirectory(dir.resolve("real")).resolve("data.csv");
        Files.writeString(real, "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), real);

        AtomicFiles.write(link, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(real).hasContent("new");
    }

    @Test
    void temporaryFilesLeftByGoneProcessesAreRemovedAndOthersKeptIssue12() throws Exception {
        Path target = dir.resolve("out.csv");
        long gone = goneProcessId();
        Process alive = new ProcessBuilder("sleep", "60").start();
        try {
            Path deadOwner = Files.createFile(dir.resolve(".out.csv." + gone + ".k3j4l5.tmp"));
            Path liveOwner = Files.createFile(dir.resolve(".out.csv." + alive.pid() + ".k3j4l5.tmp"));
            Path oldLegacy = Files.createFile(dir.resolve(".out.csv.1a2b3c4d5e6f7.tmp"));
            Files.setLastModifiedTime(oldLegacy, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
            Path newLegacy = Files.createFile(dir.resolve(".out.csv.9z8y7x.tmp"));
            Path otherTarget = Files.createFile(dir.resolve(".other.csv." + gone + ".k3j4l5.tmp"));
            Path notOurs = Files.createFile(dir.resolve(".out.csv.notes.txt"));

            AtomicFiles.write(target, out -> out.write('x'));

            assertThat(deadOwner).doesNotExist();
            assertThat(oldLegacy).doesNotExist();
            assertThat(liveOwner).exists();
            assertThat(newLegacy).exists();
            assertThat(otherTarget).exists();
            assertThat(notOurs).exists();
            assertThat(target).hasContent("x");
        } finally {
            alive.destroyForcibly().waitFor();
        }
    }

    @Test
    void temporaryNamesFitTheFileSystemsLimitWhateverTheTargetsLengthIssue12() throws IOException {
        for (String name : new String[] {
            "a.csv",
            "a".repeat(216),
            "a".repeat(217),
            "a".repeat(251) + ".csv",
            "\u00e9".repeat(125) + ".csv",
            "\uD83D\uDCAA".repeat(62) + ".csv"
        }) {
            String prefix = AtomicFiles.tempPrefix(name);
            String longest = prefix + Long.MAX_VALUE + "." + Long.toString(Long.MAX_VALUE, 36) + ".tmp";
            assertThat(longest.getBytes(StandardCharsets.UTF_8).length).as(name).isLessThanOrEqualTo(255);
            assertThat(name).startsWith(prefix.substring(1, prefix.length() - 1));
            assertThat(prefix).doesNotContain("\uFFFD").isEqualTo(SafeText.wellFormed(prefix));
        }
        assertThat(AtomicFiles.tempPrefix("a.csv")).isEqualTo(".a.csv.");

        Path target = dir.resolve("b".repeat(251) + ".csv");
        AtomicFiles.write(target, out -> out.write('x'));
        assertThat(target).hasContent("x");
        assertThat(entries()).isEqualTo(1);
    }

    @Test
    void aFailureOfTheFileSystemNamesTheTargetNotTheTemporaryFileIssue12() {
        Path target = dir.resolve("missing").resolve("out.csv");

        assertThatThrownBy(() -> AtomicFiles.write(target, out -> out.write('x')))
                .isInstanceOfSatisfying(OutputFileException.class, e -> {
                    assertThat(e.target()).isEqualTo(target);
                    assertThat(e.reason()).isEqualTo("no such file or directory");
                    assertThat(e.getMessage()).isEqualTo(target + ": no such file or directory");
                });
    }

    @Test
    void reasonsAreTheSystemsWordsInLowerCaseIssue12() {
        assertThat(OutputFileException.reasonOf(new IOException("No space left on device")))
                .isEqualTo("no space left on device");
        assertThat(OutputFileException.reasonOf(
                        new java.nio.file.FileSystemException("/x/.y.tmp", null, "Read-only file system")))
                .isEqualTo("read-only file system");
        assertThat(OutputFileException.reasonOf(new java.nio.file.AccessDeniedException("/x")))
                .isEqualTo("permission denied");
        assertThat(OutputFileException.reasonOf(new java.nio.file.FileAlreadyExistsException("/x")))
                .isEqualTo("file exists");
        assertThat(OutputFileException.reasonOf(new java.nio.file.NotDirectoryException("/x")))
                .isEqualTo("not a directory");
        assertThat(OutputFileException.reasonOf(new IOException())).isEqualTo("IOException");
        assertThat(OutputFileException.reasonOf(new IOException("ENOSPC"))).isEqualTo("ENOSPC");
        assertThat(OutputFileException.reasonOf(new IOException("two\nlines"))).isEqualTo("two lines");
    }

    /** The id of a process that has ended (ids are reused only after many others). */
    private static long goneProcessId() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        return p.pid();
    }

    private long entries() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.count();
        }
    }
}
