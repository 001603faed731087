package org.inertia.cli.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

    private long entries() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.count();
        }
    }
}
