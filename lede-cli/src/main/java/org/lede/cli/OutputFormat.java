package org.lede.cli;

/** How {@code lede analyze} writes its analyses. */
enum OutputFormat {
    /** The one-screen report a journalist reads. */
    TEXT,
    /** One indented JSON document; a JSON array of them for several articles. */
    JSON,
    /** JSON Lines: one document per line. */
    JSONL
}
