package org.lede.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;
import org.lede.model.Analysis;
import org.lede.model.Article;
import org.lede.model.ChainLink;
import org.lede.model.Entity;
import org.lede.model.EntityLink;
import org.lede.model.Event;
import org.lede.model.EventArgument;
import org.lede.model.EntityLabel;
import org.lede.model.Excerpt;
import org.lede.model.Frame;
import org.lede.model.Framing;
import org.lede.model.Mention;
import org.lede.model.Quantity;
import org.lede.model.Quote;
import org.lede.model.Sentence;
import org.lede.model.Source;
import org.lede.model.Span;
import org.lede.model.Timex;

/**
 * Writes an {@link Analysis} as the public JSON document, schema {@code lede/1}
 * ({@code docs/schema/lede-1.schema.json}). Offsets become Unicode code-point offsets into
 * {@code article.text}. The contract only grows: fields are added, never renamed or removed, within lede/1.
 */
public final class AnalysisJson {
    private final ObjectMapper mapper = new ObjectMapper();
    private final ObjectMapper pretty = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public ObjectNode toJson(Analysis analysis) {
        Writer writer = new Writer(analysis, new CodePointOffsets(analysis.article().text()));
        return writer.document();
    }

    /** The document on one line, without a line break: one line of a JSON Lines stream. */
    public String toJsonLine(Analysis analysis) {
        return write(mapper, toJson(analysis));
    }

    public String toPrettyJson(Analysis analysis) {
        return write(pretty, toJson(analysis));
    }

