package org.lede.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.lede.model.Analysis;
import org.lede.model.Article;
import org.lede.model.EventArgument;
import org.lede.pipeline.Pipeline;
import org.junit.jupiter.api.Test;

/** The learned choice of arguments: what it keeps of the rules, which phrases may fill which slot, its bar. */
class ArgumentScorerTest {
    private static final Pipeline PIPELINE = Pipeline.standard();

    private static final String TEXT = "Rebels shelled the town on Monday. The army said Kabul was calm.";

    private static EventArgument[] choose(ArgumentScorer scorer, EventArgument[] rules, boolean agentless) {
        Analysis analysis = PIPELINE.analyze(Article.of(TEXT));
        ArticleView view = new ArticleView(analysis, EventLexicon.load());
        int shelled = 1;
        assertThat(view.form(shelled)).isEqualTo("shelled");
        return scorer.choose(view, new ArgumentScorer.TriggerContext(shelled, 0, false, "19", agentless), rules);
    }

    @Test
    void anEmptySlotTakesTheBestCandidateAboveTheBarAndOnlyAPlaceForThePlace() {
        // Every candidate of the next sentence scores high as a place and as an actor: only places may be places.
        ArgumentScorer scorer = new ArgumentScorer(Map.of("place|sentence=1", 5.0, "actor|sentence=1", 4.0,
                "actor|bias", -3.0, "target|bias", -3.0, "place|bias", -3.0, "instrument|bias", -3.0), 0.5);
        EventArgument[] chosen = choose(scorer, new EventArgument[4], false);
        assertThat(chosen[2].text()).isEqualTo("Kabul");
        assertThat(chosen[0]).as("one phrase fills one slot, so the actor is another").isNotNull();
        assertThat(chosen[0].text()).isNotEqualTo("Kabul");
        assertThat(chosen[1]).as("below the bar").isNull();
        assertThat(chosen[3]).isNull();
    }

    @Test
    void aPronounIsNoPlaceEvenWhenItStandsForOne() {
        Analysis analysis = PIPELINE.analyze(Article.of("Rebels shelled Kabul on Monday. Its streets were calm."));
        ArticleView view = new ArticleView(analysis, EventLexicon.load());
        int its = 6;
        assertThat(view.form(its)).isEqualTo("Its");
        assertThat(view.entityType(its)).as("coreference links the pronoun to the city").isNotNull();
        ArgumentScorer scorer = new ArgumentScorer(Map.of("place|sentence=1", 9.0, "place|bias", -3.0), 0.5);
        EventArgument[] chosen = scorer.choose(view, new ArgumentScorer.TriggerContext(1, 0, false, "19", false),
                new EventArgument[4]);
        assertThat(chosen[2]).isNull();
    }

    @Test
    void whatTheRulesGaveStaysAndAnAgentlessPassiveGetsNoActor() {
        ArgumentScorer scorer = new ArgumentScorer(Map.of("place|sentence=1", 5.0, "actor|sentence=1", 4.0), 0.5);
        EventArgument ruled = new EventArgument(null, "the town", 15, 23);
        EventArgument[] chosen = choose(scorer, new EventArgument[] {null, null, ruled, null}, true);
        assertThat(chosen[2]).isSameAs(ruled);
        assertThat(chosen[0]).isNull();
    }

    @Test
    void aTriggerInsideAQuoteTakesItsCandidatesFromTheQuoteOnly() {
        Analysis analysis = PIPELINE.analyze(Article.of(
                "Karimi said the group had planned attacks abroad, the state TV channel IRINN reported."));
        ArticleView view = new ArticleView(analysis, EventLexicon.load());
        int attacks = java.util.stream.IntStream.range(0, view.tokens.size())
                .filter(i -> view.form(i).equals("attacks")).findFirst().orElseThrow();
        assertThat(view.quoteAt(attacks)).as("the pipeline reads the clause as a quote").isNotNull();

        var candidates = ArgumentScorer.candidates(view,
                new ArgumentScorer.TriggerContext(attacks, 0, true, "19", false), new EventArgument[4]);

        assertThat(candidates).extracting(c -> c.argument().text())
                .anyMatch(text -> text.endsWith("group"))
                .doesNotContain("Karimi", "IRINN", "the state TV channel", "channel");
    }

    @Test
    void theShippedModelLoadsWithItsThreshold() {
        ArgumentScorer shipped = ArgumentScorer.load();
        assertThat(shipped).isNotNull();
        assertThat(shipped.threshold()).isBetween(0.05, 0.95);
        assertThat(shipped.weights()).containsKey("place|bias");
    }
}
