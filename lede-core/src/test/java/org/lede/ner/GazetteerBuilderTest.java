package org.lede.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteerBuilderTest {

    /** Writes invented rows in the layouts of the GeoNames and mledoze files. */
    private static void writeGeoFolder(Path folder) throws IOException {
        Files.writeString(folder.resolve("countryInfo.txt"),
                "# ISO\tISO3\tISO-Numeric\tfips\tCountry\tCapital\n"
                        + "OS\tOST\t999\tOS\tOstrana\tKarvel\t1000\t200000\tEU\t.os\tOSD\tDinar\t999\t\t\tos\t1\t\t\n");
        Files.writeString(folder.resolve("mledoze-countries.json"), """
                [{"name": {"common": "Ostrana", "official": "Republic of Ostrana"}, "cca2": "OS",
                  "altSpellings": ["OS", "Ostrania", "Korea, Republic of"], "capital": ["Karvel"],
                  "demonyms": {"eng": {"f": "Ostranian", "m": "Ostranian"}}}]
                """);
        Files.writeString(folder.resolve("cities15000.txt"),
                "1\tNova Brda\tNova Brda\tNB\t42.1\t20.1\tP\tPPL\tOS\n"
                        + "2\tŽelin\tZelin\t\t42.2\t20.2\tP\tPPL\tOS\n");
        Files.writeString(folder.resolve("admin1CodesASCII.txt"), "OS.01\tNorth Vale\tNorth Vale\t3\n");
    }

    @Test
    void derivesCountriesCitiesRegionsAndDemonymsThatTheGazetteerFinds(@TempDir Path folder) throws IOException {
        writeGeoFolder(folder);
        Path out = folder.resolve("gazetteer.tsv.gz");
        Path dictionaries = Files.createDirectories(folder.resolve("dictionaries"));
        Files.writeString(dictionaries.resolve("Phoenix.International.actors.txt"), """
                THE_UNITED_NATIONS_ [IGOUNO]
                KOFI_ANNAN_
                \t[IGOUNO 970101-061231]
                """);
        Files.writeString(dictionaries.resolve("Phoenix.MilNonState.actors.txt"),
                "ADEN_ABYAN_ISLAMIC_ARMY_(AAIA)_ [YEMREB] #  kkl 21 Mar 13\n+ADEN_ISLAMIC_ARMY_\n");
        new GazetteerBuilder().write(folder, dictionaries, out);
        Gazetteer gazetteer;
        try (InputStream in = Files.newInputStream(out)) {
            gazetteer = Gazetteer.read(in);
        }
        assertThat(categories(gazetteer, "Ostrana")).containsExactly(GazetteerCategory.COUNTRY);
        assertThat(categories(gazetteer, "Republic of Ostrana")).containsExactly(GazetteerCategory.COUNTRY);
        assertThat(categories(gazetteer, "OSTRANIA")).containsExactly(GazetteerCategory.COUNTRY);
        assertThat(categories(gazetteer, "Karvel")).containsExactly(GazetteerCategory.CITY);
        assertThat(categories(gazetteer, "Nova Brda")).containsExactly(GazetteerCategory.CITY);
        assertThat(categories(gazetteer, "Želin")).containsExactly(GazetteerCategory.CITY);
        assertThat(categories(gazetteer, "Zelin")).containsExactly(GazetteerCategory.CITY);
        assertThat(categories(gazetteer, "North Vale")).containsExactly(GazetteerCategory.REGION);
        assertThat(categories(gazetteer, "Ostranians")).containsExactly(GazetteerCategory.DEMONYM);
        assertThat(categories(gazetteer, "Shi'ites")).containsExactly(GazetteerCategory.GROUP);
        // ISO codes and inverted list forms are left out: they would match ordinary words.
        assertThat(categories(gazetteer, "OS")).isEmpty();
        assertThat(categories(gazetteer, "Korea ,")).isEmpty();
        assertThat(categories(gazetteer, "United Nations")).containsExactly(GazetteerCategory.ORGANISATION);
        assertThat(categories(gazetteer, "Aden Islamic Army")).containsExactly(GazetteerCategory.ORGANISATION);
        assertThat(categories(gazetteer, "AAIA")).containsExactly(GazetteerCategory.ORGANISATION);
        // Office holders are people, not organisations.
        assertThat(categories(gazetteer, "Kofi Annan")).isEmpty();
        assertThat(gazetteer.maxTokens()).isEqualTo(4);
        // A phrase's first tokens are marked as going on, without being a phrase themselves.
        assertThat(categories(gazetteer, "Republic")).isEmpty();
        assertThat(continues(gazetteer, "Republic")).isTrue();
        assertThat(continues(gazetteer, "Republic of")).isTrue();
        assertThat(continues(gazetteer, "Republic of Ostrana")).isFalse();
        assertThat(continues(gazetteer, "Ostrana")).isFalse();
        assertThat(continues(gazetteer, "Kofi")).isFalse();
    }

    private static boolean continues(Gazetteer gazetteer, String phrase) {
        long hash = TokenHash.SEED;
        for (String token : phrase.split(" ")) {
            hash = TokenHash.extend(hash, TokenHash.lower(token));
        }
        return (gazetteer.lookup(hash) & Gazetteer.CONTINUES) != 0;
    }

    private static List<GazetteerCategory> categories(Gazetteer gazetteer, String phrase) {
        List<String> tokens = List.of(phrase.split(" "));
        int bits = gazetteer.categories(tokens, 0, tokens.size());
        return Arrays.stream(GazetteerCategory.values()).filter(c -> c.in(bits)).toList();
    }
}
