package org.inertia.cli.output;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes files all or nothing. Each file is first written to a temporary file in its target's
 * directory ({@link #stage}); {@link #commit} then moves every one into place with {@code
 * ATOMIC_MOVE}, so a reader never sees half a file. If anything fails before the commit, {@link
 * #close} deletes the temporary files and every existing target is left as it was.
 *
 * <p>Temporary files are created with the default permissions of new files (not the owner-only
 * ones of {@link Files#createTempFile}), so a chart is as readable as if written directly. A
 * target that is a symbolic link keeps its link: the file it points to is replaced.
 */
public final class AtomicFiles implements AutoCloseable {

    /** What goes into one file. */
    @FunctionalInterface
    public interface Content {
        /**
         * Writes the content.
         *
         * @param out the stream to write to; closed by the caller
         * @throws IOException if writing fails
         */
        void writeTo(OutputStream out) throws IOException;
    }

    private final Map<Path, Path> staged = new LinkedHashMap<>();
    private boolean committed;

    /**
     * Writes one file atomically: all of it, or nothing and the old file untouched.
     *
     * @param target the file to write
     * @param content its content
     * @throws IOException if writing or moving fails
     */
    public static void write(Path target, Content content) throws IOException {
        try (AtomicFiles files = new AtomicFiles()) {
            files.stage(target, content);
            files.commit();
        }
    }

    /**
     * Writes a file's content to a temporary file beside it.
     *
     * @param target the file to write at commit
     * @param content its content
     * @throws IOException if the temporary file cannot be created or written
     */
    public void stage(Path target, Content content) throws IOException {
        if (committed) {
            throw new IllegalStateException("already committed");
        }
        // Through a symbolic link, replace the file it points to and keep the link.
        Path file = Files.isSymbolicLink(target) && Files.exists(target) ? target.toRealPath() : target;
        if (staged.containsKey(file)) {
            throw new IllegalArgumentException("staged twice: " + file);
        }
        Path temp = createTemp(file);
        staged.put(file, temp);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp))) {
            content.writeTo(out);
        }
    }

    /**
     * Moves every staged file into place, replacing existing targets.
     *
     * @return the files written, in the order staged (a link's target in place of the link)
     * @throws IOException if a move fails; targets moved before it keep their new content
     */
    public List<Path> commit() throws IOException {
        committed = true;
        List<Path> written = new ArrayList<>();
        for (Map.Entry<Path, Path> e : new ArrayList<>(staged.entrySet())) {
            move(e.getValue(), e.getKey());
            staged.remove(e.getKey());
            written.add(e.getKey());
        }
        return written;
    }

    /** Deletes the temporary files of anything not committed. */
    @Override
    public void close() {
        for (Path temp : staged.values()) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                // Best effort: a leftover hidden temp file is harmless; the original error matters.
            }
        }
        staged.clear();
    }

    private static Path createTemp(Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        String name = target.getFileName().toString();
        // Within the file system's limit on names whatever the target's: "." + 60 + suffix.
        if (name.length() > 60) {
            name = name.substring(0, Character.isHighSurrogate(name.charAt(59)) ? 59 : 60);
        }
        for (int attempt = 0; ; attempt++) {
            String suffix = Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36);
            Path temp = dir.resolve("." + name + "." + suffix + ".tmp");
            try {
                return Files.createFile(temp);
            } catch (FileAlreadyExistsException e) {
                if (attempt >= 10) {
                    throw e;
                }
            }
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Some file systems (certain network mounts) cannot; a plain replace is the next best.
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
