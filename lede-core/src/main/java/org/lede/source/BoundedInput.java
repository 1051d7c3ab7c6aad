package org.lede.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads the bytes of one article with a size cap, checked before anything large is held in memory:
 * a file's size is asked of the file system, a stream is read no further than one byte past the cap.
 */
final class BoundedInput {
    private static final long MB = 1024 * 1024;

    private final long limit;

    BoundedInput(long limit) {
        this.limit = limit;
    }

    byte[] read(Path path) {
        String origin = path.toString();
        try {
            if (Files.isDirectory(path)) {
                throw new InputException(origin, "is a folder; pass the folder to a command that reads folders");
            }
            if (!Files.isRegularFile(path) && Files.exists(path)) {
                // A pipe or device (/dev/stdin, <(command)) has no size to check: read it as a stream.
                try (InputStream in = Files.newInputStream(path)) {
                    return read(origin, in);
                }
            }
            long size = Files.size(path);
            if (size > limit) {
                throw tooLarge(origin, size(size));
            }
            return Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new InputException(origin, "no such file or folder", e);
        } catch (AccessDeniedException e) {
            throw new InputException(origin, "permission denied; check the file's permissions", e);
        } catch (FileSystemException e) {
            // Its message repeats the path; the reason alone ("Not a directory") says what went wrong.
            String reason = e.getReason() == null ? e.getMessage() : e.getReason();
            throw new InputException(origin, "cannot be read (" + reason + ")", e);
        } catch (IOException e) {
            throw new InputException(origin, "cannot be read (" + e.getMessage() + ")", e);
        }
    }

    byte[] read(String origin, InputStream in) {
        try {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (bytes.length > limit) {
                throw tooLarge(origin, "more than " + size(limit));
            }
            return bytes;
        } catch (IOException e) {
            throw new InputException(origin, "cannot be read (" + e.getMessage() + ")", e);
        }
    }

    InputException tooLarge(String origin, String size) {
        return new InputException(origin, size + " is too large for one article (limit " + size(limit)
                + "); split it or pass the text alone");
    }

    /** A size as people say it: whole megabytes when there is at least one, else kilobytes or bytes. */
    static String size(long bytes) {
        if (bytes >= MB) {
            return (bytes + MB / 2) / MB + " MB";
        }
        return bytes >= 1024 ? (bytes + 512) / 1024 + " KB" : bytes + " bytes";
    }
}
