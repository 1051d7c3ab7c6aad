package org.lede.framing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lede.entities.EntityResolver;
import org.lede.model.Analysis;
import org.lede.model.Article;
import org.lede.model.Entity;
import org.lede.model.EntityLabel;
import org.lede.model.EntityLabel.Polarity;
import org.lede.model.EntityLabel.Voice;
import org.lede.model.Frame;
import org.lede.ner.EntityRecognizer;
import org.lede.pipeline.Pipeline;
import org.lede.quotes.QuoteAttributor;
import org.lede.text.TextAnalyzer;

/** The framing stage over invented agency stories, with a small lexicon of its own. */
class FramingStageTest {
    private static final LabelLexicon LEXICON = new LabelLexicon(Map.of(
            "terrorist", Polarity.DELEGITIMISING, "notorious", Polarity.DELEGITIMISING,
            "peaceful", Polarity.LEGITIMISING, "liberation", Polarity.LEGITIMISING, "shadowy", Polarity.NEUTRAL,
            "pro-government", Polarity.NEUTRAL, "outlawed", Polarity.DELEGITIMISING,
            "activist", Polarity.LEGITIMISING, "regime", Polarity.DELEGITIMISING));

    private static Pipeline pipeline;

    @BeforeAll
    static void load() {
        pipeline = new Pipeline(List.of(new TextAnalyzer(), EntityRecognizer.load(), new EntityResolver(),
                new QuoteAttributor(), new FramingStage(FramesModel.load(), LEXICON)));
    }

    private static final String STORY = """
            Army raids rebel base in northern Ardenia

            KORVA (Coastal Wire) – The notorious Mountain Liberation Army lost two commanders on Monday when \
            soldiers raided its base near Korva.

            The Mountain Liberation Army is a terrorist group, Interior Minister Dana Morel told reporters. The \
            Mountain Liberation Army, which the government calls a terrorist group, denies any attack on civilians.

            “We are peaceful defenders of the valley,” said Arlo Venn, a spokesman for the Mountain Liberation Army.
            """;

