package org.lede.model;

import java.util.List;

/**
 * A claim the article attributes to someone: a direct quote or reported (indirect) speech.
 *
 * @param id      "q1", "q2", … in text order
 * @param start   start of the content (for a direct quote, inside the quotation marks)
 * @param end     end of the content
 * @param text    the content
 * @param direct  true for words in quotation marks
 * @param cue     the word or phrase that attributes it ("said", "warned", "according to"), or null
 * @param speaker entity id of the speaker, or null where the text does not say or Lede cannot tell
 * @param speakerText the words naming the speaker in this attribution ("he", "the spokesman"), or null
 * @param channel how it was said ("in a series of tweets", "in a statement"), or null
 * @param relays  who passed it on to the outlet ("…, a TV channel reported"), nearest to the outlet first
 * @param sources what the speaker rests the claim on ("press reports", "officials")
 */
public record Quote(String id, int start, int end, String text, boolean direct, Excerpt cue, String speaker,
                    Excerpt speakerText, Excerpt channel, List<Source> relays, List<Source> sources)
        implements Span {

    public Quote {
        relays = List.copyOf(relays);
        sources = List.copyOf(sources);
    }
}
