package org.lede.linking;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lede.io.AtomicFile;

/**
 * Derives the two link tables Lede ships from the public dumps, keeping only what linking needs (ids,
 * coordinates, country, population and lookup keys of names):
 *
 * <ul>
 *   <li>{@value PlaceTable#RESOURCE_NAME}: GeoNames countries ({@code countryInfo}, with centroids and
 *       alternative names from {@code mledoze-countries.json}), first-level regions ({@code admin1CodesASCII})
 *       and places over 15,000 people ({@code cities15000}), each row
 *       {@code KIND id lat lon country population cameo names alternates};</li>
 *   <li>{@value ActorTable#RESOURCE_NAME}: CAMEO actors of the Phoenix dictionaries: countries with their
 *       adjectives and demonyms, international organisations (records without date restrictions, which are
 *       office holders), non-state armed groups, the GDELT known groups the dictionaries lack, and the
 *       agent nouns ("police" COP), each row {@code KIND code country names}.</li>
 * </ul>
 * Lists inside a column are separated by '|'; names are stored as their {@link LinkKeys lookup keys}.
 */
public final class LinkTableBuilder {
    /** Latin-script names only: other scripts never match English copy, and would only bloat the table. */
    private static final Pattern LATIN_NAME = Pattern.compile("[A-Z][\\p{IsLatin}' .\\-]+");
    /** Short forms of two countries that the countries file gives only as codes. */
    private static final Map<String, List<String>> SHORT_FORMS = Map.of(
            "US", List.of("U.S.", "U.S.A.", "US", "USA", "America"), "GB", List.of("U.K.", "UK", "Britain"));
    /**
     * Places smaller than this keep only their own names: news spells big places many ways (Kyiv, Kiev),
     * while the alternative names of small towns are mostly other languages' forms that only add namesakes,
     * and would double the table to load.
     */
    private static final long MIN_POPULATION_FOR_ALTERNATES = 100_000;
    /** A GDELT label with its acronym: "Association of Southeast Asian Nations (ASEAN)". */
    private static final Pattern LABEL_WITH_ACRONYM = Pattern.compile("^(.*?)\\s*\\(([^)]+)\\)$");
    /** An agent line: "POLICE {} [~COP]", "HEAD_OF_STATE {HEADS_OF_STATE} [~GOV]". */
    private static final Pattern AGENT =
            Pattern.compile("^([A-Z][A-Z_\\-]*?)_?\\s*(\\{([^}]*)\\})?\\s*\\[~([A-Z]+)\\]");
    /** Agent phrases longer than this are descriptions of people, not the nouns a nationality modifies. */
    private static final int MAX_AGENT_WORDS = 3;

    private final ObjectMapper json = new ObjectMapper();

    /** Counts of what was written, for the command to print. */
    public record Written(int places, int actors) {
    }

    /** Reads every input first and writes only then, so a missing file leaves the old tables as they were. */
    public Written write(Path geoFolder, Path cameoFolder, Path outFolder) throws IOException {
        Path dictionaries = cameoFolder.resolve("dictionaries");
        Map<String, List<String>> phoenixCountries = phoenixCountries(dictionaries);
        List<Country> countries = countries(geoFolder, phoenixCountries);
        List<String> places = new ArrayList<>();
        for (Country country : countries) {
            places.add(row("COUNTRY", country.geonameId, country.lat, country.lon, country.iso2,
                    country.population, country.cameo == null ? "" : country.cameo, keys(country.names), Set.of()));
        }
        regions(geoFolder.resolve("admin1CodesASCII.txt"), places);
        cities(geoFolder.resolve("cities15000.txt"), places);

        List<String> actors = new ArrayList<>();
        Map<String, String> iso2ByCameo = new HashMap<>();
        for (Country country : countries) {
            if (country.cameo != null) {
                iso2ByCameo.put(country.cameo, country.iso2);
                Set<String> names = new LinkedHashSet<>(phoenixCountries.get(country.cameo));
                names.addAll(country.names);
                names.addAll(country.demonyms);
                actors.add(row("COUNTRY", country.cameo, country.iso2, keys(names)));
            }
        }
        Set<String> organisationKeys = new HashSet<>();
        for (PhoenixActors.Actor actor : PhoenixActors.read(dictionaries.resolve("Phoenix.International.actors.txt"))) {
            addActor("ORGANISATION", actor, iso2ByCameo, organisationKeys, actors);
        }
        for (PhoenixActors.Actor actor : PhoenixActors.read(dictionaries.resolve("Phoenix.MilNonState.actors.txt"))) {
            addActor("GROUP", actor, iso2ByCameo, organisationKeys, actors);
        }
        knownGroups(cameoFolder.resolve("gdelt-lookups/CAMEO.knowngroup.txt"), organisationKeys, actors);
        agents(dictionaries.resolve("Phoenix.agents.txt"), actors);
        Files.createDirectories(outFolder);
        write(outFolder.resolve(PlaceTable.RESOURCE_NAME), places);
        write(outFolder.resolve(ActorTable.RESOURCE_NAME), actors);
        return new Written(places.size(), actors.size());
    }

