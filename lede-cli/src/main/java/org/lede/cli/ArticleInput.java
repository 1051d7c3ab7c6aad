package org.lede.cli;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.lede.model.Article;
import org.lede.source.ArticleFiles;
import org.lede.source.ArticleReader;
import org.lede.source.InputException;

/**
 * One article to read, named as the user named it: a file, or "-" for standard input.
 *
 * @param path null for standard input
 */
record ArticleInput(String origin, Path path) {
    static final String STDIN = "-";
    private static final String NO_ARTICLES_IN_FOLDER = "no .txt, .html or .htm files in this folder";

    Article read(ArticleReader reader, InputStream stdin) {
        return path == null ? reader.read(origin, stdin) : reader.read(path);
    }

    /**
     * The articles the PATH arguments name, folders opened (recursively, in sorted order). A path that does
     * not exist stays in the list, so reading it reports it where it stands among the others.
     *
     * @param warn told about folders that hold no article
     */
    static List<ArticleInput> expand(List<String> paths, Consumer<String> warn) {
        List<ArticleInput> inputs = new ArrayList<>();
        List<String> emptyFolders = new ArrayList<>();
        for (String name : paths) {
            if (name.equals(STDIN)) {
                inputs.add(new ArticleInput(STDIN, null));
                continue;
            }
            Path path = Path.of(name);
            if (Files.isDirectory(path)) {
                List<Path> files = ArticleFiles.in(path);
                if (files.isEmpty()) {
                    emptyFolders.add(name);
                }
                files.forEach(file -> inputs.add(new ArticleInput(file.toString(), file)));
            } else {
                inputs.add(new ArticleInput(name, path));
            }
        }
        // Only empty folders leave nothing to read; then that is the one line to say, not a warning as well.
        if (inputs.isEmpty()) {
            throw new InputException(String.join(", ", emptyFolders), NO_ARTICLES_IN_FOLDER);
        }
        emptyFolders.forEach(folder -> warn.accept(folder + ": " + NO_ARTICLES_IN_FOLDER));
        return inputs;
    }

    /** True when the arguments may name more than one article, which makes the output a stream. */
    static boolean several(List<String> paths) {
        return paths.size() > 1 || (!paths.get(0).equals(STDIN) && Files.isDirectory(Path.of(paths.get(0))));
    }
}
