package org.lede.store;

import java.nio.file.Path;

/** Opens the corpus a command line names: a PostgreSQL URL, or else an embedded data folder. */
public final class CorpusStores {
    private CorpusStores() {
    }

    /** Where the embedded corpus lives when no {@code --data} is given: {@code ~/.lede/data}. */
    public static Path defaultDataFolder() {
        return Path.of(System.getProperty("user.home"), ".lede", "data");
    }

    /**
     * @param database a PostgreSQL URL, or null for the embedded store
     * @param data     the embedded store's folder, or null for {@link #defaultDataFolder()}
     */
    public static CorpusStore open(String database, Path data) {
        if (database != null) {
            return PostgresStore.open(database);
        }
        return SqliteLuceneStore.open(data == null ? defaultDataFolder() : data);
    }

    /** Where the corpus is, for messages: the folder, or the URL without its password. */
    public static String describe(String database, Path data) {
        return database != null ? PostgresStore.redacted(database)
                : (data == null ? defaultDataFolder() : data).toString();
    }
}
