package org.lede.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.lede.model.Analysis;

/**
 * The rows a {@code lede/1} document is stored as, read from the document itself. Both stores and the
 * Lucene index take their rows from here, so what is searchable is exactly what was stored, and an index
 * can be rebuilt from the stored documents alone. Fields the reader does not know (layers added to lede/1
 * later) stay in the stored document; a migration adds tables for them.
 */
record ArticleRecord(String id, String contentHash, String url, String title, String outlet, String published,
                     String dateline, String origin, String text, List<EntityRow> entities, List<QuoteRow> quotes,
                     List<TimexRow> timex, List<EventRow> events, List<FrameRow> frames, List<LabelRow> labels) {
    private static final int LEAD_LENGTH = 240;
    /** A resolved time that names a day ("2023-06-20", "2023-06-20T14:00"), not a month or a year. */
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** @param names the canonical name first, then the aliases */
    record EntityRow(String entityId, String name, String type, List<String> names, List<String> labels,
                     int mentions) {
    }

    /** @param speaker the speaker's entity id, or null; {@code speakerName} its canonical name or words */
    record QuoteRow(String quoteId, String text, boolean direct, String cue, String speaker, String speakerName,
                    String channel, List<LinkRow> chain) {
    }

    /** @param entityId the linked entity, or null */
    record LinkRow(String role, String entityId, String text) {
    }

    record TimexRow(String text, String value, String type) {
    }

    /**
     * @param placeKey  the place's canonical name (or its words, when no entity) as a {@link #key}
     * @param eventDate the event's resolved time when that is a day, else the publication date; null if neither
     * @param counts    the document's counts object as JSON ("{}" when the article gives none)
     */
    record EventRow(String eventId, String type, String code, String trigger, String actorEntity, String actorText,
                    String targetEntity, String targetText, String placeEntity, String placeText, String placeKey,
                    String timeText, String timeValue, String eventDate, String counts, String quote,
                    String modality) {
    }

    /** @param target the entity one of whose mentions lies in the stretch, or null */
    record FrameRow(String technique, String text, int start, int end, double score, String target) {
    }

    /** A label of the framing layer: @param voice "article" or "quote"; @param polarity "delegitimising"… */
    record LabelRow(String entityId, String text, String voice, String polarity) {
    }

    static ArticleRecord from(JsonNode document) {
        if (document == null || !Analysis.SCHEMA.equals(document.path("schema").asText(null))) {
            throw new StoreException("not a " + Analysis.SCHEMA + " document (its \"schema\" field must be \""
                    + Analysis.SCHEMA + "\")");
        }
        JsonNode article = document.path("article");
        String text = article.path("text").asText(null);
        if (text == null) {
            throw new StoreException("the " + Analysis.SCHEMA + " document has no article text");
        }
        String title = textOrNull(article, "title");
        String url = textOrNull(article, "url");
        String hash = ContentHash.of(title, text);
        List<EntityRow> entities = new ArrayList<>();
        for (JsonNode entity : document.path("entities")) {
            Set<String> names = new LinkedHashSet<>();
            names.add(entity.path("name").asText());
            entity.path("aliases").forEach(alias -> names.add(alias.asText()));
            List<String> labels = new ArrayList<>();
            entity.path("roles").forEach(role -> labels.add(role.path("text").asText()));
            entities.add(new EntityRow(entity.path("id").asText(), entity.path("name").asText(),
                    entity.path("type").asText(null), List.copyOf(names), labels, entity.path("mentions").size()));
        }
        Map<String, EntityRow> byId = entities.stream()
                .collect(Collectors.toMap(EntityRow::entityId, Function.identity(), (a, b) -> a));
        List<QuoteRow> quotes = new ArrayList<>();
        for (JsonNode quote : document.path("quotes")) {
            String speaker = textOrNull(quote, "speaker");
            EntityRow speakerEntity = speaker == null ? null : byId.get(speaker);
            String speakerName = speakerEntity != null ? speakerEntity.name() : excerptText(quote, "speaker_text");
            List<LinkRow> chain = new ArrayList<>();
            for (JsonNode link : quote.path("chain")) {
                chain.add(new LinkRow(link.path("role").asText(), textOrNull(link, "entity"), link.path("text").asText("")));
            }
            quotes.add(new QuoteRow(quote.path("id").asText(), quote.path("text").asText(""),
                    quote.path("direct").asBoolean(), excerptText(quote, "cue"), speakerEntity == null ? null : speaker,
                    speakerName, excerptText(quote, "channel"), chain));
        }
        List<TimexRow> timex = new ArrayList<>();
        for (JsonNode time : document.path("timex")) {
            timex.add(new TimexRow(time.path("text").asText(""), textOrNull(time, "value"), textOrNull(time, "type")));
        }
        String published = isoDate(textOrNull(article, "published"));
        List<LabelRow> labels = new ArrayList<>();
        for (JsonNode entity : document.path("entities")) {
            for (JsonNode label : entity.path("labels")) {
                labels.add(new LabelRow(entity.path("id").asText(), label.path("text").asText(""),
                        textOrNull(label, "voice"), textOrNull(label, "polarity")));
            }
        }
        List<FrameRow> frames = new ArrayList<>();
        for (JsonNode frame : document.path("frames")) {
            frames.add(new FrameRow(frame.path("technique").asText(), frame.path("text").asText(""),
                    frame.path("start").asInt(), frame.path("end").asInt(), frame.path("score").asDouble(),
                    textOrNull(frame, "target")));
        }
        List<EventRow> events = new ArrayList<>();
        for (JsonNode event : document.path("events")) {
            events.add(eventRow(event, byId, published));
        }
        return new ArticleRecord(ContentHash.articleId(url, hash), hash, url, title, textOrNull(article, "outlet"),
                published, textOrNull(article, "dateline"), textOrNull(article, "origin"), text, entities, quotes,
                timex, events, frames, labels);
    }

    private static EventRow eventRow(JsonNode event, Map<String, EntityRow> entities, String published) {
        JsonNode actor = event.path("actor");
        JsonNode target = event.path("target");
        JsonNode place = event.path("place");
        String placeEntity = textOrNull(place, "entity");
        EntityRow placeRow = placeEntity == null ? null : entities.get(placeEntity);
        String placeText = textOrNull(place, "text");
        String placeKey = key(placeRow != null ? placeRow.name() : placeText);
        JsonNode time = event.path("time");
        String timeValue = textOrNull(time, "value");
        String eventDate = timeValue != null && DAY.matcher(timeValue).lookingAt() ? timeValue.substring(0, 10)
                : published;
        JsonNode counts = event.path("counts");
        return new EventRow(event.path("id").asText(), event.path("type").asText(), event.path("code").asText(),
                event.path("trigger").path("text").asText(""), textOrNull(actor, "entity"), textOrNull(actor, "text"),
                textOrNull(target, "entity"), textOrNull(target, "text"), placeEntity, placeText, placeKey,
                textOrNull(time, "text"), timeValue, eventDate, counts.isObject() ? counts.toString() : "{}",
                textOrNull(event, "quote"), event.path("modality").asText("happened"));
    }

    /** The opening of the body, cut at a word, for search snippets. */
    String lead() {
        String body = text.strip().replaceAll("\\s+", " ");
        if (body.length() <= LEAD_LENGTH) {
            return body;
        }
        int cut = body.lastIndexOf(' ', LEAD_LENGTH);
        return body.substring(0, cut > LEAD_LENGTH / 2 ? cut : LEAD_LENGTH) + "…";
    }

    /** The distinct techniques the article uses, for the technique filter and facet. */
    List<String> techniques() {
        return frames.stream().map(FrameRow::technique).distinct().sorted().toList();
    }

    /** "2023-06" for a dated article, else null. */
    String month() {
        return published == null ? null : published.substring(0, 7);
    }

    /** How names are compared: case and runs of spaces do not matter. */
    static String key(String name) {
        return name == null ? null : name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    EntityRow entity(String entityId) {
        for (EntityRow entity : entities) {
            if (entity.entityId().equals(entityId)) {
                return entity;
            }
        }
        return null;
    }

    private static String isoDate(String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value).toString();
        } catch (DateTimeParseException e) {
            throw new StoreException("the article's \"published\" is not a date (YYYY-MM-DD): " + value);
        }
    }

    private static String textOrNull(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static String excerptText(JsonNode node, String field) {
        JsonNode excerpt = node.get(field);
        return excerpt == null || excerpt.isNull() ? null : excerpt.path("text").asText(null);
    }
}
