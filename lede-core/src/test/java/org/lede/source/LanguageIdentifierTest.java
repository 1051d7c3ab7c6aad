package org.lede.source;

import static org.assertj.core.api.Assertions.assertThat;

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
    void aTextTooShortToTellIsLeftUnnamed() {
        assertThat(languages.identify("Ferries sail again")).isNull();
    }

    @Test
    void ngramsAreCountedWithinLowercasedWordsWithTheirEdgesMarked() {
        assertThat(LanguageIdentifier.ranked("Aa aa")).startsWith("a", "_a", "_aa", "_aa_", "a_");
    }
}