    /** The Phoenix country records: a code of three letters, the country's names and adjectives. */
    private static Map<String, List<String>> phoenixCountries(Path dictionaries) throws IOException {
        Map<String, List<String>> countries = new LinkedHashMap<>();
        for (PhoenixActors.Actor actor : PhoenixActors.read(dictionaries.resolve("Phoenix.Countries.actors.txt"))) {
            // A country's code changes with its regime ("[USRARM <900823]", "[ARM >911221]"): today's counts.
            if (actor.current().size() == 1 && actor.current().get(0).length() == 3) {
                countries.computeIfAbsent(actor.current().get(0), code -> new ArrayList<>()).addAll(actor.names());
            }
        }
        return countries;
    }

    private static final class Country {
        String iso2;
        String iso3;
        String geonameId;
        String lat = "";
        String lon = "";
        String population;
        String cameo;
        final Set<String> names = new LinkedHashSet<>();
        final Set<String> demonyms = new LinkedHashSet<>();
    }

    private List<Country> countries(Path geo, Map<String, List<String>> phoenix) throws IOException {
        Path info = Files.exists(geo.resolve("countryInfo.tsv")) ? geo.resolve("countryInfo.tsv")
                : geo.resolve("countryInfo.txt");
        Map<String, Country> byIso2 = new LinkedHashMap<>();
        for (String[] columns : rows(info)) {
            Country country = new Country();
            country.iso2 = columns[0];
            country.iso3 = columns[1];
            country.names.add(columns[4]);
            country.population = columns[7];
            country.geonameId = columns[16];
            country.names.addAll(SHORT_FORMS.getOrDefault(country.iso2, List.of()));
            byIso2.put(country.iso2, country);
        }
        for (JsonNode entry : json.readTree(geo.resolve("mledoze-countries.json").toFile())) {
            Country country = byIso2.get(entry.path("cca2").asText());
            if (country == null) {
                continue;
            }
            country.names.add(entry.path("name").path("common").asText());
            country.names.add(entry.path("name").path("official").asText());
            for (JsonNode alternative : entry.path("altSpellings")) {
                // Two-letter codes ("AL", "IN", "IT") are ordinary words in running text.
                if (alternative.asText().length() > 2) {
                    country.names.add(alternative.asText());
                }
            }
            JsonNode latlng = entry.path("latlng");
            if (latlng.size() == 2) {
                country.lat = latlng.get(0).asText();
                country.lon = latlng.get(1).asText();
            }
            JsonNode english = entry.path("demonyms").path("eng");
            for (String gender : List.of("m", "f")) {
                String demonym = english.path(gender).asText("");
                if (!demonym.isEmpty()) {
                    country.demonyms.add(demonym);
                    country.demonyms.add(demonym.endsWith("s") ? demonym : demonym + "s");
                }
            }
        }
        for (Country country : byIso2.values()) {
            country.cameo = cameoCode(country, phoenix);
        }
        return new ArrayList<>(byIso2.values());
    }

    /** The ISO alpha-3 code when Phoenix uses it, else the Phoenix code of a record with the same name (KSV). */
    private static String cameoCode(Country country, Map<String, List<String>> phoenix) {
        if (phoenix.containsKey(country.iso3)) {
            return country.iso3;
        }
        Set<String> keys = keys(country.names);
        for (Map.Entry<String, List<String>> entry : phoenix.entrySet()) {
            for (String name : entry.getValue()) {
                if (keys.contains(LinkKeys.of(name))) {
                    return entry.getKey();
                }
            }
        }
        return null;
    }

    private static void regions(Path admin1, List<String> places) throws IOException {
        for (String[] columns : rows(admin1)) {
            String country = columns[0].substring(0, columns[0].indexOf('.'));
            places.add(row("REGION", columns[3], "", "", country, "0", "", keys(List.of(columns[1], columns[2])), Set.of()));
        }
    }

