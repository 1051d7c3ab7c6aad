package org.lede.store;

/**
 * What {@link CorpusStore#put} did with a document.
 *
 * @param articleId the stored article's id, also when nothing changed
 */
public record PutResult(String articleId, Outcome outcome) {

    public enum Outcome {
        /** A new article. */
        STORED,
        /** An article at a stored URL with new content, stored in place of the old one under the same id. */
        UPDATED,
        /** The content was stored already; nothing changed. */
        UNCHANGED
    }
}
