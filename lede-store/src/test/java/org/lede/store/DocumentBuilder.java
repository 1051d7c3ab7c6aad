package org.lede.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes small lede/1 documents by hand, so store tests say exactly which entities, quotes and chains an
 * article has without running the pipeline. Offsets are found in the text, as the analysis would give them.
 */
final class DocumentBuilder {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final ObjectNode root = MAPPER.createObjectNode();
    private final String text;

    private DocumentBuilder(String title, String outlet, String published, String url, String text) {
        this.text = text;
        root.put("schema", "lede/1");
        ObjectNode article = root.putObject("article");
        article.put("title", title);
        article.put("outlet", outlet);
        article.put("published", published);
        article.putNull("dateline");
        article.put("url", url);
        article.put("language", "en");
        article.putNull("origin");
        article.put("text", text);
        root.putArray("sentences");
        root.putArray("entities");
        root.putArray("quotes");
        root.putArray("timex");
        root.putArray("quantities");
        root.putObject("stats").put("tokens", 0).put("sentences", 0);
    }

    static DocumentBuilder article(String title, String outlet, String published, String url, String text) {
        return new DocumentBuilder(title, outlet, published, url, text);
    }

    /** An entity; {@code roles} are phrases of the text that describe it. */
    DocumentBuilder entity(String id, String name, String type, String[] aliases, String... roles) {
        ObjectNode entity = ((ArrayNode) root.get("entities")).addObject();
        entity.put("id", id);
        entity.put("name", name);
        entity.put("type", type);
        ArrayNode aliasArray = entity.putArray("aliases");
        for (String alias : aliases) {
            aliasArray.add(alias);
        }
        ArrayNode roleArray = entity.putArray("roles");
        for (String role : roles) {
            span(roleArray.addObject().put("text", role), role);
        }
        ArrayNode mentions = entity.putArray("mentions");
        span(mentions.addObject().put("text", name), name).put("kind", "NAME");
        return this;
    }

    /**
     * A quote and its chain; links are "role:text" or "role:text=entityId", outlet first, as the writer
     * puts them. The speaker is the chain's speaker link.
     */
    DocumentBuilder quote(String id, String content, String... chain) {
        ObjectNode quote = ((ArrayNode) root.get("quotes")).addObject();
        quote.put("id", id);
        span(quote.put("text", content), content);
        quote.put("direct", true);
        quote.putNull("cue");
        quote.putNull("speaker");
        quote.putNull("speaker_text");
        quote.putNull("channel");
        quote.putArray("via");
        ArrayNode relays = quote.putArray("relays");
        ArrayNode sources = quote.putArray("sources");
        ArrayNode links = quote.putArray("chain");
        for (String link : chain) {
            String role = link.substring(0, link.indexOf(':'));
            String rest = link.substring(link.indexOf(':') + 1);
            String entity = rest.contains("=") ? rest.substring(rest.indexOf('=') + 1) : null;
            String words = rest.contains("=") ? rest.substring(0, rest.indexOf('=')) : rest;
            links.addObject().put("role", role).put("entity", entity).put("text", words);
            switch (role) {
                case "speaker" -> {
                    quote.put("speaker", entity);
                    span(quote.putObject("speaker_text").put("text", words), words);
                }
                case "relay" -> span(relays.addObject().put("entity", entity).put("text", words), words);
                case "source" -> span(sources.addObject().put("entity", entity).put("text", words), words);
                default -> { }
            }
        }
        return this;
    }

    DocumentBuilder timex(String words, String value) {
        span(((ArrayNode) root.get("timex")).addObject().put("text", words), words).put("value", value)
                .put("type", "DATE");
        return this;
    }

    /** An event; participants are entity ids (or null), its time a resolved value found as {@code timeWords}. */
    DocumentBuilder event(String id, String type, String code, String trigger, String actor, String place,
                          String timeWords, String timeValue) {
        ObjectNode event = root.withArray("events").addObject();
        event.put("id", id).put("type", type).put("code", code).put("goldstein", -6.5);
        span(event.putObject("trigger").put("text", trigger), trigger);
        span(event.putArray("mentions").addObject().put("text", trigger), trigger);
        argument(event, "actor", actor);
        event.putNull("target");
        argument(event, "place", place);
        event.putNull("instrument");
        if (timeWords == null) {
            event.putNull("time");
        } else {
            span(event.putObject("time").put("text", timeWords), timeWords).put("value", timeValue);
        }
        event.putObject("counts").putObject("arrested").put("min", 2).putNull("max");
        event.putNull("quote");
        event.put("modality", "happened");
        return this;
    }

    /** A stretch of the text using a persuasion technique, aimed at an entity (or null). */
    DocumentBuilder frame(String technique, String words, String target) {
        span(root.withArray("frames").addObject().put("technique", technique), words).put("text", words)
                .put("score", 0.8).put("target", target);
        return this;
    }

    /** A label the framing layer found on an entity, in the article's own voice. */
    DocumentBuilder label(String entityId, String words, String polarity) {
        for (var entity : root.get("entities")) {
            if (entity.path("id").asText().equals(entityId)) {
                span(((ObjectNode) entity).withArray("labels").addObject().put("text", words), words)
                        .put("voice", "article").putNull("quote").put("polarity", polarity);
            }
        }
        return this;
    }

    private void argument(ObjectNode event, String role, String entityId) {
        if (entityId == null) {
            event.putNull(role);
            return;
        }
        for (var entity : root.get("entities")) {
            if (entity.path("id").asText().equals(entityId)) {
                String name = entity.path("name").asText();
                span(event.putObject(role).put("entity", entityId).put("text", name), name);
            }
        }
    }

    ObjectNode build() {
        return root.deepCopy();
    }

    private ObjectNode span(ObjectNode node, String words) {
        int start = Math.max(0, text.indexOf(words));
        return node.put("start", start).put("end", start + words.length());
    }
}
