package org.lede.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lede.model.Analysis;
import org.lede.model.Article;
import org.lede.model.Entity;
import org.lede.model.EntityLabel;
import org.lede.model.EntityType;
import org.lede.model.Event;
import org.lede.model.EventArgument;
import org.lede.model.Excerpt;
import org.lede.model.Framing;
import org.lede.model.Mention;
import org.lede.model.MentionKind;
import org.lede.model.NormalizedText;
import org.lede.text.Tokenizer;

/**
 * An {@link Analysis} rebuilt from a stored {@code lede/1} document with the layers that grouping articles
 * into event clusters reads ({@link org.lede.cluster.ArticleClusterer}, {@link org.lede.cluster.ActorNames}):
 * the article, its tokens, entities with their mentions, roles and labels, and events with their participants.
 * lede/1 does not carry tokens, so the text is tokenised again (of the raw text, where analysis tokenised
 * the normalised text; the clusterer only counts content words, which normalisation leaves alone).
 */
final class StoredAnalysis {
    private final Tokenizer tokenizer = new Tokenizer();

    Analysis read(JsonNode document) {
        JsonNode node = document.path("article");
        String text = node.path("text").asText("");
        String published = text(node, "published");
        Article article = new Article(text, text(node, "title"), text(node, "outlet"),
                published == null ? null : LocalDate.parse(published), text(node, "dateline"), text(node, "url"),
                text(node, "language"), text(node, "origin"));
        NormalizedText normalized = NormalizedText.identity(text);
        List<Entity> entities = new ArrayList<>();
        List<EntityLabel> labels = new ArrayList<>();
        for (JsonNode entity : document.path("entities")) {
            for (JsonNode label : entity.path("labels")) {
                labels.add(new EntityLabel(entity.path("id").asText(), label.path("text").asText(""),
                        label.path("start").asInt(), label.path("end").asInt(), constant(EntityLabel.Voice.class,
                        label, "voice", "article"), text(label, "quote"),
                        constant(EntityLabel.Polarity.class, label, "polarity", "neutral")));
            }
            EntityType type = EntityType.valueOf(entity.path("type").asText("MISC"));
            List<String> aliases = new ArrayList<>();
            entity.path("aliases").forEach(alias -> aliases.add(alias.asText()));
            List<Excerpt> roles = new ArrayList<>();
            entity.path("roles").forEach(role -> roles.add(excerpt(role)));
            List<Mention> mentions = new ArrayList<>();
            for (JsonNode mention : entity.path("mentions")) {
                // Token indices are not stored; nothing that reads a rebuilt analysis uses them.
                mentions.add(new Mention(mention.path("start").asInt(), mention.path("end").asInt(),
                        mention.path("text").asText(""), type,
                        MentionKind.valueOf(mention.path("kind").asText("NAME")), 0, 0));
            }
            entities.add(new Entity(entity.path("id").asText(), entity.path("name").asText(), type, aliases, roles,
                    mentions));
        }
        List<Event> events = new ArrayList<>();
        for (JsonNode event : document.path("events")) {
            events.add(new Event(event.path("id").asText(), event.path("type").asText(), event.path("code").asText(),
                    event.path("goldstein").asDouble(), excerpt(event.path("trigger")), List.of(),
                    argument(event.path("actor")), argument(event.path("target")), argument(event.path("place")),
                    argument(event.path("instrument")), null, Map.of(), text(event, "quote"),
                    Event.Modality.valueOf(event.path("modality").asText("happened").toUpperCase(Locale.ROOT))));
        }
        return new Analysis(article, normalized, List.of(), tokenizer.tokenize(normalized), List.of(), entities,
                List.of(), List.of(), List.of(), events, new Framing(List.of(), labels, 0));
    }

    private static <E extends Enum<E>> E constant(Class<E> type, JsonNode node, String field, String absent) {
        return Enum.valueOf(type, node.path(field).asText(absent).toUpperCase(Locale.ROOT));
    }

    private static Excerpt excerpt(JsonNode node) {
        return new Excerpt(node.path("text").asText(""), node.path("start").asInt(), node.path("end").asInt());
    }

    private static EventArgument argument(JsonNode node) {
        if (!node.isObject()) {
            return null;
        }
        return new EventArgument(text(node, "entity"), node.path("text").asText(""), node.path("start").asInt(),
                node.path("end").asInt());
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
