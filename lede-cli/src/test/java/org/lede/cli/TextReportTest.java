package org.lede.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lede.model.Analysis;
import org.lede.model.Article;
import org.lede.model.Entity;
import org.lede.model.EntityLink;
import org.lede.model.EntityLabel;
import org.lede.model.EntityType;
import org.lede.model.Event;
import org.lede.model.EventArgument;
import org.lede.model.EventTime;
import org.lede.model.Excerpt;
import org.lede.model.Frame;
import org.lede.model.Framing;
import org.lede.model.Mention;
import org.lede.model.MentionKind;
import org.lede.model.NormalizedText;
import org.lede.model.Quantity;
import org.lede.model.Quote;
import org.lede.model.Sentence;
import org.lede.model.Source;
import org.lede.model.Timex;
import org.lede.model.TimexType;
import org.lede.model.Token;

class TextReportTest {
    private static final String TEXT = "TIRANA (Adriatic Press) – Police raided the camp on Tuesday and dozens of "
            + "others were hurt. In a series of tweets, spokesman Nasser Karimi welcomed the raid, citing press "
            + "reports, the state TV channel IRINN reported. \u201CThe group has no place here,\u201D he wrote. "
            + "Some 3,000 people live there, and residents said the raid had been planned for a very long time "
            + "by people who never visited the camp and never spoke to anyone living in it or near it at all.";

    private static Excerpt at(String words) {
        int start = TEXT.indexOf(words);
        return Excerpt.of(TEXT, start, start + words.length());
    }

    private static Source source(String entity, String words) {
        Excerpt e = at(words);
        return new Source(entity, e.text(), e.start(), e.end());
    }

    private static Analysis analysis() {
        Article article = new Article(TEXT, "Police raid camp near Tirana", "Adriatic Press", LocalDate.of(2024, 6, 20),
                "TIRANA (Adriatic Press) –", null, "en", "raid.txt");
        Excerpt karimi = at("Nasser Karimi");
        Excerpt he = at("he wrote");
        Mention name = new Mention(karimi.start(), karimi.end(), karimi.text(), EntityType.PERSON, MentionKind.NAME, 0, 0);
        Mention pronoun = new Mention(he.start(), he.start() + 2, "he", EntityType.PERSON, MentionKind.PRONOUN, 0, 0);
        Excerpt irinn = at("IRINN");
        Mention channel = new Mention(irinn.start(), irinn.end(), "IRINN", EntityType.ORG, MentionKind.NAME, 0, 0);
        List<Entity> entities = List.of(
                new Entity("e1", "Nasser Karimi", EntityType.PERSON, List.of("Karimi"), List.of(at("spokesman")),
                        List.of(name, pronoun)),
                new Entity("e2", "IRINN", EntityType.ORG, List.of(), List.of(), List.of(channel)));
        Excerpt direct = at("The group has no place here,");
        Excerpt reported = at("the raid had been planned");
        int reportedEnd = TEXT.indexOf(" at all.") + " at all".length();
        List<Quote> quotes = List.of(
                new Quote("q1", direct.start(), direct.end(), direct.text(), true, at("wrote"), "e1", at("he"),
                        at("In a series of tweets"), List.of(source("e2", "the state TV channel IRINN")),
                        List.of(source(null, "press reports"))),
                new Quote("q2", reported.start(), reportedEnd, TEXT.substring(reported.start(), reportedEnd), false,
                        at("said"), null, null, null, List.of(), List.of()));
        Excerpt tuesday = at("Tuesday");
        Excerpt dozens = at("dozens of others");
        Excerpt some = at("Some 3,000 people");
        return new Analysis(article, NormalizedText.identity(TEXT), List.of(), List.of(), List.of(name, pronoun, channel),
                entities, quotes, List.of(new Timex(tuesday.start(), tuesday.end(), "Tuesday", "2024-06-18", TimexType.DATE)),
                List.of(new Quantity(dozens.start(), dozens.end(), dozens.text(), 24.0, null, "others", false),
                        new Quantity(some.start(), some.end(), some.text(), 3000.0, 3000.0, "people", true)),
                List.of(), Framing.NONE);
    }

