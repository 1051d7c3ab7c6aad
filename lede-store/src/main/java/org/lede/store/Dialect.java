package org.lede.store;

import java.util.List;

/** What differs between the SQL databases the corpus lives in; everything else is one SQL for both. */
enum Dialect {
    SQLITE("sqlite", "?"),
    // The headline and body are indexed for PostgreSQL's own full-text search as the row is written.
    POSTGRESQL("postgresql", "to_tsvector('english', ?)");

    /** Migrations that exist, in order; a new one is a file under migrations/{dialect}/ and a line here. */
    static final List<String> MIGRATIONS = List.of("V1__corpus", "V2__events_frames_clusters");

    private final String folder;
    private final String searchValue;

    Dialect(String folder, String searchValue) {
        this.folder = folder;
        this.searchValue = searchValue;
    }

    String migration(String name) {
        return "migrations/" + folder + "/" + name + ".sql";
    }

    String insertArticle() {
        String columns = "id, content_hash, url, title, outlet, outlet_key, published, dateline, origin, lead, "
                + "document, stored_at";
        String values = "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?";
        if (this == POSTGRESQL) {
            return "INSERT INTO articles (" + columns + ", search) VALUES (" + values + ", " + searchValue + ")";
        }
        return "INSERT INTO articles (" + columns + ") VALUES (" + values + ")";
    }
}
