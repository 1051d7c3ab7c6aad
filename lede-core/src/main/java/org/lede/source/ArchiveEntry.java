package org.lede.source;

/**
 * What one step through an archive or a feed gives: a record to read, or a problem with it at that point.
 * Exactly one of {@code record} and {@code problem} is set.
 *
 * @param record  the record, when it could be taken out whole
 * @param skipped why a record (or the rest of the archive) was skipped, when one was
 * @param problem the one line saying which record and why, for the user
 */
public record ArchiveEntry(SourceRecord record, Skip skipped, String problem) {

    /** Why an archive entry gave no article; the CLI counts them under these names. */
    public enum Skip {
        /** Not an article: an image, a PDF, a redirect or an error page. */
        NOT_AN_ARTICLE("not an article"),
        /** Larger than the reader's limit for one article; its bytes were passed over, not read in. */
        TOO_LARGE("too large"),
        /** A record whose length does not match its content, or whose header cannot be read. */
        DAMAGED("damaged record"),
        /** The archive or feed ends inside a record or item (a download cut short): the rest cannot be read. */
        TRUNCATED("cut short");

        private final String label;

        Skip(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    static ArchiveEntry of(SourceRecord record) {
        return new ArchiveEntry(record, null, null);
    }

    static ArchiveEntry skipped(Skip why, String problem) {
        return new ArchiveEntry(null, why, problem);
    }
}