    @Test
    void reportShowsEverySectionWithinOneHundredColumns() {
        String report = new TextReport().render(analysis());
        List<String> lines = List.of(report.split("\n"));

        assertThat(lines.get(0)).isEqualTo("Police raid camp near Tirana");
        assertThat(lines.get(1)).isEqualTo("Adriatic Press · 2024-06-20 · raid.txt");
        assertThat(lines).contains(
                "ENTITIES (2)",
                "  Nasser Karimi  PERSON, 2 mentions",
                "      also: Karimi",
                "      role: spokesman",
                "  IRINN  ORG, 1 mention",
                "WHO SAID WHAT (2)",
                "  q1  he (Nasser Karimi) · wrote · direct · In a series of tweets",
                "      \u201CThe group has no place here,\u201D",
                "      Adriatic Press ← IRINN ← Nasser Karimi ← press reports",
                "  q2  unattributed · said · reported",
                "      Adriatic Press",
                "WHEN (1)",
                "  Tuesday → 2024-06-18",
                "COUNTS (2)",
                "  dozens of others  → ≥ 24 others",
                "  Some 3,000 people → ~3000 people");
        assertThat(lines).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(TextReport.WIDTH));
        String longQuote = lines.get(lines.indexOf("  q2  unattributed · said · reported") + 1);
        assertThat(longQuote).startsWith("      \u201Cthe raid had been planned").endsWith("…\u201D");
    }

    @Test
    void theBylineFollowsTheOutletWhenTheSourceNamesAnAuthor() {
        Analysis base = analysis();
        Article a = base.article();
        Article signed = new Article(a.text(), a.title(), a.outlet(), a.published(), a.dateline(), a.url(),
                a.language(), a.origin(), "Ana Krasniqi");
        assertThat(new TextReport().render(Analysis.of(signed)).split("\n")[1])
                .isEqualTo("Adriatic Press · by Ana Krasniqi · 2024-06-20 · raid.txt");
    }

    @Test
    void speakerWithoutEntityIsNamedByItsWords() {
        Analysis base = analysis();
        Quote q = base.quotes().get(0);
        Quote anonymous = new Quote("q1", q.start(), q.end(), q.text(), true, q.cue(), null, at("spokesman"),
                null, List.of(), List.of());
        String report = new TextReport().render(base.withQuotes(List.of(anonymous)));

        assertThat(report).contains("  q1  spokesman · wrote · direct\n", "      Adriatic Press ← spokesman\n");
    }

    @Test
    void aSpeakerWhoseWordsEndInTheNameIsShownByTheName() {
        Analysis base = analysis();
        Quote q = base.quotes().get(0);
        Quote named = new Quote("q1", q.start(), q.end(), q.text(), true, q.cue(), "e1", at("spokesman Nasser Karimi"),
                null, List.of(), List.of());
        assertThat(new TextReport().render(base.withQuotes(List.of(named))))
                .contains("  q1  Nasser Karimi · wrote · direct\n");
        Quote placed = new Quote("q1", q.start(), q.end(), q.text(), true, q.cue(), "e2", at("channel IRINN"),
                null, List.of(), List.of());
        assertThat(new TextReport().render(base.withQuotes(List.of(placed))))
                .as("a name that is no preposition's object").contains("  q1  IRINN · wrote");
        Quote of = new Quote("q1", q.start(), q.end(), q.text(), true, q.cue(), "e2", at("the state TV channel IRINN"),
                null, List.of(), List.of());
        assertThat(new TextReport().render(base.withQuotes(List.of(of)))).contains("  q1  IRINN · wrote");
    }

    @Test
    void linksShowTheirKnowledgeBaseAndAmbiguityIsSaid() {
        Analysis base = analysis();
        Entity karimi = base.entities().get(0);
        Entity irinn = base.entities().get(1).withLink(
                new EntityLink(EntityLink.KnowledgeBase.CAMEO, "IRNMED", null, null, "IR", null), List.of());
        Entity place = karimi.withLink(null, List.of(
                new EntityLink(EntityLink.KnowledgeBase.GEONAMES, "1269843", 17.38405, 78.45636, "IN", null),
                new EntityLink(EntityLink.KnowledgeBase.GEONAMES, "1176734", 25.39689, 68.37718, "PK", null)));
        String report = new TextReport().render(base.withEntities(List.of(place, irinn)));

        assertThat(report).contains("  IRINN  ORG, 1 mention\n      link: cameo IRNMED IR",
                "      ambiguous: geonames 1269843 (17.38, 78.46) IN; geonames 1176734 (25.40, 68.38) PK");
    }

    @Test
    void whatHappenedShowsTheEventItsParticipantsCountsAndWhoStatesIt() {
        Analysis base = analysis();
        Excerpt raided = at("raided");
        Excerpt police = at("Police");
        Excerpt camp = at("the camp");
        Excerpt tuesday = at("Tuesday");
        Excerpt theRaid = at("the raid");
        Excerpt retold = Excerpt.of(TEXT, theRaid.start() + 4, theRaid.end());
        Event raid = new Event("v1", "FIGHT", "190", -10.0, raided, List.of(raided, retold),
                new EventArgument(null, police.text(), police.start(), police.end()),
                new EventArgument(null, camp.text(), camp.start(), camp.end()), null, null,
                new EventTime(tuesday.text(), tuesday.start(), tuesday.end(), "2024-06-18"),
                Map.of(Event.Casualty.INJURED, new Event.Bounds(24.0, null)), null, Event.Modality.HAPPENED);
        String report = new TextReport().render(base.withEvents(List.of(raid)));

        assertThat(report).contains("WHAT HAPPENED (1)\n"
                + "  v1  FIGHT 190 · raided, raid · happened · article's own voice\n"
                + "      Police → the camp\n"
                + "      when 2024-06-18 · injured ≥ 24");
    }

    @Test
    void framingSectionStatesItsCaveatAndGroupsRepeatedLabels() {
        Excerpt group = at("The group");
        Excerpt place = at("The group has no place here");
        EntityLabel inQuote = new EntityLabel("e2", group.text(), group.start(), group.end(), EntityLabel.Voice.QUOTE,
                "q1", EntityLabel.Polarity.NEUTRAL);
        EntityLabel again = new EntityLabel("e2", "the group", group.start(), group.end(), EntityLabel.Voice.ARTICLE,
                null, EntityLabel.Polarity.NEUTRAL);
        Frame frame = new Frame("Loaded_Language", place.start(), place.end(), place.text(), 0.4, "e2");
        Analysis framed = analysis().withFraming(new Framing(List.of(frame), List.of(inQuote, again), 0.25));

        List<String> lines = List.of(new TextReport().render(framed).split("\n"));

        assertThat(lines).containsSubsequence(
                "HOW IT IS TOLD (1)",
                "  A technique is a claim about the text, not about the truth of the actor.",
                "  25% of the text in the article's own voice carries a technique.",
                "  Loaded_Language  0.40  → IRINN",
                "      \u201CThe group has no place here\u201D",
                "  labels for IRINN",
                "      The group ×2 (neutral; q1, article's own voice)");
    }

    @Test
    void countsAreWordedForOneAsForMany() {
        String text = "Police raided the camp.";
        Analysis one = Analysis.of(Article.of(text)).withText(NormalizedText.identity(text),
                List.of(new Sentence(0, text.length(), 0, 2)),
                List.of(new Token(0, 6, "Police"), new Token(7, 13, "raided")));

        assertThat(new TextReport().render(one)).contains("\n1 sentence, 2 tokens; in the article's own voice\n");
    }

    @Test
    void emptySectionsSaySo() {
        Analysis empty = Analysis.of(Article.of("Nothing much happened."));
        String report = new TextReport().render(empty);

        assertThat(report).startsWith("(no headline)\noutlet unknown · date unknown\n")
                .contains("ENTITIES (0)\n  none found", "COUNTS (0)\n  none found", "WHAT HAPPENED (0)\n  none found");
    }
}
