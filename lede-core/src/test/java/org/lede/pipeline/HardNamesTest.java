package org.lede.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import org.lede.model.Analysis;
import org.lede.model.Article;
import org.lede.model.Entity;
import org.lede.model.EntityType;
import org.lede.source.ArticleReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Names unseen in training, as news from anywhere writes them, through the whole pipeline: invented agency
 * stories (test resources under {@code hard-names/}) with transliterated Persian, Arabic, Albanian and
 * Chinese names, numbered camps, and organisations introduced with their acronyms.
 */
class HardNamesTest {
    private static Pipeline pipeline;

    @BeforeAll
    static void load() {
        pipeline = Pipeline.standard();
    }

    private static Analysis story(String name) throws IOException {
        try (InputStream in = HardNamesTest.class.getResourceAsStream("/hard-names/" + name + ".txt")) {
            Article article = new ArticleReader(warning -> { }).read(name + ".txt", in);
            return pipeline.analyze(article);
        }
    }

    private static Entity entity(Analysis analysis, String name) {
        return analysis.entities().stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no entity " + name + " in "
                        + analysis.entities().stream().map(Entity::name).toList()));
    }

    @Test
    void persianNamesWithHyphenatedSurnamesAreOnePersonEach() throws IOException {
        Analysis a = story("persian");
        Entity researcher = entity(a, "Kamran Rezaei-Nejad");
        assertThat(researcher.type()).isEqualTo(EntityType.PERSON);
        assertThat(researcher.aliases()).containsExactly("Rezaei-Nejad");
        assertThat(entity(a, "Farhad Mohammadi-Rad").aliases()).containsExactly("Mohammadi-Rad");
        assertThat(entity(a, "Mahsa Ghorbanzadeh").type()).isEqualTo(EntityType.PERSON);
    }

    @Test
    void arabicNamesKeepTheirParticles() throws IOException {
        Analysis a = story("arabic");
        assertThat(entity(a, "Khalid bin Saeed al-Mutairi").type()).isEqualTo(EntityType.PERSON);
        assertThat(entity(a, "Abdulrahman al-Qahtani").type()).isEqualTo(EntityType.PERSON);
        assertThat(entity(a, "Yousef Abu Zayd").type()).isEqualTo(EntityType.PERSON);
    }

    @Test
    void albanianNamesAndAnAcronymIntroducedInParentheses() throws IOException {
        Analysis a = story("albanian");
        assertThat(entity(a, "Arben Kelmendi").type()).isEqualTo(EntityType.PERSON);
        assertThat(entity(a, "Elira Gashi").aliases()).containsExactly("Gashi");
        assertThat(entity(a, "Dritan Hoxhaj").type()).isEqualTo(EntityType.PERSON);
        Entity union = entity(a, "Independent Union of Port Workers");
        assertThat(union.type()).isEqualTo(EntityType.ORG);
        assertThat(union.aliases()).containsExactly("IUPW");
        // The dateline's place is a place, and the outlet beside it is not its alias.
        assertThat(entity(a, "Durres").type()).isEqualTo(EntityType.GPE);
        assertThat(entity(a, "Adriatic Press").aliases()).isEmpty();
    }

    @Test
    void chineseNamesAreOnePersonEach() throws IOException {
        Analysis a = story("chinese");
        for (String name : new String[] {"Zhang Weiming", "Liu Xiaoyan", "Wang Jianguo"}) {
            assertThat(entity(a, name).type()).as(name).isEqualTo(EntityType.PERSON);
        }
        assertThat(entity(a, "China Railway Eastern Group").type()).isEqualTo(EntityType.ORG);
    }

    @Test
    void numberedCampsAndPrisonsAreFacilities() throws IOException {
        Analysis a = story("camp");
        assertThat(entity(a, "Camp Ashraf-3").type()).isEqualTo(EntityType.FAC);
        assertThat(entity(a, "Camp Liberty-2").type()).isEqualTo(EntityType.FAC);
        assertThat(entity(a, "Fushe-Kruje Prison").type()).isEqualTo(EntityType.FAC);
        assertThat(entity(a, "National Council of Resistance").aliases()).containsExactly("NCR");
    }
}
