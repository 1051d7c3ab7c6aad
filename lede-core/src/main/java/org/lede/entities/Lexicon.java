package org.lede.entities;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.lede.model.EntityType;
import org.lede.text.WordLists;

/**
 * The word lists entity resolution reads, loaded once from {@code org/lede/entities/*.txt}. All words are
 * lower case; lookups take the lower-cased normalised token form.
 */
final class Lexicon {
    final Map<String, Gender> honorifics;
    final Map<String, Gender> titles;
    final Set<String> titleModifiers;
    final Map<String, DescriptionHead> descriptionHeads;
    final Set<String> institutionWords;
    final Set<String> acronymStopwords;
    final Map<String, PronounClass> pronouns;
    final PhraseList expletiveIt;
    final PhraseList genericThey;
    final Set<String> pluralPeople;
    final Map<String, Gender> genderedNouns;
    final Set<String> nounPhraseFollowers;
    final Set<String> reportingVerbs;
    final Set<String> countries;

    /** What a description head word can refer to. */
    record DescriptionHead(String word, EntityType type, HeadScope scope) {
    }

    /** Which entities of its type a description head can refer to. */
    enum HeadScope {
        /** Any: "the group". */
        ANY,
        /** Only one whose name has the head word: "the ministry". */
        NAMED,
        /** Only a country: "the country". */
        COUNTRY,
        /** Only a place that is no country: "the city". */
        NOT_COUNTRY
    }

    private Lexicon() {
        honorifics = genders("honorifics.txt");
        titles = genders("titles.txt");
        titleModifiers = words("title-modifiers.txt");
        Map<String, DescriptionHead> heads = new HashMap<>();
        for (String[] row : rows("description-heads.txt")) {
            heads.put(row[0], new DescriptionHead(row[0], EntityType.valueOf(row[1].toUpperCase(Locale.ROOT)),
                    row.length > 2 ? HeadScope.valueOf(row[2].toUpperCase(Locale.ROOT)) : HeadScope.ANY));
        }
        descriptionHeads = Map.copyOf(heads);
        institutionWords = words("institution-words.txt");
        acronymStopwords = words("acronym-stopwords.txt");
        Map<String, PronounClass> pronounMap = new HashMap<>();
        for (String[] row : rows("pronouns.txt")) {
            pronounMap.put(row[0], PronounClass.valueOf(row[1].toUpperCase(Locale.ROOT)));
        }
        pronouns = Map.copyOf(pronounMap);
        expletiveIt = new PhraseList(rows("expletive-it.txt"));
        genericThey = new PhraseList(rows("generic-they.txt"));
        pluralPeople = words("plural-people.txt");
        genderedNouns = genders("gendered-nouns.txt");
        nounPhraseFollowers = words("noun-phrase-followers.txt");
        reportingVerbs = words("reporting-verbs.txt");
        countries = countryNames();
    }

    static Lexicon load() {
        return new Lexicon();
    }

    boolean isTitle(String lower) {
        return titles.containsKey(lower);
    }

    /** A word that can stand in a title chain before a name: an office, a modifier of one, a courtesy title. */
    boolean isTitleChainWord(String lower) {
        return titles.containsKey(lower) || titleModifiers.contains(lower) || honorifics.containsKey(lower);
    }

    /** English names of the countries the JDK knows, lower case ("iran", "united states"). */
    private static Set<String> countryNames() {
        Set<String> names = new HashSet<>();
        for (String code : Locale.getISOCountries()) {
            names.add(new Locale("", code).getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(names);
    }

    private static Map<String, Gender> genders(String resource) {
        Map<String, Gender> map = new HashMap<>();
        for (String[] row : rows(resource)) {
            map.put(row[0], row.length > 1 ? Gender.of(row[1]) : Gender.UNKNOWN);
        }
        return Map.copyOf(map);
    }

    private static Set<String> words(String resource) {
        return WordLists.words("/org/lede/entities/" + resource);
    }

    private static List<String[]> rows(String resource) {
        return WordLists.rows("/org/lede/entities/" + resource);
    }
}
