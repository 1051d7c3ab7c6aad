package org.lede.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.lede.model.Analysis;
import org.lede.model.Article;
import org.lede.model.Entity;
import org.lede.model.EntityLink;
import org.lede.model.EntityType;
import org.lede.model.Event;
import org.lede.model.EventArgument;
import org.lede.model.EventTime;
import org.lede.model.Excerpt;
import org.lede.model.Mention;
import org.lede.model.MentionKind;
import org.lede.model.Quantity;
import org.lede.model.Quote;
import org.lede.model.Source;
import org.lede.model.Timex;
import org.lede.model.TimexType;
import org.lede.text.TextAnalyzer;
import org.junit.jupiter.api.Test;

class AnalysisJsonTest {
    // The emoji before the names is outside the BMP: two UTF-16 chars but one code point.
    private static final String TEXT = "\uD83D\uDCE2 Ali Reza said the raid was illegal, the TV channel reported. "
            + "At least one person died on Tuesday.";

    private static Analysis analysis() {
        Article article = new Article(TEXT, "Raid", "Agency", LocalDate.of(2024, 6, 19), null, null, "en", "t.txt");
        Analysis a = new TextAnalyzer().process(Analysis.of(article));
        int ali = TEXT.indexOf("Ali Reza");
        Mention name = new Mention(ali, ali + 8, "Ali Reza", EntityType.PERSON, MentionKind.NAME, 1, 3);
        int tv = TEXT.indexOf("the TV channel");
        Mention channel = new Mention(tv, tv + 14, "the TV channel", EntityType.ORG, MentionKind.DESCRIPTION, 9, 12);
        Entity e1 = new Entity("e1", "Ali Reza", EntityType.PERSON, List.of(), List.of(), List.of(name));
        Entity e2 = new Entity("e2", "the TV channel", EntityType.ORG, List.of(), List.of(), List.of(channel));
        int content = TEXT.indexOf("the raid");
        int contentEnd = TEXT.indexOf(", the TV");
        int said = TEXT.indexOf("said");
        Quote q = new Quote("q1", content, contentEnd, TEXT.substring(content, contentEnd), false,
                Excerpt.of(TEXT, said, said + 4), "e1", Excerpt.of(TEXT, ali, ali + 8), null,
                List.of(new Source("e2", "the TV channel", tv, tv + 14)), List.of());
        int tuesday = TEXT.indexOf("Tuesday");
        int atLeast = TEXT.indexOf("At least");
        return a.withMentions(List.of(name, channel)).withEntities(List.of(e1, e2)).withQuotes(List.of(q))
                .withTimex(List.of(new Timex(tuesday, tuesday + 7, "Tuesday", "2024-06-18", TimexType.DATE)))
                .withQuantities(List.of(new Quantity(atLeast, atLeast + 19, "At least one person", 1.0, null,
                        "person", false)));
    }

    @Test
    void documentConformsToTheSchema() {
        ObjectNode json = new AnalysisJson().toJson(analysis());
        assertThat(SchemaValidator.violations(json)).isEmpty();
        assertThat(json.get("schema").asText()).isEqualTo("lede/1");
        assertThat(json.at("/article/published").asText()).isEqualTo("2024-06-19");
        assertThat(json.at("/article/origin").asText()).isEqualTo("t.txt");
    }

    @Test
    void linksAndAmbiguousCandidatesConformToTheSchema() {
        Analysis plain = analysis();
        EntityLink place = new EntityLink(EntityLink.KnowledgeBase.GEONAMES, "1269843", 17.38, 78.46, "IN", null);
        EntityLink namesake = new EntityLink(EntityLink.KnowledgeBase.GEONAMES, "1176734", 25.4, 68.38, "PK", null);
        EntityLink actor = new EntityLink(EntityLink.KnowledgeBase.CAMEO, "IGOUNO", null, null, null, null);
        Analysis linked = plain.withEntities(List.of(plain.entities().get(0).withLink(null, List.of(place, namesake)),
                plain.entities().get(1).withLink(actor, List.of())));
        ObjectNode json = new AnalysisJson().toJson(linked);
        assertThat(SchemaValidator.violations(json)).isEmpty();
        assertThat(json.at("/entities/0/link").isMissingNode()).isTrue();
        assertThat(json.at("/entities/0/link_candidates/1/country").asText()).isEqualTo("PK");
        assertThat(json.at("/entities/1/link/kb").asText()).isEqualTo("cameo");
        assertThat(json.at("/entities/1/link/lat").isNull()).isTrue();
        assertThat(json.at("/entities/1/link_candidates").isMissingNode()).isTrue();
    }

