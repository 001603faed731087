package org.inertia.cli.output;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * An output file that the environment would not let us write: a full disk, a read-only folder, a
 * name the file system refuses. Not a defect, and not the user's typing either; the command line
 * reports it in one line naming the file and the reason, and exits with 2 (issue 12). Nothing is
 * written: {@link AtomicFiles} has removed its temporary files by the time this reaches the user.
 */
public final class OutputFileException extends IOException {

    private static final long serialVersionUID = 1L;

    /** The file the user asked for. */
    private final transient Path target;

    /** What went wrong, in the system's words: "no space left on device". */
    private final String reason;

    /**
     * An output that could not be written.
     *
     * @param target the file the user asked for (not a temporary file)
     * @param cause what the file system said
     */
    public OutputFileException(Path target, IOException cause) {
        super(target + ": " + reasonOf(cause), cause);
        this.target = target;
        this.reason = reasonOf(cause);
    }

    /** {@return the file the user asked for} */
    public Path target() {
        return target;
    }

    /** {@return what went wrong, in the system's words, lower case: "no space left on device"} */
    public String reason() {
        return reason;
    }

    /**
     * The reason of a file-system error without the file name it carries (which may be a
     * temporary file the user never named): the system's message, such as "No space left on
     * device", or a description of the exception's kind.
     */
    static String reasonOf(IOException e) {
        String reason = null;
        if (e instanceof FileSystemException fs) {
            reason = fs.getReason();
            if (reason == null) {
                reason = kind(fs);
            }
        } else if (e.getMessage() != null && !e.getMessage().isBlank()) {
            reason = e.getMessage();
        }
        if (reason == null) {
            reason = e.getClass().getSimpleName();
        }
        reason = TerminalText.oneLine(reason.strip());
        // "No space left on device" -> "no space left on device"; "ENOSPC" stays as it is.
        if (reason.length() > 1 && Character.isUpperCase(reason.charAt(0)) && Character.isLowerCase(reason.charAt(1))) {
            reason = reason.substring(0, 1).toLowerCase(Locale.ROOT) + reason.substring(1);
        }
        return reason;
    }

    private static String kind(FileSystemException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "file exists";
        }
        if (e instanceof NotDirectoryException) {
            return "not a directory";
        }
        return e.getClass().getSimpleName();
    }
}
