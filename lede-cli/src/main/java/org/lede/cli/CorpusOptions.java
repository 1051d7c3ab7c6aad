package org.lede.cli;

import java.nio.file.Path;
import org.lede.store.CorpusStore;
import org.lede.store.CorpusStores;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** Where the corpus is, for the commands that use one: an embedded data folder or a PostgreSQL database. */
final class CorpusOptions {
    @ArgGroup(exclusive = true)
    Where where = new Where();

    static final class Where {
        @Option(names = "--data", paramLabel = "DIR",
                description = "Embedded corpus folder (SQLite + Lucene), created if missing. Default: ~/.lede/data")
        Path data;

        @Option(names = "--db", paramLabel = "URL",
                description = "PostgreSQL database instead, e.g. postgresql://user@localhost:5432/lede")
        String database;
    }

    CorpusStore open() {
        return CorpusStores.open(where.database, where.data);
    }

    /** The corpus for messages, without a password. */
    String describe() {
        return CorpusStores.describe(where.database, where.data);
    }
}