    @Test
    void offsetsAreCodePointsIntoArticleText() {
        JsonNode json = new AnalysisJson().toJson(analysis());
        int[] codePoints = json.at("/article/text").asText().codePoints().toArray();
        JsonNode mention = json.at("/entities/0/mentions/0");
        String sliced = new String(codePoints, mention.get("start").asInt(),
                mention.get("end").asInt() - mention.get("start").asInt());
        assertThat(sliced).isEqualTo("Ali Reza");
        assertThat(mention.get("start").asInt()).isEqualTo(2); // emoji (1 code point) and a space
        JsonNode quantity = json.at("/quantities/0");
        assertThat(new String(codePoints, quantity.get("start").asInt(),
                quantity.get("end").asInt() - quantity.get("start").asInt())).isEqualTo("At least one person");
    }

    @Test
    void quoteCarriesItsProvenanceChainAndSentencesTheirVoice() {
        JsonNode json = new AnalysisJson().toJson(analysis());
        JsonNode quote = json.at("/quotes/0");
        assertThat(quote.get("via").get(0).asText()).isEqualTo("e2");
        assertThat(quote.get("chain").findValuesAsText("role")).containsExactly("outlet", "relay", "speaker");
        assertThat(quote.get("chain").findValuesAsText("text")).containsExactly("Agency", "the TV channel", "Ali Reza");
        assertThat(json.get("sentences").findValuesAsText("voice")).containsExactly("reported", "article");
        assertThat(quote.at("/chain/0/entity").isNull()).as("the outlet Agency is no entity of this text").isTrue();
    }

    @Test
    void outletLinksToItsEntityWhenTheTextNamesIt() {
        Analysis a = analysis();
        Entity tv = a.entity("e2");
        Analysis renamed = new Analysis(a.article().withOutlet("The TV Channel"), a.normalized(), a.sentences(),
                a.tokens(), a.mentions(), a.entities(), a.quotes(), a.timex(), a.quantities(), a.events(), a.framing());
        JsonNode json = new AnalysisJson().toJson(renamed);
        assertThat(json.at("/quotes/0/chain/0/entity").asText()).isEqualTo(tv.id());
    }

    @Test
    void schemaRejectsADocumentMissingAContractField() throws Exception {
        ObjectNode json = new AnalysisJson().toJson(analysis());
        ((ObjectNode) json.get("article")).remove("text");
        assertThat(SchemaValidator.violations(json)).isNotEmpty();
        ObjectNode extra = new AnalysisJson().toJson(analysis());
        extra.put("undocumented", 1);
        assertThat(SchemaValidator.violations(new ObjectMapper().readTree(extra.toString()))).isNotEmpty();
    }

    @Test
    void eventsAreWrittenWithCodePointOffsetsAndConformToTheSchema() {
        String text = "\uD83D\uDD25 Police raided the camp on Tuesday, killing at least one person.";
        Excerpt raided = Excerpt.of(text, text.indexOf("raided"), text.indexOf("raided") + 6);
        Excerpt police = Excerpt.of(text, text.indexOf("Police"), text.indexOf("Police") + 6);
        int tuesday = text.indexOf("Tuesday");
        Event raid = new Event("v1", "FIGHT", "190", -10.0, raided, List.of(raided),
                new EventArgument(null, police.text(), police.start(), police.end()), null, null, null,
                new EventTime("Tuesday", tuesday, tuesday + 7, "2024-06-18"),
                Map.of(Event.Casualty.KILLED, new Event.Bounds(1.0, null)), null, Event.Modality.HAPPENED);
        Analysis analysis = Analysis.of(Article.of(text)).withEvents(List.of(raid));

        JsonNode json = new AnalysisJson().toJson(analysis);

        assertThat(SchemaValidator.violations(json)).isEmpty();
        JsonNode event = json.at("/events/0");
        assertThat(event.at("/trigger/start").asInt()).isEqualTo(raided.start() - 1); // the emoji is two chars
        assertThat(event.at("/actor/text").asText()).isEqualTo("Police");
        assertThat(event.at("/actor/entity").isNull()).isTrue();
        assertThat(event.at("/time/value").asText()).isEqualTo("2024-06-18");
        assertThat(event.at("/counts/killed/min").asDouble()).isEqualTo(1.0);
        assertThat(event.at("/counts/killed/max").isNull()).isTrue();
        assertThat(event.at("/modality").asText()).isEqualTo("happened");
        assertThat(event.at("/target").isNull()).isTrue();
    }
}
