package org.lede.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LanguageIdentifierTest {
    private final LanguageIdentifier languages = LanguageIdentifier.shipped();

    @Test
    void namesTheLanguageOfAShortNewsParagraph() {
        assertThat(languages.identify("The harbour master said on Tuesday that the ferries would run again after "
                + "a week of storms, and that the port would stay open through the night.")).isEqualTo("en");
        assertThat(languages.identify("Le capitaine du port a déclaré mardi que les ferries reprendraient leur "
                + "service après une semaine de tempêtes, et que le port resterait ouvert la nuit.")).isEqualTo("fr");
        assertThat(languages.identify("Der Hafenmeister sagte am Dienstag, die Fähren würden nach einer Woche "
                + "voller Stürme wieder fahren und der Hafen bleibe die ganze Nacht geöffnet.")).isEqualTo("de");
        assertThat(languages.identify("Начальник порта заявил во вторник, что паромы снова начнут ходить после "
                + "недели штормов, а порт будет открыт всю ночь.")).isEqualTo("ru");
        assertThat(languages.identify("El capitán del puerto dijo el martes que los transbordadores volverían a "
                + "navegar tras una semana de tormentas y que el puerto seguiría abierto.")).isEqualTo("es");
    }

    @Test
    void aShortEnglishTextThatAnotherProfileFitsAsWellIsLeftUnnamedNotRefused() {
        // TextCat's ranks over two short sentences put Swedish a little ahead of English here
        String english = "Soldiers killed five militants in an attack on a base.";
        assertThat(languages.identify(english)).isNull();
        assertThat(languages.identify("Hamnkaptenen sade på tisdagen att färjorna skulle börja gå igen efter en "
                + "vecka av stormar, och att hamnen skulle hålla öppet hela natten.")).isEqualTo("sv");
    }

    @Test
    void aTextTooShortToTellIsLeftUnnamed() {
        assertThat(languages.identify("Ferries sail again")).isNull();
    }

    @Test
    void ngramsAreCountedWithinLowercasedWordsWithTheirEdgesMarked() {
        assertThat(LanguageIdentifier.ranked("Aa aa")).startsWith("a", "_a", "_aa", "_aa_", "a_");
    }

    @Test
    void theRankingCutsAmongTiedGramsAlphabeticallyAsAFullSortWould() {
        // Hundreds of words seen once put thousands of grams tied at one count across the cut at 300;
        // CJK words take the path that counts grams as strings.
        StringBuilder text = new StringBuilder("harbour harbour harbour ferry ferry storm 東京 東京 港 ");
        for (int i = 0; i < 400; i++) {
            text.append(Integer.toString(i * 7919 + 1000, 26).replaceAll("[0-9]", "q")).append(' ');
        }
        assertThat(LanguageIdentifier.ranked(text.toString())).hasSize(LanguageIdentifier.PROFILE_SIZE)
                .isEqualTo(rankedByFullSort(text.toString()));
    }

    /** Every gram of every padded word counted, all of them sorted: slow and plain, to check the fast one. */
    private static List<String> rankedByFullSort(String text) {
        Map<String, Integer> counts = new HashMap<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (word.isEmpty()) {
                continue;
            }
            int[] points = ("_" + word + "_").codePoints().toArray();
            for (int n = 1; n <= LanguageIdentifier.MAX_GRAM; n++) {
                for (int start = 0; start + n <= points.length; start++) {
                    String gram = new String(points, start, n);
                    if (!gram.equals("_")) {
                        counts.merge(gram, 1, Integer::sum);
                    }
                }
            }
        }
        List<String> grams = new ArrayList<>(counts.keySet());
        grams.sort(Comparator.comparing((String gram) -> -counts.get(gram)).thenComparing(Comparator.naturalOrder()));
        return grams.subList(0, Math.min(LanguageIdentifier.PROFILE_SIZE, grams.size()));
    }
}