    private static Entity entityNamed(Analysis analysis, String name) {
        return analysis.entities().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void labelsComeFromModifiersPredicateNominalsAndNamingVerbs() {
        Analysis a = pipeline.analyze(Article.of(STORY));
        Entity army = entityNamed(a, "Mountain Liberation Army");

        assertThat(a.framing().labelsOf(army.id())).extracting(EntityLabel::text, EntityLabel::polarity)
                .contains(tuple("notorious", Polarity.DELEGITIMISING),
                        tuple("a terrorist group", Polarity.DELEGITIMISING));
        assertThat(a.framing().labelsOf(army.id())).extracting(EntityLabel::text)
                .filteredOn(text -> text.equals("a terrorist group")).hasSize(2);
    }

    @Test
    void labelWordsMayStandBeforeTheKindOfActorANameIsButAParticipleWithoutAnArticleIsAVerb() {
        String text = "The pro-government daily Korva Herald said the outlawed Mountain Liberation Army had fled. "
                + "Rights activist Arlo Venn said the government outlawed Mountain Liberation Army in 2019.";
        Analysis a = pipeline.analyze(Article.of(text));

        assertThat(a.framing().labelsOf(entityNamed(a, "Korva Herald").id())).extracting(EntityLabel::text)
                .containsExactly("pro-government daily");
        assertThat(a.framing().labelsOf(entityNamed(a, "Mountain Liberation Army").id()))
                .extracting(EntityLabel::text, EntityLabel::start)
                .containsExactly(tuple("outlawed", text.indexOf("outlawed")));
        assertThat(a.framing().labelsOf(entityNamed(a, "Arlo Venn").id())).extracting(EntityLabel::text)
                .containsExactly("activist");
    }

    @Test
    void anAcronymInBracketsAfterTheNameDoesNotHideWhatTheNameIsCalled() {
        String text = "Aid went to the Mountain Liberation Army (MLA), which the government designated a terrorist "
                + "organisation in May. The Korva Valley Front (KVF) is an armed group.";
        Analysis a = pipeline.analyze(Article.of(text));

        assertThat(a.framing().labelsOf(entityNamed(a, "Mountain Liberation Army").id()))
                .extracting(EntityLabel::text).containsExactly("a terrorist organisation");
        assertThat(a.framing().labelsOf(entityNamed(a, "Korva Valley Front").id()))
                .extracting(EntityLabel::text).containsExactly("an armed group");
    }

    @Test
    void aLabelAfterAnAppositionIsTheSubjectsNotTheNameInsideTheApposition() {
        String text = "The Mountain Liberation Army, an armed force that answers to Arlo Venn, was designated a "
                + "terrorist organisation in 2019. The Korva Valley Front, which is listed as a terrorist group by "
                + "Ardenia, denied it. Her father, Dana Morel, is a peaceful man.";
        Analysis a = pipeline.analyze(Article.of(text));

        assertThat(a.framing().labelsOf(entityNamed(a, "Mountain Liberation Army").id()))
                .extracting(EntityLabel::text).contains("a terrorist organisation");
        assertThat(a.framing().labelsOf(entityNamed(a, "Arlo Venn").id())).isEmpty();
        assertThat(a.framing().labelsOf(entityNamed(a, "Korva Valley Front").id()))
                .extracting(EntityLabel::text).containsExactly("a terrorist group");
        assertThat(a.framing().labelsOf(entityNamed(a, "Dana Morel").id()))
                .extracting(EntityLabel::text).contains("a peaceful man");
    }

    @Test
    void aWordForRuleAfterAPlaceOrARulersNameLabelsItButOtherLoadedNounsThereDoNot() {
        String text = "This is another crime of the Tirana regime, the ministry said. Ardenian terrorist suspects "
                + "fled.";
        Analysis a = pipeline.analyze(Article.of(text));

        assertThat(a.framing().labelsOf(entityNamed(a, "Tirana").id())).extracting(EntityLabel::text)
                .containsExactly("regime");
        assertThat(a.framing().labels()).extracting(EntityLabel::text).doesNotContain("terrorist");
    }

    @Test
    void anIndefiniteAppositionAndANamingInsideItLabelTheName() {
        String text = "Soldiers stormed a camp of the Mountain Liberation Army on Tuesday, a group Ardenia calls a "
                + "terrorist organisation. The Korva Valley Front, a shadowy movement that denies it, fled.";
        Analysis a = pipeline.analyze(Article.of(text));

        assertThat(a.framing().labelsOf(entityNamed(a, "Mountain Liberation Army").id()))
                .extracting(EntityLabel::text, EntityLabel::polarity)
                .containsExactly(tuple("a group", Polarity.NEUTRAL),
                        tuple("a terrorist organisation", Polarity.DELEGITIMISING));
        assertThat(a.framing().labelsOf(entityNamed(a, "Korva Valley Front").id())).extracting(EntityLabel::text)
                .containsExactly("a shadowy movement");
    }

    @Test
    void whoOwnsAnOutletAndACompoundOpeningTheSentenceAreLabelsButAPlainCapitalisedWordThereIsNot() {
        String text = "State news agency Korva Wire said the army had left. Pro-government Korva Oil said it had "
                + "not. Notorious Ardenian band Mountain Echo played.";
        Analysis a = pipeline.analyze(Article.of(text));

        assertThat(a.framing().labelsOf(entityNamed(a, "Korva Wire").id())).extracting(EntityLabel::text)
                .containsExactly("State news agency");
        assertThat(a.framing().labelsOf(entityNamed(a, "Korva Oil").id())).extracting(EntityLabel::text)
                .containsExactly("Pro-government");
        assertThat(a.framing().labels()).extracting(EntityLabel::text).doesNotContain("Notorious");
    }

    @Test
    void aLoadedNounAfterAGroupsNameAndANamingParticipleAfterADashLabelTheGroup() {
        String text = "Soldiers killed 12 Mountain Liberation Army terrorist fighters. The Korva Valley Front - listed "
                + "as a terrorist organisation by Ardenia - denied it. Korva Rovers defender Arlo Venn scored.";
        Analysis a = pipeline.analyze(Article.of(text));

        assertThat(a.framing().labelsOf(entityNamed(a, "Mountain Liberation Army").id()))
                .extracting(EntityLabel::text, EntityLabel::polarity)
                .containsExactly(tuple("terrorist", Polarity.DELEGITIMISING));
        assertThat(a.framing().labelsOf(entityNamed(a, "Korva Valley Front").id())).extracting(EntityLabel::text)
                .containsExactly("a terrorist organisation");
        assertThat(a.framing().labels()).extracting(EntityLabel::text).doesNotContain("defender");
    }

    @Test
    void theSubjectOfANamingVerbIsNotWhatItNames() {
        Analysis a = pipeline.analyze(Article.of(STORY));

        for (Entity entity : a.entities()) {
            if (!entity.name().equals("Mountain Liberation Army")) {
                assertThat(a.framing().labelsOf(entity.id())).extracting(EntityLabel::text)
                        .doesNotContain("a terrorist group");
            }
        }
    }

    @Test
    void wordsOfANameDoNotGiveALabelItsPolarity() {
        Analysis a = pipeline.analyze(Article.of(STORY));
        Entity venn = entityNamed(a, "Arlo Venn");

        assertThat(a.framing().labelsOf(venn.id())).extracting(EntityLabel::text, EntityLabel::polarity)
                .containsExactly(tuple("a spokesman for the Mountain Liberation Army", Polarity.NEUTRAL));
    }

    @Test
    void aLoadedLabelGivenAgainToTheSameActorIsRepetition() {
        Analysis a = pipeline.analyze(Article.of(STORY));
        Entity army = entityNamed(a, "Mountain Liberation Army");
        EntityLabel second = a.framing().labelsOf(army.id()).stream()
                .filter(l -> l.text().equals("a terrorist group")).skip(1).findFirst().orElseThrow();

        assertThat(a.framing().frames()).filteredOn(f -> f.technique().equals("Repetition"))
                .extracting(Frame::start, Frame::end, Frame::target)
                .containsExactly(tuple(second.start(), second.end(), army.id()));
    }

    @Test
    void labelsInsideAQuoteAreInItsVoice() {
        String text = "The ministry said the notorious Mountain Liberation Army had fled. "
                + "“The terrorist Mountain Liberation Army will be defeated,” said Dana Morel, the defence minister.";
        Analysis a = pipeline.analyze(Article.of(text));
        Entity army = entityNamed(a, "Mountain Liberation Army");

        EntityLabel quoted = a.framing().labelsOf(army.id()).stream()
                .filter(l -> l.text().equals("terrorist")).findFirst().orElseThrow();
        assertThat(quoted.voice()).isEqualTo(Voice.QUOTE);
        assertThat(quoted.quote()).isEqualTo(a.quotes().stream()
                .filter(q -> q.contains(quoted)).findFirst().orElseThrow().id());
    }

    @Test
    void framesArePinnedToTheTextTheyQuote() {
        Analysis a = pipeline.analyze(Article.of(STORY));

        assertThat(a.framing().frames()).isNotEmpty().allSatisfy(frame -> {
            assertThat(frame.text()).isEqualTo(a.article().text().substring(frame.start(), frame.end()));
            assertThat(Technique.labels()).contains(frame.technique());
            assertThat(frame.score()).isBetween(0.0, 1.0);
        });
        assertThat(a.framing().ownVoiceShare()).isBetween(0.0, 1.0);
    }

    @Test
    void aPlainReportHasNoLoadedLabels() {
        String text = "The Ardenian parliament approved the budget on Tuesday by 87 votes to 40, the speaker said.";
        Analysis a = pipeline.analyze(Article.of(text));

        assertThat(a.framing().labels()).allSatisfy(l -> assertThat(l.polarity()).isEqualTo(Polarity.NEUTRAL));
        assertThat(a.framing().frames()).noneMatch(f -> f.technique().equals("Repetition"));
    }
}