    private static void cities(Path cities, List<String> places) throws IOException {
        for (String[] columns : rows(cities)) {
            Set<String> names = keys(List.of(columns[1], columns[2]));
            Set<String> alternates = new LinkedHashSet<>();
            boolean large = Long.parseLong(columns[14]) >= MIN_POPULATION_FOR_ALTERNATES;
            for (String alternate : large ? columns[3].split(",") : new String[0]) {
                // All-capital alternates are codes (airport "ALV"), not names.
                if (LATIN_NAME.matcher(alternate).matches() && !alternate.equals(alternate.toUpperCase())) {
                    String key = LinkKeys.of(alternate);
                    if (!names.contains(key)) {
                        alternates.add(key);
                    }
                }
            }
            String kind = columns[7].equals("PPLC") ? "CAPITAL" : "CITY";
            places.add(row(kind, columns[0], columns[4], columns[5], columns[8], columns[14], "", names,
                    alternates));
        }
    }

    private static void addActor(String kind, PhoenixActors.Actor actor, Map<String, String> iso2ByCameo,
                                 Set<String> seenKeys, List<String> actors) {
        if (actor.dated() || actor.codes().isEmpty()) {
            return;
        }
        Set<String> keys = keys(actor.names());
        seenKeys.addAll(keys);
        for (String code : new LinkedHashSet<>(actor.codes())) {
            String country = code.length() >= 3 ? iso2ByCameo.getOrDefault(code.substring(0, 3), "") : "";
            actors.add(row(kind, code, country, keys));
        }
    }

    /** GDELT's known groups (Hamas HMS, Taliban TAL) that no Phoenix record names already. */
    private static void knownGroups(Path file, Set<String> seenKeys, List<String> actors) throws IOException {
        List<String[]> rows = rows(file);
        for (String[] columns : rows.subList(1, rows.size())) {
            List<String> names = new ArrayList<>();
            Matcher acronym = LABEL_WITH_ACRONYM.matcher(columns[1]);
            if (acronym.matches()) {
                names.add(acronym.group(1));
                names.add(acronym.group(2));
            } else {
                names.add(columns[1]);
            }
            Set<String> keys = keys(names);
            keys.removeAll(seenKeys);
            if (!keys.isEmpty()) {
                actors.add(row("GROUP", columns[0], "", keys));
            }
        }
    }

    /** Agent nouns ("POLICE {} [~COP]"), with their plural: Phoenix forms regular plurals itself. */
    private static void agents(Path file, List<String> actors) throws IOException {
        Map<String, Set<String>> byCode = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            Matcher match = AGENT.matcher(line);
            if (!match.find()) {
                continue;
            }
            String phrase = match.group(1).replace('_', ' ').strip();
            if (phrase.split(" ").length > MAX_AGENT_WORDS) {
                continue;
            }
            Set<String> forms = byCode.computeIfAbsent(match.group(4), code -> new LinkedHashSet<>());
            forms.add(phrase);
            String plural = match.group(3) == null ? "" : match.group(3).replace('_', ' ').strip();
            forms.add(plural.isEmpty() ? pluralOf(phrase) : plural);
        }
        byCode.forEach((code, forms) -> actors.add(row("AGENT", code, "", keys(forms))));
    }

    private static String pluralOf(String phrase) {
        if (phrase.endsWith("Y") && !phrase.endsWith("EY") && !phrase.endsWith("AY")) {
            return phrase.substring(0, phrase.length() - 1) + "IES";
        }
        return phrase.endsWith("S") ? phrase : phrase + "S";
    }

    private static Set<String> keys(Iterable<String> names) {
        Set<String> keys = new LinkedHashSet<>();
        for (String name : names) {
            String key = LinkKeys.of(name);
            if (!key.isEmpty() && key.indexOf('|') < 0 && key.indexOf('\t') < 0) {
                keys.add(key);
            }
        }
        return keys;
    }

    private static String row(String kind, String... columns) {
        return kind + '\t' + String.join("\t", columns);
    }

    private static String row(String kind, String id, String lat, String lon, String country, String population,
                              String cameo, Set<String> names, Set<String> alternates) {
        return row(kind, id, lat, lon, country, population, cameo, String.join("|", names),
                String.join("|", alternates));
    }

    private static String row(String kind, String code, String country, Set<String> names) {
        return row(kind, code, country, String.join("|", names));
    }

    private static List<String[]> rows(Path file) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t", -1));
                }
            }
        }
        return rows;
    }

    private static void write(Path file, List<String> rows) throws IOException {
        AtomicFile.writeGzippedText(file, writer -> {
            for (String row : rows) {
                writer.write(row);
                writer.write('\n');
            }
        });
    }
}
