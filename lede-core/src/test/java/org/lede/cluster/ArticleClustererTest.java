package org.lede.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.lede.model.Analysis;
import org.lede.model.EntityLabel;
import org.lede.pipeline.Pipeline;
import org.lede.source.ArticleReader;
import org.junit.jupiter.api.Test;

/** Two invented outlets' reports of one raid and an unrelated ferry strike, through the standard pipeline. */
class ArticleClustererTest {
    private static final Path STORIES = Path.of("src/test/resources/org/lede/cluster");
    private static final Pipeline PIPELINE = Pipeline.standard();

    @Test
    void reportsOfOneRaidGroupAndAnUnrelatedStoryStandsAlone() {
        List<Analysis> articles = List.of(read("adriatic-raid", "2023-06-21"), read("balkan-raid", "2023-06-21"),
                read("ferry-strike", "2023-06-20"));
        assertThat(new ArticleClusterer(0.15, 7).cluster(articles)).containsExactly(List.of(0, 1), List.of(2));
    }

    @Test
    void reportsPublishedFurtherApartThanTheWindowAreNeverGrouped() {
        List<Analysis> articles = List.of(read("adriatic-raid", "2023-06-21"), read("balkan-raid", "2023-08-30"));
        assertThat(new ArticleClusterer(0.15, 7).cluster(articles)).containsExactly(List.of(0), List.of(1));
        assertThat(new ArticleClusterer(0.15, 90).cluster(articles)).containsExactly(List.of(0, 1));
    }

    @Test
    void eachOutletsNamesAndLabelsForTheTargetedGroupAreShownSideBySide() {
        List<Analysis> articles = List.of(read("adriatic-raid", "2023-06-21"), read("balkan-raid", "2023-06-21"));
        List<ActorNames.Actor> actors = ActorNames.of(articles, List.of("Adriatic Press", "Balkan Wire"));

        ActorNames.Actor group = actors.stream().filter(a -> a.name().equals("People's Freedom Organisation of Iran"))
                .findFirst().orElseThrow();
        assertThat(group.participant()).isTrue();
        assertThat(group.articles()).isEqualTo(2);
        assertThat(group.wordings()).extracting(ActorNames.Wording::outlet)
                .containsExactly("Adriatic Press", "Balkan Wire");
        assertThat(group.wordings().get(0).names()).contains("People's Freedom Organisation of Iran", "PFOI");
        assertThat(group.wordings().get(0).descriptions()).contains("The group");
        assertThat(group.wordings().get(1).names()).containsExactly("PFOI");
        // what the framing stage found: "the PFOI on Tuesday, a group Tehran calls a terror cult"
        assertThat(group.wordings().get(1).labels())
                .extracting(EntityLabel::text, EntityLabel::voice, EntityLabel::polarity)
                .contains(tuple("a terror cult", EntityLabel.Voice.QUOTE, EntityLabel.Polarity.DELEGITIMISING));
        // the minister appears in both reports, named alike but titled differently
        ActorNames.Actor minister = actors.stream().filter(a -> a.name().equals("Ervin Hoxha")).findFirst()
                .orElseThrow();
        assertThat(minister.wordings()).extracting(w -> w.descriptions().get(0))
                .containsExactly("Interior Minister", "Minister");
    }

    private static Analysis read(String name, String published) {
        return PIPELINE.analyze(new ArticleReader(warning -> { }).read(STORIES.resolve(name + ".txt"))
                .withPublished(LocalDate.parse(published)));
    }
}
