package org.lede.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The articles in a folder: every .txt, .html and .htm file below it, in a fixed order. */
public final class ArticleFiles {

    private ArticleFiles() {
    }

    /**
     * The article files under {@code folder}, at any depth, sorted by path so that runs over the same
     * folder give the same output in the same order. Hidden files and folders (".git") are left out.
     */
    public static List<Path> in(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new InputException(folder.toString(), Files.exists(folder) ? "not a folder" : "no such file or folder");
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(path -> !isHidden(folder.relativize(path)))
                    .filter(Files::isRegularFile)
                    .filter(ArticleFiles::isArticle)
                    .sorted(Comparator.comparing(Path::toString))
                    .collect(Collectors.toList());
        } catch (NoSuchFileException e) {
            throw new InputException(folder.toString(), "no such file or folder", e);
        } catch (IOException | UncheckedIOException e) {
            throw new InputException(folder.toString(), "cannot be listed (" + e.getMessage() + ")", e);
        }
    }

    /** True for the file names Lede reads as articles. */
    public static boolean isArticle(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") || name.endsWith(".html") || name.endsWith(".htm");
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