    private static String write(ObjectMapper mapper, ObjectNode node) {
        try {
            return mapper.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One document's conversion; holds the offset map of its text. */
    private final class Writer {
        private final Analysis analysis;
        private final CodePointOffsets offsets;

        Writer(Analysis analysis, CodePointOffsets offsets) {
            this.analysis = analysis;
            this.offsets = offsets;
        }

        ObjectNode document() {
            ObjectNode root = mapper.createObjectNode();
            root.put("schema", Analysis.SCHEMA);
            article(root.putObject("article"));
            sentences(root.putArray("sentences"));
            entities(root.putArray("entities"));
            quotes(root.putArray("quotes"));
            timex(root.putArray("timex"));
            quantities(root.putArray("quantities"));
            events(root.putArray("events"));
            frames(root.putArray("frames"));
            framesSummary(root.putObject("frames_summary"));
            ObjectNode stats = root.putObject("stats");
            stats.put("tokens", analysis.tokens().size());
            stats.put("sentences", analysis.sentences().size());
            return root;
        }

        private void article(ObjectNode node) {
            Article a = analysis.article();
            node.put("title", a.title());
            node.put("outlet", a.outlet());
            node.put("published", a.published() == null ? null : a.published().toString());
            node.put("dateline", a.dateline());
            node.put("url", a.url());
            node.put("language", a.language());
            node.put("origin", a.origin());
            if (a.author() != null) {
                node.put("author", a.author()); // optional: absent when the source names nobody
            }
            node.put("text", a.text());
        }

        private void sentences(ArrayNode array) {
            boolean[] ownVoice = analysis.ownVoice();
            for (int s = 0; s < ownVoice.length; s++) {
                ObjectNode node = span(array.addObject(), analysis.sentences().get(s));
                node.put("voice", ownVoice[s] ? "article" : "reported");
            }
        }

        private void entities(ArrayNode array) {
            for (Entity entity : analysis.entities()) {
                ObjectNode node = array.addObject();
                node.put("id", entity.id());
                node.put("name", entity.name());
                node.put("type", entity.type().name());
                ArrayNode aliases = node.putArray("aliases");
                entity.aliases().forEach(aliases::add);
                ArrayNode roles = node.putArray("roles");
                entity.roles().forEach(role -> excerpt(roles.addObject(), role));
                ArrayNode mentions = node.putArray("mentions");
                for (Mention mention : entity.mentions()) {
                    ObjectNode m = mentions.addObject();
                    m.put("text", mention.text());
                    span(m, mention);
                    m.put("kind", mention.kind().name());
                }
                ArrayNode labels = node.putArray("labels");
                for (EntityLabel label : analysis.framing().labelsOf(entity.id())) {
                    ObjectNode l = labels.addObject();
                    l.put("text", label.text());
                    span(l, label);
                    l.put("voice", label.voice().name().toLowerCase(java.util.Locale.ROOT));
                    l.put("quote", label.quote());
                    l.put("polarity", label.polarity().name().toLowerCase(java.util.Locale.ROOT));
                }
                if (entity.link() != null) {
                    link(node.putObject("link"), entity.link());
                }
                if (!entity.linkCandidates().isEmpty()) {
                    ArrayNode candidates = node.putArray("link_candidates");
                    entity.linkCandidates().forEach(candidate -> link(candidates.addObject(), candidate));
                }
            }
        }

        private void link(ObjectNode node, EntityLink link) {
            node.put("kb", link.kb().name().toLowerCase(java.util.Locale.ROOT));
            node.put("id", link.id());
            node.put("lat", link.lat());
            node.put("lon", link.lon());
            node.put("country", link.country());
            if (link.cameo() != null) {
                node.put("cameo", link.cameo());
            }
        }

        private void frames(ArrayNode array) {
            for (Frame frame : analysis.framing().frames()) {
                ObjectNode node = array.addObject();
                node.put("technique", frame.technique());
                span(node, frame);
                node.put("text", frame.text());
                node.put("score", Math.round(frame.score() * 1000) / 1000.0);
                node.put("target", frame.target());
            }
        }

        /** Counts a reader compares articles by: techniques, and per actor its techniques and labels. */
        private void framesSummary(ObjectNode node) {
            Framing framing = analysis.framing();
            ObjectNode techniques = node.putObject("techniques");
            framing.frames().forEach(f -> techniques.put(f.technique(), techniques.path(f.technique()).asInt() + 1));
            ArrayNode byEntity = node.putArray("by_entity");
            for (Entity entity : analysis.entities()) {
                List<EntityLabel> labels = framing.labelsOf(entity.id());
                List<Frame> targeted = framing.frames().stream().filter(f -> entity.id().equals(f.target())).toList();
                if (labels.isEmpty() && targeted.isEmpty()) {
                    continue;
                }
                ObjectNode e = byEntity.addObject();
                e.put("entity", entity.id());
                ObjectNode counts = e.putObject("techniques");
                targeted.forEach(f -> counts.put(f.technique(), counts.path(f.technique()).asInt() + 1));
                e.put("labels", labels.size());
                for (EntityLabel.Polarity polarity : EntityLabel.Polarity.values()) {
                    e.put(polarity.name().toLowerCase(java.util.Locale.ROOT),
                            labels.stream().filter(l -> l.polarity() == polarity).count());
                }
            }
            node.put("own_voice_share", Math.round(framing.ownVoiceShare() * 1000) / 1000.0);
        }

        private void quotes(ArrayNode array) {
            for (Quote quote : analysis.quotes()) {
                ObjectNode node = array.addObject();
                node.put("id", quote.id());
                node.put("text", quote.text());
                span(node, quote);
                node.put("direct", quote.direct());
                optionalExcerpt(node, "cue", quote.cue());
                node.put("speaker", quote.speaker());
                optionalExcerpt(node, "speaker_text", quote.speakerText());
                optionalExcerpt(node, "channel", quote.channel());
                ArrayNode via = node.putArray("via");
                quote.relays().stream().map(Source::entity).filter(java.util.Objects::nonNull).forEach(via::add);
                sources(node.putArray("relays"), quote.relays());
                sources(node.putArray("sources"), quote.sources());
                ArrayNode chain = node.putArray("chain");
                for (ChainLink link : analysis.chainOf(quote)) {
                    ObjectNode l = chain.addObject();
                    l.put("role", link.role());
                    l.put("entity", link.entity());
                    l.put("text", link.text());
                }
            }
        }

        private void sources(ArrayNode array, List<Source> sources) {
            for (Source source : sources) {
                ObjectNode node = array.addObject();
                node.put("entity", source.entity());
                node.put("text", source.text());
                span(node, source);
            }
        }

        private void timex(ArrayNode array) {
            for (Timex timex : analysis.timex()) {
                ObjectNode node = array.addObject();
                node.put("text", timex.text());
                span(node, timex);
                node.put("value", timex.value());
                node.put("type", timex.type().name());
            }
        }

        private void quantities(ArrayNode array) {
            for (Quantity quantity : analysis.quantities()) {
                ObjectNode node = array.addObject();
                node.put("text", quantity.text());
                span(node, quantity);
                node.put("min", quantity.min());
                node.put("max", quantity.max());
                node.put("unit", quantity.unit());
                node.put("approximate", quantity.approximate());
            }
        }

        private void events(ArrayNode array) {
            for (Event event : analysis.events()) {
                ObjectNode node = array.addObject();
                node.put("id", event.id());
                node.put("type", event.type());
                node.put("code", event.code());
                node.put("goldstein", event.goldstein());
                excerpt(node.putObject("trigger"), event.trigger());
                ArrayNode mentions = node.putArray("mentions");
                event.mentions().forEach(mention -> excerpt(mentions.addObject(), mention));
                argument(node, "actor", event.actor());
                argument(node, "target", event.target());
                argument(node, "place", event.place());
                argument(node, "instrument", event.instrument());
                if (event.time() == null) {
                    node.putNull("time");
                } else {
                    ObjectNode time = span(node.putObject("time"), event.time());
                    time.put("text", event.time().text());
                    time.put("value", event.time().value());
                }
                ObjectNode counts = node.putObject("counts");
                event.counts().forEach((casualty, bounds) -> {
                    ObjectNode count = counts.putObject(casualty.name().toLowerCase(java.util.Locale.ROOT));
                    count.put("min", bounds.min());
                    count.put("max", bounds.max());
                });
                node.put("quote", event.quote());
                node.put("modality", event.modality().name().toLowerCase(java.util.Locale.ROOT));
            }
        }

        /** An event's participant: the entity it refers to and the words that name it, or null. */
        private void argument(ObjectNode parent, String field, EventArgument argument) {
            if (argument == null) {
                parent.putNull(field);
                return;
            }
            ObjectNode node = parent.putObject(field);
            node.put("entity", argument.entity());
            excerpt(node, new Excerpt(argument.text(), argument.start(), argument.end()));
        }

        private void optionalExcerpt(ObjectNode parent, String field, Excerpt excerpt) {
            if (excerpt == null) {
                parent.putNull(field);
            } else {
                excerpt(parent.putObject(field), excerpt);
            }
        }

        private void excerpt(ObjectNode node, Excerpt excerpt) {
            node.put("text", excerpt.text());
            span(node, excerpt);
        }

        private ObjectNode span(ObjectNode node, Span span) {
            node.put("start", offsets.of(span.start()));
            node.put("end", offsets.of(span.end()));
            return node;
        }
    }
}
