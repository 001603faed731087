package org.inertia.cli.output;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes files all or nothing. Each file is first written to a temporary file in its target's
 * directory ({@link #stage}); {@link #commit} then moves every one into place with {@code
 * ATOMIC_MOVE}, so a reader never sees half a file. If anything fails before the commit, {@link
 * #close} deletes the temporary files and every existing target is left as it was.
 *
 * <p>A new file gets the default permissions of new files (not the owner-only ones of {@link
 * Files#createTempFile}), so a chart is as readable as if written directly. A file written over
 * keeps its permissions, owner and group where the system lets us set them, and is never more
 * open than it was: if its group cannot be kept, the group loses its access (issue 12). The
 * temporary file has those permissions from the start, so the content is never more exposed
 * while it is written. A target that is a symbolic link keeps its link: the file it points to is
 * replaced.
 *
 * <p>Temporary files are named {@code .NAME.PID.RANDOM.tmp}, with the name shortened where the
 * whole would pass the 255 bytes that file systems allow a name. When the JVM stops on a signal
 * (Ctrl-C, SIGTERM, SIGHUP), a shutdown hook deletes those of this process. Those that a killed
 * process left behind (SIGKILL, a power cut) are deleted the next time the same target is
 * written: a temporary file of this naming whose process is gone, or of the older naming
 * without a process id ({@code .NAME.RANDOM.tmp}) and more than an hour old.
 *
 * <p>A file-system failure (a full disk, a read-only folder, a name refused) is reported as an
 * {@link OutputFileException} naming the target, not the temporary file.
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

    /** The longest file name, in bytes, that common file systems allow (ext4, XFS, Btrfs, tmpfs, APFS). */
    public static final int NAME_MAX_BYTES = 255;

    /** Age after which a temporary file of the older naming, without a process id, counts as left behind. */
    static final Duration LEGACY_STALE_AFTER = Duration.ofHours(1);

    private static final long PID = ProcessHandle.current().pid();
    private static final String SUFFIX = ".tmp";

    /** Guards {@link #LIVE} and {@link #exiting}. */
    private static final Object LOCK = new Object();
    /** Temporary files of this process not yet moved into place or deleted. */
    private static final Set<Path> LIVE = new LinkedHashSet<>();
    /** Set by the shutdown hook: no temporary file is created after it has run. */
    private static boolean exiting;

    private static boolean hookInstalled;

    private final Map<Path, Path> staged = new LinkedHashMap<>();
    private final Map<Path, Path> requested = new LinkedHashMap<>();
    private boolean committed;

    /** Where {@code -} goes; null when standard output is not a target. */
    private final StandardStreams standardStreams;
    /** The content staged for standard output, written at commit after every file; null if none. */
    private byte[] toStandardOutput;

    /** Files only: staging {@code -} is a programming error. */
    public AtomicFiles() {
        this(null);
    }

    /**
     * Files, and {@code -} for standard output: its content is kept in memory when staged and
     * written whole at {@link #commit}, after every file has been moved into place, so a failed
     * command prints none of it.
     *
     * @param standardStreams where {@code -} goes; null for files only
     */
    public AtomicFiles(StandardStreams standardStreams) {
        this.standardStreams = standardStreams;
    }

    /**
     * Writes one file atomically: all of it, or nothing and the old file untouched.
     *
     * @param target the file to write
     * @param content its content
     * @throws IOException if writing or moving fails; an {@link OutputFileException} when the
     *     file system refused
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
     * @throws IOException if the content cannot be produced (as the content threw it); an {@link
     *     OutputFileException} when the file system refused the temporary file or its content
     */
    public void stage(Path target, Content content) throws IOException {
        if (committed) {
            throw new IllegalStateException("already committed");
        }
        if (StandardStreams.isDash(target)) {
            stageStandardOutput(content);
            return;
        }
        Path file;
        try {
            // Through a symbolic link, replace the file it points to and keep the link.
            file = Files.isSymbolicLink(target) && Files.exists(target) ? target.toRealPath() : target;
        } catch (IOException e) {
            throw new OutputFileException(target, e);
        }
        if (staged.containsKey(file)) {
            throw new IllegalArgumentException("staged twice: " + file);
        }
        removeLeftovers(file);
        Temp created;
        try {
            created = createTemp(file);
        } catch (IOException e) {
            throw new OutputFileException(target, e);
        }
        Path temp = created.path();
        staged.put(file, temp);
        requested.put(file, target);
        FileStream stream;
        try {
            // No CREATE: if a signal's shutdown hook has deleted the temporary file, it stays deleted.
            stream = new FileStream(
                    Files.newOutputStream(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING));
        } catch (IOException e) {
            throw new OutputFileException(target, e);
        }
        try (OutputStream out = new BufferedOutputStream(stream)) {
            content.writeTo(out);
        } catch (IOException | RuntimeException e) {
            // The file refused a write (a full disk): that, not how the content's writer wrapped it.
            if (stream.failure != null) {
                throw new OutputFileException(target, stream.failure);
            }
            throw e;
        }
        if (created.permissions() != null) {
            try {
                // Written: now without the owner's write permission, where the file it replaces had none.
                Files.setPosixFilePermissions(temp, created.permissions());
            } catch (IOException e) {
                throw new OutputFileException(target, e);
            }
        }
    }

    private void stageStandardOutput(Content content) throws IOException {
        if (standardStreams == null) {
            throw new IllegalStateException("standard output is not a target of these files");
        }
        if (toStandardOutput != null) {
            throw new IllegalArgumentException("staged twice: standard output");
        }
        java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
        content.writeTo(buffer);
        toStandardOutput = buffer.toByteArray();
    }

    /**
     * A temporary file, and the permissions to give it once written.
     *
     * @param path the file
     * @param permissions its final permissions; null to keep those it was created with
     */
    private record Temp(Path path, Set<PosixFilePermission> permissions) {}

    /**
     * The temporary file's stream, which remembers the first failure of the file itself, so that
     * a full disk is told apart from a content writer's own failure however the writer wraps it
     * (an image encoder's "I/O error writing PNG file!").
     */
    private static final class FileStream extends FilterOutputStream {
        private IOException failure;

        FileStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw failed(e);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw failed(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw failed(e);
            }
        }

        @Override
        public void close() throws IOException {
            try {
                out.close();
            } catch (IOException e) {
                throw failed(e);
            }
        }

        private IOException failed(IOException e) {
            if (failure == null) {
                failure = e;
            }
            return e;
        }
    }

    /**
     * Moves every staged file into place, replacing existing targets, then writes what was staged
     * for standard output.
     *
     * @return the files written, in the order staged (a link's target in place of the link);
     *     standard output is not among them
     * @throws IOException if a move fails (an {@link OutputFileException}); targets moved before
     *     it keep their new content
     */
    public List<Path> commit() throws IOException {
        committed = true;
        List<Path> written = new ArrayList<>();
        for (Map.Entry<Path, Path> e : new ArrayList<>(staged.entrySet())) {
            try {
                move(e.getValue(), e.getKey());
            } catch (IOException failure) {
                throw new OutputFileException(requested.get(e.getKey()), failure);
            }
            staged.remove(e.getKey());
            forget(e.getValue());
            written.add(e.getKey());
        }
        if (toStandardOutput != null) {
            byte[] bytes = toStandardOutput;
            toStandardOutput = null;
            standardStreams.write(bytes);
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
                // Best effort: the next write of the same target removes it; the original error matters.
            }
            forget(temp);
        }
        staged.clear();
    }

    /**
     * {@return the start of every temporary file name of a target, {@code .NAME.}, with the name
     * cut (never inside a character) so that {@code .NAME.PID.RANDOM.tmp} fits in {@link
     * #NAME_MAX_BYTES}}
     *
     * @param name the target's file name
     */
    static String tempPrefix(String name) {
        // Room for the dots, a process id (at most 19 digits), 13 base-36 digits and ".tmp".
        int room = NAME_MAX_BYTES - (1 + 1 + 19 + 1 + 13 + SUFFIX.length());
        int end = 0;
        int bytes = 0;
        while (end < name.length()) {
            int cp = name.codePointAt(end);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + size > room) {
                break;
            }
            bytes += size;
            end += Character.charCount(cp);
        }
        return "." + name.substring(0, end) + ".";
    }

    private static Temp createTemp(Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        String prefix = tempPrefix(target.getFileName().toString());
        Kept kept = Kept.of(target);
        for (int attempt = 0; ; attempt++) {
            String random = Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36);
            Path temp = dir.resolve(prefix + PID + "." + random + SUFFIX);
            try {
                synchronized (LOCK) {
                    if (exiting) {
                        throw new IOException("the program is stopping");
                    }
                    installHook();
                    if (kept == null) {
                        Files.createFile(temp);
                    } else {
                        Files.createFile(temp, kept.attribute());
                    }
                    LIVE.add(temp);
                }
            } catch (FileAlreadyExistsException e) {
                if (attempt >= 10) {
                    throw e;
                }
                continue;
            }
            if (kept == null) {
                return new Temp(temp, null);
            }
            try {
                return new Temp(temp, kept.applyTo(temp));
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(temp);
                forget(temp);
                throw e;
            }
        }
    }

    /**
     * The permissions, owner and group of a file being written over, to give its replacement.
     *
     * @param permissions the file's permissions
     * @param attributes its owner and group
     */
    private record Kept(Set<PosixFilePermission> permissions, PosixFileAttributes attributes) {

        /** {@return what to keep of an existing regular file; null for a new file or a non-POSIX system} */
        static Kept of(Path target) {
            try {
                if (!Files.isRegularFile(target)) {
                    return null;
                }
                PosixFileAttributes a = Files.readAttributes(target, PosixFileAttributes.class);
                return new Kept(a.permissions(), a);
            } catch (UnsupportedOperationException | IOException e) {
                return null;
            }
        }

        /**
         * The permissions to create the temporary file with: the target's (the umask may narrow
         * them), and the owner's write permission, without which we could not write it.
         */
        FileAttribute<Set<PosixFilePermission>> attribute() {
            return PosixFilePermissions.asFileAttribute(writable(permissions));
        }

        private static Set<PosixFilePermission> writable(Set<PosixFilePermission> permissions) {
            Set<PosixFilePermission> p = EnumSet.noneOf(PosixFilePermission.class);
            p.addAll(permissions);
            p.add(PosixFilePermission.OWNER_WRITE);
            return p;
        }

        /**
         * Gives the temporary file the target's owner and group where allowed (root may give a
         * file away; a member of the target's group may give it that group), then the target's
         * permissions, less the group's where the group could not be kept. Where the owner
         * cannot be kept the file is ours: the previous owner falls under "others", and we
         * wrote its content anyway, so nobody gains access. Until written, the owner may also
         * write it.
         *
         * @return the permissions to give the file once written
         */
        Set<PosixFilePermission> applyTo(Path temp) throws IOException {
            PosixFileAttributeView view =
                    Files.getFileAttributeView(temp, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
            PosixFileAttributes now = view.readAttributes();
            Set<PosixFilePermission> wanted = EnumSet.noneOf(PosixFilePermission.class);
            wanted.addAll(permissions);
            if (!now.owner().equals(attributes.owner())) {
                try {
                    view.setOwner(attributes.owner());
                } catch (IOException e) {
                    // Not root: the file stays ours.
                }
            }
            if (!now.group().equals(attributes.group())) {
                try {
                    view.setGroup(attributes.group());
                } catch (IOException e) {
                    // Not a member of the file's group: our own group must not gain its access.
                    wanted.removeAll(EnumSet.of(
                            PosixFilePermission.GROUP_READ,
                            PosixFilePermission.GROUP_WRITE,
                            PosixFilePermission.GROUP_EXECUTE));
                }
            }
            view.setPermissions(writable(wanted));
            return wanted;
        }
    }

    /**
     * Deletes temporary files of this naming that were left beside the target by a process that
     * is gone; best effort, since they are only litter.
     */
    private static void removeLeftovers(Path target) {
        Path dir = target.toAbsolutePath().getParent();
        if (dir == null) {
            return;
        }
        String prefix = tempPrefix(target.getFileName().toString());
        Pattern ours =
                Pattern.compile(Pattern.quote(prefix) + "(?:(\\d{1,19})\\.)?[0-9a-z]{1,13}" + Pattern.quote(SUFFIX));
        try (DirectoryStream<Path> entries =
                Files.newDirectoryStream(dir, p -> p.getFileName().toString().startsWith(prefix))) {
            for (Path p : entries) {
                Matcher m = ours.matcher(p.getFileName().toString());
                if (m.matches() && isLeftover(p, m.group(1)) && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Litter is no reason to fail a write.
        }
    }

    private static boolean isLeftover(Path temp, String pid) throws IOException {
        if (pid == null) {
            FileTime modified = Files.getLastModifiedTime(temp, LinkOption.NOFOLLOW_LINKS);
            return modified.toInstant().isBefore(Instant.now().minus(LEGACY_STALE_AFTER));
        }
        long owner;
        try {
            owner = Long.parseLong(pid);
        } catch (NumberFormatException e) {
            return false;
        }
        if (owner == PID) {
            synchronized (LOCK) {
                return !LIVE.contains(temp);
            }
        }
        return ProcessHandle.of(owner).map(p -> !p.isAlive()).orElse(true);
    }

    private static void forget(Path temp) {
        synchronized (LOCK) {
            LIVE.remove(temp);
        }
    }

    /** Called with {@link #LOCK} held. */
    private static void installHook() {
        if (hookInstalled) {
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(AtomicFiles::deleteLive, "inertia-temporary-files"));
        hookInstalled = true;
    }

    /** The shutdown hook: deletes the temporary files of this process, and lets no new one be made. */
    private static void deleteLive() {
        List<Path> live;
        synchronized (LOCK) {
            exiting = true;
            live = new ArrayList<>(LIVE);
            LIVE.clear();
        }
        for (Path temp : live) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                // Nothing more can be done while the JVM stops.
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
