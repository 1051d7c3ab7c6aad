package org.lede.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The files an input path names on any file system Hadoop reads: a file, a folder (its files, as Spark's
 * own readers take one, leaving out names starting with {@code _} or {@code .}) or a glob of either.
 */
final class InputFiles {
    private InputFiles() {
    }

    /** The files, largest first (so that, one task a file, the long tasks start first); none is an error. */
    static List<String> largestFirst(String input, Configuration hadoop) {
        try {
            Path pattern = new Path(input);
            FileSystem fs = pattern.getFileSystem(hadoop);
            FileStatus[] matches = fs.globStatus(pattern);
            List<FileStatus> files = new ArrayList<>();
            for (FileStatus match : matches == null ? new FileStatus[0] : matches) {
                for (FileStatus file : match.isDirectory() ? fs.listStatus(match.getPath()) : new FileStatus[] {match}) {
                    if (file.isFile() && !hidden(file.getPath())) {
                        files.add(file);
                    }
                }
            }
            if (files.isEmpty()) {
                throw new IllegalArgumentException("no input files at " + input);
            }
            files.sort(Comparator.comparingLong(FileStatus::getLen).reversed()
                    .thenComparing(file -> file.getPath().toString()));
            return files.stream().map(file -> file.getPath().toString()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static InputStream open(String file, Configuration hadoop) throws IOException {
        Path path = new Path(file);
        return path.getFileSystem(hadoop).open(path);
    }

    private static boolean hidden(Path path) {
        return path.getName().startsWith("_") || path.getName().startsWith(".");
    }
}
