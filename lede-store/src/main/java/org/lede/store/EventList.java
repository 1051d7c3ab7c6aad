package org.lede.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Events found across the corpus, latest event date first.
 *
 * @param total how many events match, of which {@code events} holds one page
 */
public record EventList(long total, List<StoredEvent> events) {

    public EventList {
        events = List.copyOf(events);
    }

    /**
     * One event as an article reports it. Participants are the entity's canonical name in that article, or
     * the words of the phrase when it names no entity; null when the article does not say.
     *
     * @param date     the event's resolved day, else the article's publication date; null when neither is known
     * @param time     the time expression as written, or null
     * @param counts   the lede/1 counts object: killed, injured, arrested, displaced with min and max bounds
     * @param quote    the id of the quote that states it, or null when the article says it in its own voice
     * @param modality "happened", "denied", "planned", "hypothetical" or "historical"
     */
    public record StoredEvent(String articleId, String title, String outlet, String published, String eventId,
                              String type, String code, String trigger, String actor, String target, String place,
                              String time, String date, JsonNode counts, String quote, String modality) {
    }
}
