package org.lede.ner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.lede.io.AtomicFile;
import org.lede.linking.PhoenixActors;

/**
 * Derives the gazetteer Lede ships from the GeoNames dumps and the mledoze countries file in one folder:
 * {@code countryInfo.txt} (country names, capitals), {@code mledoze-countries.json} (common, official and
 * alternative names, English demonyms), {@code cities15000.txt} (places over 15,000 people) and
 * {@code admin1CodesASCII.txt} (states and provinces), and, given the CAMEO dictionaries, the names of
 * international organisations, companies and armed groups. Only names are kept, never the rest of the rows.
 */
public final class GazetteerBuilder {
    /**
     * Religious and political groups for the NORP type, singular and plural: OntoNotes counts these as
     * NORP, and no data set here lists them. Kept short on purpose: the words news copy uses most.
     */
    static final List<String> GROUPS = List.of(
            "Muslim", "Muslims", "Islamist", "Islamists", "Christian", "Christians", "Catholic", "Catholics",
            "Protestant", "Protestants", "Orthodox", "Jew", "Jews", "Jewish", "Hindu", "Hindus", "Buddhist",
            "Buddhists", "Sikh", "Sikhs", "Sunni", "Sunnis", "Shia", "Shi'ite", "Shi'ites", "Shiite", "Shiites",
            "Alawite", "Alawites", "Evangelical", "Evangelicals", "Mormon", "Mormons", "Zionist", "Zionists",
            "Republican", "Republicans", "Democrat", "Democrats", "Conservative", "Conservatives",
            "Labour", "Liberal", "Liberals", "Socialist", "Socialists", "Communist", "Communists",
            "Marxist", "Marxists", "Maoist", "Maoists", "Nationalist", "Nationalists", "Tory", "Tories",
            "Kurd", "Kurds", "Kurdish", "Pashtun", "Pashtuns", "Tamil", "Tamils", "Hutu", "Hutus", "Tutsi",
            "Tutsis", "Arab", "Arabs", "Persian", "Persians", "Baloch", "Uighur", "Uighurs", "Uyghur", "Uyghurs",
            "Roma", "Berber", "Berbers", "Yazidi", "Yazidis", "Druze", "Copt", "Copts", "Coptic");

    /** Short country names the countries file lists only as codes that are too ambiguous to take whole. */
    static final List<String> COUNTRY_SHORT_FORMS = List.of("U.S.", "US", "U.S.A.", "U.K.", "UK");

    private final ObjectMapper json = new ObjectMapper();

    /**
     * Reads the geo folder and, unless null, the folder of Phoenix actor dictionaries, and returns the
     * phrases per category, sorted, ready to write.
     */
    public Map<GazetteerCategory, TreeSet<String>> derive(Path geoFolder, Path cameoDictionaries)
            throws IOException {
        Map<GazetteerCategory, TreeSet<String>> phrases = new TreeMap<>();
        for (GazetteerCategory category : GazetteerCategory.values()) {
            phrases.put(category, new TreeSet<>());
        }
        readCountryInfo(Files.exists(geoFolder.resolve("countryInfo.txt")) ? geoFolder.resolve("countryInfo.txt")
                : geoFolder.resolve("countryInfo.tsv"), phrases);
        readCountries(geoFolder.resolve("mledoze-countries.json"), phrases);
        readNames(geoFolder.resolve("cities15000.txt"), 1, 2, phrases.get(GazetteerCategory.CITY));
        readNames(geoFolder.resolve("admin1CodesASCII.txt"), 1, 2, phrases.get(GazetteerCategory.REGION));
        COUNTRY_SHORT_FORMS.forEach(name -> addName(phrases.get(GazetteerCategory.COUNTRY), name));
        GROUPS.forEach(name -> addName(phrases.get(GazetteerCategory.GROUP), name));
        if (cameoDictionaries != null) {
            for (String name : PhoenixActors.organisationNames(cameoDictionaries)) {
                // One or two letters ("UN" aside, which has its dotted form too) match ordinary words.
                if (name.length() > 2) {
                    addName(phrases.get(GazetteerCategory.ORGANISATION), name);
                }
            }
        }
        return phrases;
    }

    /** Derives the gazetteer and writes it gzipped, one {@code CATEGORY<TAB>phrase} line each. */
    public void write(Path geoFolder, Path cameoDictionaries, Path out) throws IOException {
        Map<GazetteerCategory, TreeSet<String>> phrases = derive(geoFolder, cameoDictionaries);
        AtomicFile.writeGzippedText(out, writer -> {
            for (Map.Entry<GazetteerCategory, TreeSet<String>> entry : phrases.entrySet()) {
                for (String phrase : entry.getValue()) {
                    writer.write(entry.getKey().name() + '\t' + phrase + '\n');
                }
            }
        });
    }

    private static void readCountryInfo(Path file, Map<GazetteerCategory, TreeSet<String>> phrases)
            throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] columns = line.split("\t", -1);
                addName(phrases.get(GazetteerCategory.COUNTRY), columns[4]);
                addName(phrases.get(GazetteerCategory.CITY), columns[5]);
            }
        }
    }

    private void readCountries(Path file, Map<GazetteerCategory, TreeSet<String>> phrases) throws IOException {
        JsonNode countries = json.readTree(file.toFile());
        for (JsonNode country : countries) {
            TreeSet<String> names = phrases.get(GazetteerCategory.COUNTRY);
            addName(names, country.path("name").path("common").asText(""));
            addName(names, country.path("name").path("official").asText(""));
            String code = country.path("cca2").asText("");
            for (JsonNode alternative : country.path("altSpellings")) {
                // Two-letter ISO codes ("AL", "IN", "IT") are mostly ordinary words in running text.
                if (!alternative.asText().equals(code)) {
                    addName(names, alternative.asText());
                }
            }
            for (JsonNode capital : country.path("capital")) {
                addName(phrases.get(GazetteerCategory.CITY), capital.asText());
            }
            JsonNode english = country.path("demonyms").path("eng");
            for (String gender : List.of("m", "f")) {
                String demonym = english.path(gender).asText("");
                addName(phrases.get(GazetteerCategory.DEMONYM), demonym);
                if (demonym.endsWith("n") || demonym.endsWith("i")) {
                    addName(phrases.get(GazetteerCategory.DEMONYM), demonym + "s");
                }
            }
        }
    }

    private static void readNames(Path file, int nameColumn, int asciiColumn, TreeSet<String> into)
            throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                String[] columns = line.split("\t", -1);
                if (columns.length > asciiColumn) {
                    addName(into, columns[nameColumn]);
                    addName(into, columns[asciiColumn]);
                }
            }
        }
    }

    /**
     * Keeps a name that can match tokens: words split at spaces, nothing with commas or brackets, which
     * are list forms ("Korea, Republic of") that running text never uses.
     */
    private static void addName(TreeSet<String> into, String name) {
        String trimmed = name.strip().replaceAll("\\s+", " ");
        if (trimmed.isEmpty() || trimmed.indexOf(',') >= 0 || trimmed.indexOf('(') >= 0
                || trimmed.indexOf('\t') >= 0 || !Character.isLetter(trimmed.charAt(0))) {
            return;
        }
        into.add(trimmed);
    }
}
