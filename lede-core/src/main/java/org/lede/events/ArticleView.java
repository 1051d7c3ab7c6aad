package org.lede.events;

import java.util.List;
import org.lede.model.Analysis;
import org.lede.model.Entity;
import org.lede.model.EntityLink;
import org.lede.model.Event;
import org.lede.model.EntityType;
import org.lede.model.Mention;
import org.lede.model.MentionIndex;
import org.lede.model.MentionKind;
import org.lede.model.Quantity;
import org.lede.model.Quote;
import org.lede.model.Sentence;
import org.lede.model.Timex;
import org.lede.model.Token;

/**
 * One article's tokens as the event rules read them: which entity mention, sentence and quote each token
 * belongs to. Built per article.
 */
final class ArticleView {
    final Analysis analysis;
    final List<Token> tokens;
    /** For each token, the entity mention that covers it, or null. */
    private final Mention[] mentionAt;
    /** For each token, the id of the entity whose mention covers it, or null. */
    private final String[] entityAt;
    private final EntityType[] entityTypeAt;
    private final boolean[] knownActorAt;
    /** For each token, the index of its sentence. */
    private final int[] sentenceAt;

    private final EventLexicon lexicon;
    /** For each token, whether a time expression covers it. */
    private final boolean[] timeAt;
    /** For each token, the first quote (in the layer's order) whose content holds it, or null. */
    private final Quote[] quoteAt;
    /** For each token, whether an amount of the quantity layer covers it. */
    private final boolean[] amountAt;
    private final MentionIndex mentions;

    ArticleView(Analysis analysis, EventLexicon lexicon) {
        this.analysis = analysis;
        this.lexicon = lexicon;
        this.tokens = analysis.tokens();
        int n = tokens.size();
        mentionAt = new Mention[n];
        entityAt = new String[n];
        entityTypeAt = new EntityType[n];
        knownActorAt = new boolean[n];
        for (Entity entity : analysis.entities()) {
            boolean knownActor = entity.link() != null && entity.link().kb() == EntityLink.KnowledgeBase.CAMEO;
            for (Mention mention : entity.mentions()) {
                for (int i = mention.firstToken(); i < mention.endToken() && i < n; i++) {
                    mentionAt[i] = mention;
                    entityAt[i] = entity.id();
                    entityTypeAt[i] = entity.type();
                    knownActorAt[i] = knownActor;
                }
            }
        }
        timeAt = new boolean[n];
        int t = 0;
        for (Timex timex : analysis.timex()) {
            while (t < n && tokens.get(t).end() <= timex.start()) {
                t++;
            }
            for (int i = t; i < n && tokens.get(i).start() < timex.end(); i++) {
                timeAt[i] = true;
            }
        }
        quoteAt = new Quote[n];
        List<Quote> quotes = analysis.quotes();
        for (int q = quotes.size() - 1; q >= 0; q--) { // backwards, so that the first quote holding a token wins
            for (int i = analysis.firstTokenFrom(quotes.get(q).start()); i < n && quotes.get(q).contains(tokens.get(i));
                    i++) {
                quoteAt[i] = quotes.get(q);
            }
        }
        amountAt = new boolean[n];
        for (Quantity quantity : analysis.quantities()) {
            for (int i = analysis.firstTokenFrom(quantity.start()); i < n && tokens.get(i).end() <= quantity.end();
                    i++) {
                amountAt[i] = true;
            }
        }
        mentions = new MentionIndex(analysis.entities());
        sentenceAt = new int[n];
        List<Sentence> sentences = analysis.sentences();
        for (int s = 0; s < sentences.size(); s++) {
            for (int i = sentences.get(s).firstToken(); i < sentences.get(s).endToken(); i++) {
                sentenceAt[i] = s;
            }
        }
    }

    String form(int token) {
        return tokens.get(token).form();
    }

    String lower(int token) {
        return tokens.get(token).lower();
    }

    Mention mention(int token) {
        return mentionAt[token];
    }

    String entity(int token) {
        return entityAt[token];
    }

    EntityType entityType(int token) {
        return entityTypeAt[token];
    }

    /** Whether the token names an entity linked to a CAMEO actor (a state, an armed group, a party…). */
    boolean isKnownActor(int token) {
        return knownActorAt[token];
    }

    int sentenceIndex(int token) {
        return sentenceAt[token];
    }

    /** The quote whose content holds the token, or null. */
    Quote quoteAt(int token) {
        return quoteAt[token];
    }

    /**
     * The entity mentions inside tokens [first, end), entity by entity in the layer's order and each entity's
     * in text order, as a walk over every entity's mentions gives them, found without that walk: an article
     * of megabytes has a hundred thousand.
     */
    List<MentionIndex.Entry> mentionsWithin(int first, int end) {
        if (end <= first) {
            return List.of(); // a quote's window may hold no token
        }
        List<MentionIndex.Entry> within = mentions.within(tokens.get(first).start(), tokens.get(end - 1).end());
        within.sort(java.util.Comparator.comparingInt(MentionIndex.Entry::order)); // stable: text order stays
        return within;
    }

    /** Whether the token is a proper name or part of one. */
    boolean isName(int token) {
        return mentionAt[token] != null && mentionAt[token].kind() == MentionKind.NAME;
    }

    boolean isTimeToken(int token) {
        return timeAt[token];
    }

    /**
     * Whether the token is neither a trigger that ends a phrase ({@link EventLexicon#endsPhrase}) nor a casualty
     * word, so a phrase may run across it.
     */
    boolean lexiconFree(int token) {
        String form = form(token);
        return !lexicon.endsPhrase(form) && lexicon.casualty(form) == null;
    }

    /** The first token of the amount that covers {@code token}, or {@code token} when none does. */
    int amountStartingBefore(int token) {
        Token t = tokens.get(token);
        for (Quantity quantity : analysis.quantities()) {
            if (quantity.start() < t.start() && t.start() < quantity.end()) {
                int first = token;
                while (first > 0 && tokens.get(first - 1).start() >= quantity.start()) {
                    first--;
                }
                return first;
            }
        }
        return token;
    }

    /** Whether an amount of the quantity layer covers the token ("hundreds", "3,000"). */
    boolean isAmount(int token) {
        return amountAt[token];
    }

    /** The count a casualty word reports ("killed" → KILLED), or null. */
    Event.Casualty casualtyAt(int token) {
        return lexicon.casualty(form(token));
    }

    /** The time expressions of a sentence, in text order. */
    List<Timex> timexIn(Sentence sentence) {
        return analysis.timex().stream().filter(sentence::contains).toList();
    }
}
