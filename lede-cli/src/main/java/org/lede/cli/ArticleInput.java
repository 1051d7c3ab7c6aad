package org.lede.cli;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.lede.model.Article;
import org.lede.source.ArchiveEntry;
import org.lede.source.ArticleReader;
import org.lede.source.InputException;
import org.lede.source.SourceRecord;

/**
 * One article to read, named as the user named it: a file, "-" for standard input, or a record taken out
 * of an archive or feed; or the problem found where an archive's record should have been.
 *
 * @param path    the file, or null
 * @param record  the record out of an archive or feed, or null
 * @param skipped why there is no article here (an archive's damaged record), or null
 * @param problem the line that says so, when {@code skipped} is set
 */
record ArticleInput(String origin, java.nio.file.Path path, SourceRecord record, ArchiveEntry.Skip skipped,
                    String problem) {
    static final String STDIN = "-";

    static ArticleInput file(String origin, java.nio.file.Path path) {
        return new ArticleInput(origin, path, null, null, null);
    }

    static ArticleInput standardInput() {
        return new ArticleInput(STDIN, null, null, null, null);
    }

    /** @param archive the archive's name, the origin of a problem that names no record */
    static ArticleInput of(ArchiveEntry entry, String archive) {
        if (entry.record() != null) {
            return of(entry.record());
        }
        return new ArticleInput(archive, null, null, entry.skipped(), entry.problem());
    }

    /**
     * Every input the arguments name, archives and feeds taken apart, as a list: for commands that need the
     * count first. {@link ArticleInputs} streams them instead, for archives of any size.
     */
    static List<ArticleInput> expand(List<String> paths, Consumer<String> warn) {
        List<ArticleInput> inputs = new ArrayList<>();
        try (ArticleInputs all = ArticleInputs.of(paths, ArticleReader.DEFAULT_LIMIT, warn)) {
            all.forEachRemaining(inputs::add);
        }
        return inputs;
    }

    static ArticleInput unreadable(String origin, String problem) {
        return new ArticleInput(origin, null, null, null, problem);
    }

    static ArticleInput of(SourceRecord record) {
        return new ArticleInput(record.origin(), null, record, null, null);
    }

    Article read(ArticleReader reader, InputStream stdin) {
        if (problem != null) {
            String prefix = origin + ": ";
            throw new InputException(origin, problem.startsWith(prefix) ? problem.substring(prefix.length()) : problem);
        }
        if (record != null) {
            return reader.read(record);
        }
        return path == null ? reader.read(origin, stdin) : reader.read(path);
    }
}
