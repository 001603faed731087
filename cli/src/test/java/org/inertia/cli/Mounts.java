package org.inertia.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * File systems for the tests of full disks and read-only folders (issue 12). A small disk is a
 * 1 MiB tmpfs: {@code .ci/run} mounts one as root before the build runs as an unprivileged user
 * and names it in {@code INERTIA_SMALL_DISK} (the system property {@code inertia.small.disk} does
 * the same); a test run as root without it mounts its own.
 */
final class Mounts {

    private Mounts() {}

    /** {@return whether this JVM runs as root, who may mount, and whom folder permissions do not stop} */
    static boolean isRoot() {
        try {
            return ((Number) Files.getAttribute(Path.of("/proc/self"), "unix:uid")).intValue() == 0;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    /** {@return the small disk named by INERTIA_SMALL_DISK or inertia.small.disk, or null} */
    static Path givenSmallDisk() {
        String given = System.getProperty("inertia.small.disk");
        if (given == null || given.isBlank()) {
            given = System.getenv("INERTIA_SMALL_DISK");
        }
        return given == null || given.isBlank() ? null : Path.of(given);
    }

    /**
     * Mounts a tmpfs on an existing folder (root only).
     *
     * @param dir the mount point
     * @param options mount options, such as {@code size=1m}
     * @return whether the mount succeeded
     */
    static boolean mountTmpfs(Path dir, String options) {
        return run("mount", "-t", "tmpfs", "-o", options, "tmpfs", dir.toString());
    }

    /** Mounts an already mounted folder read-only (root only). */
    static boolean remountReadOnly(Path dir) {
        return run("mount", "-o", "remount,ro", dir.toString());
    }

    /** Unmounts a folder this test mounted. */
    static void unmount(Path dir) {
        if (!run("umount", dir.toString())) {
            run("umount", "-l", dir.toString());
        }
    }

    /** Fills a file system to the last byte with one file, and returns it. */
    static Path fill(Path dir) throws IOException {
        Path filler = dir.resolve("filler");
        byte[] block = new byte[4096];
        try (var out = Files.newOutputStream(filler)) {
            for (int i = 0; i < 1 << 20; i++) {
                out.write(block);
                out.flush();
            }
        } catch (IOException full) {
            // Full: what was intended.
        }
        // Down to single bytes, so that not even a small file fits.
        try (var out = Files.newOutputStream(filler, java.nio.file.StandardOpenOption.APPEND)) {
            for (int i = 0; i < block.length; i++) {
                out.write(0);
                out.flush();
            }
        } catch (IOException full) {
            // Full.
        }
        return filler;
    }

    private static boolean run(String... command) {
        try {
            List<String> c = new ArrayList<>(List.of(command));
            Process p = new ProcessBuilder(c)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
