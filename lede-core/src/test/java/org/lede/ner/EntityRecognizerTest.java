package org.lede.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.lede.model.Analysis;
import org.lede.model.Article;
import org.lede.model.EntityType;
import org.lede.model.Mention;
import org.lede.model.MentionKind;
import org.lede.text.TextAnalyzer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped model on invented agency copy: the clear cases must come out right. */
class EntityRecognizerTest {
    private static EntityRecognizer recognizer;
    private final TextAnalyzer text = new TextAnalyzer();

    @BeforeAll
    static void loadShippedModel() {
        recognizer = EntityRecognizer.load();
    }

    private Analysis analyze(String body) {
        return recognizer.process(text.process(Analysis.of(Article.of(body))));
    }

    private static List<Mention> named(Analysis analysis, String name) {
        return analysis.mentions().stream().filter(m -> m.text().equals(name)).toList();
    }

    @Test
    void findsPeopleCountriesCitiesAndOrganisationsInAgencyCopy() {
        Analysis a = analyze("TIRANA (Reuters) - Albanian police raided Camp Ashraf-3 on Tuesday, the interior "
                + "ministry said. Prime Minister Edi Rama told reporters in Tirana that the operation was legal. "
                + "The European Commission said it was following events in Albania closely.");
        assertThat(named(a, "Edi Rama")).extracting(Mention::type).containsExactly(EntityType.PERSON);
        assertThat(named(a, "Albania")).extracting(Mention::type).containsExactly(EntityType.GPE);
        assertThat(named(a, "Tirana")).extracting(Mention::type).contains(EntityType.GPE);
        assertThat(named(a, "European Commission")).extracting(Mention::type).containsExactly(EntityType.ORG);
        assertThat(named(a, "Camp Ashraf-3")).extracting(Mention::type).containsExactly(EntityType.FAC);
        assertThat(named(a, "Albanian")).extracting(Mention::type).containsExactly(EntityType.NORP);
    }

    @Test
    void theOutletNamedInTheDatelineIsAnOrganisation() {
        String body = "DUBAI (Gulf Wire) - Officials in Dubai said the talks would resume.";
        Analysis withoutOutlet = analyze(body);
        Analysis withOutlet = recognizer.process(text.process(Analysis.of(Article.of(body).withOutlet("Gulf Wire"))));
        assertThat(named(withOutlet, "Gulf Wire")).extracting(Mention::type).containsExactly(EntityType.ORG);
        // Only the outlet's own name changes type; the rest of the tagging is the same.
        assertThat(named(withOutlet, "Dubai")).extracting(Mention::type)
                .isEqualTo(named(withoutOutlet, "Dubai").stream().map(Mention::type).toList());
    }

    @Test
    void mentionsCarryOriginalOffsetsAndTokenRangesInTextOrder() {
        String body = "“We were not warned,” said Maria Schmidt, a lawyer for Amnesty International in Berlin.";
        Analysis a = analyze(body);
        assertThat(a.mentions()).extracting(Mention::text, Mention::type, Mention::kind).containsExactly(
                tuple("Maria Schmidt", EntityType.PERSON, MentionKind.NAME),
                tuple("Amnesty International", EntityType.ORG, MentionKind.NAME),
                tuple("Berlin", EntityType.GPE, MentionKind.NAME));
        for (Mention m : a.mentions()) {
            assertThat(body.substring(m.start(), m.end())).isEqualTo(m.text());
            assertThat(a.tokens().get(m.firstToken()).start()).isEqualTo(m.start());
            assertThat(a.tokens().get(m.endToken() - 1).end()).isEqualTo(m.end());
        }
    }

    @Test
    void manyThreadsGetWhatOneThreadGets() throws Exception {
        List<String> articles = List.of(
                "Prime Minister Edi Rama spoke in Tirana on Monday.",
                "Residents of Camp Ashraf-3 said Albanian police took computers.",
                "The European Commission and Amnesty International criticised Albania.",
                "Maria Schmidt flew from Berlin to Vienna.");
        List<List<Mention>> expected = articles.stream().map(body -> analyze(body).mentions()).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Mention>>> results = new ArrayList<>();
            for (int round = 0; round < 50; round++) {
                for (String body : articles) {
                    results.add(pool.submit(() -> analyze(body).mentions()));
                }
            }
            for (int i = 0; i < results.size(); i++) {
                assertThat(results.get(i).get()).isEqualTo(expected.get(i % articles.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anArticleWithoutNamesHasNoMentions() {
        assertThat(analyze("it rained all day and nobody went out.").mentions()).isEmpty();
        assertThat(analyze("").mentions()).isEmpty();
    }
}
