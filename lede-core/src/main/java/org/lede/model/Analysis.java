package org.lede.model;

import java.util.List;
import java.util.Objects;

/**
 * Everything Lede knows about one article: the article and the stand-off layers the pipeline stages add
 * over its text. Immutable: a stage returns a new analysis with its layer set, and reads only the layers
 * that stages before it set.
 *
 * <p>Its JSON form is the public contract, schema {@code lede/1} ({@code docs/schema/lede-1.schema.json}).
 */
public record Analysis(Article article, NormalizedText normalized, List<Sentence> sentences, List<Token> tokens,
                       List<Mention> mentions, List<Entity> entities, List<Quote> quotes, List<Timex> timex,
                       List<Quantity> quantities, List<Event> events, Framing framing) {

    public static final String SCHEMA = "lede/1";

    public Analysis {
        Objects.requireNonNull(article, "article");
        sentences = List.copyOf(sentences);
        tokens = List.copyOf(tokens);
        mentions = List.copyOf(mentions);
        entities = List.copyOf(entities);
        quotes = List.copyOf(quotes);
        timex = List.copyOf(timex);
        quantities = List.copyOf(quantities);
        events = List.copyOf(events);
        Objects.requireNonNull(framing, "framing");
    }

    /** An analysis with no layers yet, the input of the first stage. */
    public static Analysis of(Article article) {
        return new Analysis(article, NormalizedText.identity(article.text()), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), Framing.NONE);
    }

    /** The article text a span covers. */
    public String textOf(Span span) {
        return article.text().substring(span.start(), span.end());
    }

    /** The tokens of a sentence. */
    public List<Token> tokensOf(Sentence sentence) {
        return tokens.subList(sentence.firstToken(), sentence.endToken());
    }

    /** The entity with this id, or null. */
    public Entity entity(String id) {
        for (Entity entity : entities) {
            if (entity.id().equals(id)) {
                return entity;
            }
        }
        return null;
    }

    /**
     * The provenance chain of a claim: the outlet, then whoever relayed it, then its speaker, then the
     * sources the speaker invokes. Links the article does not give are left out.
     */
    public List<ChainLink> chainOf(Quote quote) {
        List<ChainLink> chain = new java.util.ArrayList<>();
        chain.add(article.outlet() == null ? new ChainLink("outlet", null, "the article")
                : new ChainLink("outlet", entityNamed(article.outlet()), article.outlet()));
        for (Source relay : quote.relays()) {
            chain.add(new ChainLink("relay", relay.entity(), nameOf(relay.entity(), relay.text())));
        }
        if (quote.speaker() != null || quote.speakerText() != null) {
            String said = quote.speakerText() == null ? null : quote.speakerText().text();
            chain.add(new ChainLink("speaker", quote.speaker(), nameOf(quote.speaker(), said)));
        }
        for (Source source : quote.sources()) {
            chain.add(new ChainLink("source", source.entity(), nameOf(source.entity(), source.text())));
        }
        return chain;
    }

    /**
     * Per sentence, whether it speaks in the article's own voice: no quote's content overlaps it. All at once,
     * in one pass over sentences and quotes in text order, as an article of megabytes has thousands of each.
     */
    public boolean[] ownVoice() {
        List<Quote> byStart = new java.util.ArrayList<>(quotes);
        byStart.sort(java.util.Comparator.comparingInt(Quote::start));
        boolean[] own = new boolean[sentences.size()];
        int next = 0;
        int furthestEnd = Integer.MIN_VALUE; // of the quotes that start before the sentence ends
        for (int s = 0; s < sentences.size(); s++) {
            Sentence sentence = sentences.get(s);
            while (next < byStart.size() && byStart.get(next).start() < sentence.end()) {
                furthestEnd = Math.max(furthestEnd, byStart.get(next++).end());
            }
            own[s] = furthestEnd <= sentence.start();
        }
        return own;
    }

    /** The index of the first token that starts at or after {@code offset} (the token count if none does). */
    public int firstTokenFrom(int offset) {
        return Spans.firstStartingAtOrAfter(tokens, offset);
    }

    /** The id of the entity that goes by this name (canonical or alias), or null. */
    private String entityNamed(String name) {
        for (Entity entity : entities) {
            if (entity.name().equalsIgnoreCase(name)
                    || entity.aliases().stream().anyMatch(alias -> alias.equalsIgnoreCase(name))) {
                return entity.id();
            }
        }
        return null;
    }

    private String nameOf(String entityId, String fallback) {
        Entity entity = entityId == null ? null : entity(entityId);
        return entity == null ? fallback : entity.name();
    }

    public Analysis withText(NormalizedText normalized, List<Sentence> sentences, List<Token> tokens) {
        return new Analysis(article, normalized, sentences, tokens, mentions, entities, quotes, timex, quantities,
                events, framing);
    }

    public Analysis withMentions(List<Mention> mentions) {
        return new Analysis(article, normalized, sentences, tokens, mentions, entities, quotes, timex, quantities,
                events, framing);
    }

    public Analysis withEntities(List<Entity> entities) {
        return new Analysis(article, normalized, sentences, tokens, mentions, entities, quotes, timex, quantities,
                events, framing);
    }

    public Analysis withQuotes(List<Quote> quotes) {
        return new Analysis(article, normalized, sentences, tokens, mentions, entities, quotes, timex, quantities,
                events, framing);
    }

    public Analysis withTimex(List<Timex> timex) {
        return new Analysis(article, normalized, sentences, tokens, mentions, entities, quotes, timex, quantities,
                events, framing);
    }

    public Analysis withQuantities(List<Quantity> quantities) {
        return new Analysis(article, normalized, sentences, tokens, mentions, entities, quotes, timex, quantities,
                events, framing);
    }

    public Analysis withEvents(List<Event> events) {
        return new Analysis(article, normalized, sentences, tokens, mentions, entities, quotes, timex, quantities,
                events, framing);
    }

    public Analysis withFraming(Framing framing) {
        return new Analysis(article, normalized, sentences, tokens, mentions, entities, quotes, timex, quantities,
                events, framing);
    }
}
