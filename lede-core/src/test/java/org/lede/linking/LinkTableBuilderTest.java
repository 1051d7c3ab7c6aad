package org.lede.linking;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds the link tables from tiny dumps in the published formats and reads them back. */
class LinkTableBuilderTest {
    @TempDir
    Path folder;

    private static String tabs(String... columns) {
        return String.join("\t", columns) + "\n";
    }

    private static String city(String id, String name, String alternates, String lat, String lon, String feature,
                               String country, String admin1, String population) {
        return tabs(id, name, name, alternates, lat, lon, "P", feature, country, "", admin1, "", "", "", population,
                "", "100", "Europe/Tirane", "2024-01-01");
    }

    private static String country(String iso2, String iso3, String name, String capital, String population,
                                  String geonameId) {
        return tabs(iso2, iso3, "008", iso2, name, capital, "1000", population, "EU", "." + iso2.toLowerCase(),
                "ALL", "Lek", "355", "", "", "sq", geonameId, "", "");
    }

    private void write(String path, String text) throws IOException {
        Path file = folder.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private LinkTableBuilder.Written build() throws IOException {
        write("geo/countryInfo.tsv", "#ISO\tISO3\n"
                + country("AL", "ALB", "Albania", "Tirana", "2866376", "783754")
                + country("AM", "ARM", "Armenia", "Yerevan", "2968000", "174982"));
        write("geo/mledoze-countries.json", """
                [{"name": {"common": "Albania", "official": "Republic of Albania"}, "cca2": "AL",
                  "altSpellings": ["AL", "Shqipëria"], "latlng": [41, 20],
                  "demonyms": {"eng": {"m": "Albanian", "f": "Albanian"}}},
                 {"name": {"common": "Armenia", "official": "Republic of Armenia"}, "cca2": "AM",
                  "altSpellings": ["AM"], "latlng": [40, 45],
                  "demonyms": {"eng": {"m": "Armenian", "f": "Armenian"}}}]""");
        write("geo/cities15000.txt",
                city("3183875", "Tirana", "Tiranë,TIA,Тирана", "41.32744", "19.81866", "PPLC", "AL", "50", "418495")
                        + city("3185728", "Durres", "Durrës,Durazzo", "41.32306", "19.44139", "PPLA", "AL", "40",
                        "113249")
                        + city("3184517", "Fier", "Fieri", "40.72389", "19.55611", "PPLA", "AL", "45", "55845"));
        write("geo/admin1CodesASCII.txt", tabs("AL.50", "Tirana", "Tirana", "3344951"));
        write("cameo/dictionaries/Phoenix.Countries.actors.txt", """
                ALBANIA_  [ALB]
                +ALBANIAN_
                ARMENIA_
                +ARMENIAN_
                \t[USRARM <900823]
                \t[ARM >911221]
                ILIR_META_  # CountryInfo.txt
                \t[ALBGOV 970101-021231]
                """);
        write("cameo/dictionaries/Phoenix.International.actors.txt", """
                ######   The United Nations  #######
                THE_UNITED_NATIONS_ [IGOUNO]
                UN_ [IGOUNO]
                KOFI_ANNAN_
                +K._ANNAN_
                \t[IGOUNO 970101-061231]
                """);
        write("cameo/dictionaries/Phoenix.MilNonState.actors.txt", """
                ADEN_ABYAN_ISLAMIC_ARMY_(AAIA)_ [YEMREB] #  kkl 21 Mar 13
                +ADEN_ISLAMIC_ARMY_
                """);
        write("cameo/dictionaries/Phoenix.agents.txt", """
                # agents
                POLICE {} [~COP]
                ARMY_ [~MIL]
                HEAD_OF_THE_NATIONAL_POLICE_FORCE [~COP]
                """);
        write("cameo/gdelt-lookups/CAMEO.knowngroup.txt", "CODE\tLABEL\nHMS\tHamas\nUNO\tUnited Nations (UN)\n");
        return new LinkTableBuilder().write(folder.resolve("geo"), folder.resolve("cameo"), folder.resolve("out"));
    }

    @Test
    void placesKeepIdsCoordinatesCountriesAndOnlyLatinNames() throws IOException {
        LinkTableBuilder.Written written = build();
        assertThat(written.places()).isEqualTo(2 + 1 + 3);
        PlaceTable places = PlaceTable.read(folder.resolve("out").resolve(PlaceTable.RESOURCE_NAME));

        assertThat(places.named("Albania")).singleElement().satisfies(albania -> {
            assertThat(albania.id()).isEqualTo("783754");
            assertThat(albania.lat()).isEqualTo(41.0);
            assertThat(albania.cameo()).isEqualTo("ALB");
        });
        assertThat(places.named("Shqipëria")).extracting(PlaceTable.Place::country).containsExactly("AL");
        // Today's code of a country whose code changed with its regime.
        assertThat(places.named("Armenia")).extracting(PlaceTable.Place::cameo).containsExactly("ARM");
        assertThat(places.named("TIRANA")).extracting(PlaceTable.Place::kind)
                .containsExactlyInAnyOrder(PlaceTable.Kind.CAPITAL, PlaceTable.Kind.REGION);
        // Alternates of large places are kept, Cyrillic and all-capital codes are not.
        assertThat(places.named("Tiranë")).extracting(PlaceTable.Place::id).containsExactly("3183875");
        assertThat(places.named("Тирана")).isEmpty();
        assertThat(places.named("TIA")).isEmpty();
        assertThat(places.named("Durazzo")).extracting(PlaceTable.Place::id).containsExactly("3185728");
        // A town under 100,000 people keeps only its own names.
        assertThat(places.named("Fieri")).isEmpty();
        assertThat(places.named("Fier")).hasSize(1);
    }

    @Test
    void actorsSkipOfficeHoldersAndKeepGroupsAgentsAndDemonyms() throws IOException {
        build();
        ActorTable actors = ActorTable.read(folder.resolve("out").resolve(ActorTable.RESOURCE_NAME));

        assertThat(actors.named("Albanians")).extracting(ActorTable.Actor::code).containsExactly("ALB");
        assertThat(actors.named("Armenian")).extracting(ActorTable.Actor::country).containsExactly("AM");
        assertThat(actors.named("U.N.")).extracting(ActorTable.Actor::code).containsExactly("IGOUNO");
        // GDELT's known groups only add names Phoenix lacks.
        assertThat(actors.named("United Nations")).extracting(ActorTable.Actor::code).containsExactly("IGOUNO");
        assertThat(actors.named("Hamas")).extracting(ActorTable.Actor::code).containsExactly("HMS");
        assertThat(actors.named("Kofi Annan")).isEmpty();
        assertThat(actors.named("Ilir Meta")).isEmpty();
        assertThat(actors.named("Aden Abyan Islamic Army")).singleElement().satisfies(group -> {
            assertThat(group.code()).isEqualTo("YEMREB");
            assertThat(group.kind()).isEqualTo(ActorTable.Kind.GROUP);
        });
        assertThat(actors.named("AAIA")).extracting(ActorTable.Actor::code).containsExactly("YEMREB");
        assertThat(List.of(actors.agentCode("police"), actors.agentCode("armies"))).containsExactly("COP", "MIL");
        assertThat(actors.agentCode("head of the national police force")).isNull();
    }
}
