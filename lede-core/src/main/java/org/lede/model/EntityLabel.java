package org.lede.model;

/**
 * A word or phrase the article attaches to an entity: an epithet or description that refers to it ("the
 * terror cult"), a predicate nominal ("X is a terrorist organisation", "which Tehran calls a terror cult"),
 * an apposition, or a modifier in one of its mentions ("the notorious group"). It belongs to the span, not
 * to the entity: it says how the text names the actor, not what the actor is.
 *
 * @param entity   the entity's id
 * @param voice    whose words they are: the article's own, or inside a quote
 * @param quote    the quote's id when {@code voice} is QUOTE, else null
 * @param polarity what the label lexicon says its words do to the actor's standing
 */
public record EntityLabel(String entity, String text, int start, int end, Voice voice, String quote,
                          Polarity polarity) implements Span {

    /** Whose words a label is. */
    public enum Voice { ARTICLE, QUOTE }

    /** What a label's words do to the standing of whom they name. */
    public enum Polarity { DELEGITIMISING, LEGITIMISING, NEUTRAL }
}
