package org.lede.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a file whole or not at all. The bytes go to a hidden sibling first and are moved over the file only
 * once written and closed, so a trainer stopped half way (Ctrl-C, a full disk, an exception) leaves the model
 * it would have replaced intact, instead of a truncated file that the next {@code lede analyze} fails to load.
 */
public final class AtomicFile {
    /** Writes the content to a stream the caller must not close. */
    @FunctionalInterface
    public interface Content<T> {
        void writeTo(T out) throws IOException;
    }

    private AtomicFile() {
    }

    /** Writes {@code file} (and its missing parent folders) with the bytes {@code content} gives. */
    public static void write(Path file, Content<OutputStream> content) throws IOException {
        Path target = file.toAbsolutePath();
        Path partial = partialOf(target);
        OutputStream opened = open(target, partial);
        try {
            try (OutputStream out = new BufferedOutputStream(opened, 1 << 16)) {
                content.writeTo(out);
            }
            try {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                // some network and FUSE file systems have no atomic rename; a plain one still never exposes
                // a half-written file, only a brief moment without one
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /**
     * Fails, as {@link #write} would, when {@code file} could not be written, and leaves nothing behind: for a
     * command to find out before the long work whose result goes there, not after (a trainer that ran ten
     * minutes and then could not save its model). Missing folders are not made; a file is tried in the
     * nearest one that exists, where they would be.
     */
    public static void checkWritable(Path file) throws IOException {
        Path target = file.toAbsolutePath();
        if (Files.isDirectory(target)) {
            throw new FileSystemException(target.toString(), null, "is a folder; give the path of a file");
        }
        Path nearest = target;
        while (!Files.exists(nearest.getParent())) {
            nearest = nearest.getParent();
        }
        Path partial = partialOf(nearest);
        OutputStream opened = open(target, partial);
        try {
            opened.close();
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private static Path partialOf(Path target) {
        return target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid() + ".partial");
    }

    /**
     * The hidden file beside the target, opened for writing, its folders made first. A failure names the
     * file the user asked for, not the hidden one, which they never named.
     */
    private static OutputStream open(Path target, Path partial) throws IOException {
        try {
            Files.createDirectories(partial.getParent());
            return Files.newOutputStream(partial, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE);
        } catch (FileSystemException e) {
            throw new FileSystemException(target.toString(), null,
                    "cannot be written there (" + e.getClass().getSimpleName() + " on " + e.getFile()
                            + "); give a path in a folder you can write to");
        }
    }

    /** Writes {@code file} as UTF-8 text. */
    public static void writeText(Path file, Content<Writer> content) throws IOException {
        write(file, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            content.writeTo(writer);
            writer.flush();
        });
    }

    /** Writes {@code file} as gzipped UTF-8 text. */
    public static void writeGzippedText(Path file, Content<Writer> content) throws IOException {
        write(file, out -> {
            GZIPOutputStream gzip = new GZIPOutputStream(out, 1 << 16);
            Writer writer = new OutputStreamWriter(gzip, StandardCharsets.UTF_8);
            content.writeTo(writer);
            writer.flush();
            gzip.finish();
        });
    }
}
