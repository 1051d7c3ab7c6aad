package org.lede.ner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.lede.model.EntityType;
import org.lede.text.ProperAdjectives;
import org.lede.text.TitleCase;

/**
 * Turns the tagger's four CoNLL types into Lede's finer ones: PER becomes PERSON; LOC becomes GPE when the
 * gazetteer knows the name as a country, city or region, else stays LOC; MISC becomes NORP for
 * nationalities and religious or political groups; ORG stays ORG. Facilities (FAC) CoNLL has no type for,
 * so they come from a rule: a capitalised name right after or before a capitalised facility head word
 * ("Camp Ashraf-3", "Evin Prison", "Tirana Airport") is a facility, whatever the tagger made of its parts, and
 * so is a name a facility word introduces ("the camp, known as Ashraf-3").
 * Two names of people joined by a lower-case name particle ("Khalid bin Saeed al-Mutairi", "Ludwig van
 * Beethoven") are one person: the tagger, trained on copy where such particles are rare, tends to stop at
 * the particle. So is a place and the name after a Romance "of" ("Calle del Correo", "Avenida das
 * Americas", "Santiago de Compostela") one place, whatever the tagger made of the name after it.
 * Names without a single capital letter or digit ("interior ministry", which CoNLL sometimes tags) are
 * dropped: in English copy those are descriptions, which the entity resolver handles, not names.
 * Two rules catch what the tagger does not see reliably, because it turns on words one either side of a name
 * rather than the name's own (and so moves with each retraining): in a headline in title case a verb the
 * event lexicon knows only as a verb starts no name ("Court Convicts Former Mayor of Kiev"), and capitalised
 * words between "the" and a lower-case word for part of a place followed by "of" and a name are the part's
 * name ("the Shankill area of Belfast", "the Karrada district of Baghdad").
 * Stateless after construction, hence thread-safe.
 */
public final class EntityTypeRefiner {
    /** Head words that make a capitalised name a facility, after OntoNotes' FAC guidelines. */
    static final Set<String> FACILITY_HEADS = Set.of(
            "camp", "airport", "airbase", "airfield", "prison", "jail", "base", "bridge", "hospital", "stadium",
            "arena", "embassy", "consulate", "square", "building", "tower", "palace", "hotel", "mosque", "church",
            "cathedral", "temple", "synagogue", "station", "terminal", "dam", "tunnel", "highway", "motorway",
            "street", "avenue", "boulevard", "harbour", "harbor", "checkpoint", "barracks", "compound");
    /** Lower-case words for part of a place, named by the capitalised words before them ("the Shankill area of"). */
    static final Set<String> AREA_HEADS = Set.of("area", "district", "neighbourhood", "neighborhood", "suburb",
            "quarter", "region", "province", "governorate", "county");
    /** Capitalised words that start sentences or titles but never belong to a facility's name. */
    private static final Set<String> NOT_NAME_WORDS = Set.of(
            "the", "a", "an", "this", "that", "these", "those", "in", "at", "on", "from", "to", "of", "and", "or",
            "for", "by", "with", "near", "outside", "inside", "into", "its", "their", "his", "her", "our");
    /** Lower-case words that join the parts of one person's name in Arabic, Persian and European names. */
    static final Set<String> NAME_PARTICLES = Set.of("bin", "ibn", "bint", "ben", "bar", "al", "el", "ul",
            "van", "von", "der", "den", "de", "da", "di", "du", "del", "della", "dos", "das", "le", "la");
    /** The Romance "of" (and "of the") that joins a place's name to the name after it ("Calle del Correo"). */
    static final Set<String> PLACE_PARTICLES = Set.of("de", "del", "della", "di", "da", "das", "do", "dos", "du",
            "des");
    /** Longest name a facility rule takes beside its head word. */
    private static final int MAX_NAME_TOKENS = 4;

    private final Gazetteer gazetteer;
    private final Set<String> headlineVerbs;

    /**
     * @param headlineVerbs lower-case words that are verbs wherever they stand (the event lexicon's verbs only),
     *                      which a headline in title case capitalises like the names around them
     */
    public EntityTypeRefiner(Gazetteer gazetteer, Set<String> headlineVerbs) {
        this.gazetteer = gazetteer;
        this.headlineVerbs = headlineVerbs;
    }

    /** A name with its fine type: token range in the sentence, end exclusive. */
    public record TypedSpan(int start, int end, EntityType type) {
    }

    /**
     * The names of one sentence with fine types, in text order and without overlaps.
     *
     * @param words the sentence's tokens
     * @param tagged what the tagger found, with CoNLL types (PER, LOC, ORG, MISC)
     */
    public List<TypedSpan> refine(List<String> words, List<BioLabels.LabeledSpan> tagged) {
        List<BioLabels.LabeledSpan> names = joinedByParticles(words,
                TitleCase.isTitleCase(words) ? withoutLeadingVerbs(words, tagged) : tagged);
        List<TypedSpan> facilities = facilities(words);
        List<TypedSpan> result = new ArrayList<>();
        for (TypedSpan facility : facilities) {
            int start = facility.start();
            int end = facility.end();
            for (BioLabels.LabeledSpan name : names) {
                if (name.start() < end && start < name.end()) {
                    // A tagged name that runs on to the left over "of" names who or what belongs to the facility, not
                    // more of its name: "Residents of Camp Ashraf-3" are people, the camp is "Camp Ashraf-3".
                    boolean belongsTo = name.start() < start && words.get(start - 1).equals("of");
                    start = belongsTo ? start : Math.min(start, name.start());
                    end = Math.max(end, name.end());
                }
            }
            result.add(new TypedSpan(start, end, EntityType.FAC));
        }
        for (BioLabels.LabeledSpan name : names) {
            boolean covered = result.stream().anyMatch(f -> name.start() < f.end() && f.start() < name.end());
            if (!covered && looksLikeName(words, name)) {
                result.add(new TypedSpan(name.start(), name.end(), fineType(words, name)));
            }
        }
        result.addAll(areaNames(words, result));
        result.sort(Comparator.comparingInt(TypedSpan::start));
        return withAdjectivesJoined(words, result);
    }

    /**
     * An adjective the tagger made a name of its own right before an organisation's name is the first word of
     * that name: "Islamic" and "Revolutionary Guard Corps", "European" and "Roma Rights Centre". A nationality
     * stays apart ("German" "Foreign Ministry", as CoNLL marks it), and so does a hyphened one
     * ("Paris-based" "Euronext").
     */
    private static List<TypedSpan> withAdjectivesJoined(List<String> words, List<TypedSpan> names) {
        List<TypedSpan> joined = new ArrayList<>(names.size());
        for (int n = 0; n < names.size(); n++) {
            TypedSpan name = names.get(n);
            TypedSpan next = n + 1 < names.size() ? names.get(n + 1) : null;
            if (next != null && name.type() == EntityType.MISC && next.type() == EntityType.ORG
                    && name.end() == name.start() + 1 && next.start() == name.end()
                    && ProperAdjectives.isProperAdjective(words.get(name.start()))) {
                joined.add(new TypedSpan(name.start(), next.end(), EntityType.ORG));
                n++;
            } else {
                joined.add(name);
            }
        }
        return joined;
    }

    /**
     * The names without the verbs they start with: in a headline in title case every word is capitalised, and the
     * tagger takes the verb into the name after it ("Convicts Former Mayor"). A name that is only verbs goes.
     */
    private List<BioLabels.LabeledSpan> withoutLeadingVerbs(List<String> words, List<BioLabels.LabeledSpan> names) {
        List<BioLabels.LabeledSpan> trimmed = new ArrayList<>(names.size());
        for (BioLabels.LabeledSpan name : names) {
            int start = name.start();
            while (start < name.end() && headlineVerbs.contains(words.get(start).toLowerCase(Locale.ROOT))) {
                start++;
            }
            if (start < name.end()) {
                trimmed.add(start == name.start() ? name : new BioLabels.LabeledSpan(start, name.end(), name.type()));
            }
        }
        return trimmed;
    }

    /**
     * Names of parts of places the tagger left out: the capitalised words between "the" and a lower-case
     * {@link #AREA_HEADS} word followed by "of" and a capitalised word ("the Shankill area of Belfast"). A
     * nationality or group the gazetteer knows is no place's name ("the Kurdish region of Iraq").
     */
    private List<TypedSpan> areaNames(List<String> words, List<TypedSpan> taken) {
        List<TypedSpan> found = new ArrayList<>();
        for (int the = 0; the + 4 < words.size(); the++) {
            if (!words.get(the).equalsIgnoreCase("the")) {
                continue;
            }
            int start = the + 1;
            int head = start;
            while (head < words.size() && head - start < MAX_NAME_TOKENS && isNameWord(words.get(head))) {
                head++;
            }
            int end = head;
            if (end == start || head + 2 >= words.size() || !AREA_HEADS.contains(words.get(head))
                    || !words.get(head + 1).equals("of") || !isCapitalised(words.get(head + 2))
                    || taken.stream().anyMatch(t -> t.start() < end && start < t.end())
                    || isNationalityOrGroup(gazetteer.categories(words, start, end))) {
                continue;
            }
            found.add(new TypedSpan(start, end, fineType(words, new BioLabels.LabeledSpan(start, end, "LOC"))));
        }
        return found;
    }

    /**
     * The names with each two people one or two name particles apart made one person, and each place and the
     * name one or two place particles after it one place.
     */
    static List<BioLabels.LabeledSpan> joinedByParticles(List<String> words, List<BioLabels.LabeledSpan> names) {
        List<BioLabels.LabeledSpan> joined = new ArrayList<>(names.size());
        for (BioLabels.LabeledSpan name : names) {
            BioLabels.LabeledSpan previous = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            boolean apart = previous != null && name.start() > previous.end() && name.start() - previous.end() <= 2;
            if (apart && previous.type().equals("PER") && name.type().equals("PER")
                    && allIn(NAME_PARTICLES, words, previous.end(), name.start())) {
                joined.set(joined.size() - 1, new BioLabels.LabeledSpan(previous.start(), name.end(), "PER"));
            } else if (apart && previous.type().equals("LOC")
                    && allIn(PLACE_PARTICLES, words, previous.end(), name.start())) {
                joined.set(joined.size() - 1, new BioLabels.LabeledSpan(previous.start(), name.end(), "LOC"));
            } else {
                joined.add(name);
            }
        }
        return joined;
    }

    private static boolean allIn(Set<String> particles, List<String> words, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!particles.contains(words.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** The fine type of one tagged name. */
    EntityType fineType(List<String> words, BioLabels.LabeledSpan name) {
        return switch (name.type()) {
            case "PER" -> EntityType.PERSON;
            case "ORG" -> EntityType.ORG;
            case "LOC" -> isGovernedPlace(gazetteer.categories(words, name.start(), name.end()))
                    ? EntityType.GPE : EntityType.LOC;
            case "MISC" -> isNationalityOrGroup(gazetteer.categories(words, name.start(), name.end()))
                    || isNationalityOrGroup(gazetteer.categories(words, name.end() - 1, name.end()))
                    ? EntityType.NORP : EntityType.MISC;
            default -> throw new IllegalArgumentException("unknown CoNLL type " + name.type());
        };
    }

    private static boolean looksLikeName(List<String> words, BioLabels.LabeledSpan name) {
        for (int i = name.start(); i < name.end(); i++) {
            String word = words.get(i);
            for (int c = 0; c < word.length(); c++) {
                if (Character.isUpperCase(word.charAt(c)) || Character.isDigit(word.charAt(c))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isGovernedPlace(int categories) {
        return GazetteerCategory.COUNTRY.in(categories) || GazetteerCategory.CITY.in(categories)
                || GazetteerCategory.REGION.in(categories);
    }

    private static boolean isNationalityOrGroup(int categories) {
        return GazetteerCategory.DEMONYM.in(categories) || GazetteerCategory.GROUP.in(categories);
    }

    /** Facility names the head-word rule finds: head then name, or name then head; non-overlapping. */
    private static List<TypedSpan> facilities(List<String> words) {
        List<TypedSpan> found = new ArrayList<>();
        int covered = 0;
        for (int head = 0; head < words.size(); head++) {
            if (!isCapitalised(words.get(head))
                    || !FACILITY_HEADS.contains(words.get(head).toLowerCase(Locale.ROOT))) {
                continue;
            }
            // In an all-capitals headline every word looks like a name, so only "CAMP ASHRAF" is trusted.
            boolean headline = words.get(head).equals(words.get(head).toUpperCase(Locale.ROOT));
            int before = head;
            while (!headline && before > covered && head - before < MAX_NAME_TOKENS && isNameWord(words.get(before - 1))) {
                before--;
            }
            int after = head + 1;
            while (after < words.size() && after - head <= MAX_NAME_TOKENS && isNameWord(words.get(after))
                    && !FACILITY_HEADS.contains(words.get(after).toLowerCase(Locale.ROOT))) {
                after++;
            }
            if (before < head || after > head + 1) {
                found.add(new TypedSpan(before, after, EntityType.FAC));
                covered = after;
                head = after - 1;
            }
        }
        found.addAll(namedAfterHead(words, found));
        found.sort(Comparator.comparingInt(TypedSpan::start));
        return found;
    }

    /**
     * Names a facility word introduces: "the camp, known as Ashraf-3", "a prison called Evin", "the base,
     * also known as Camp X". The head is lower-case here (a capitalised one is the rule above), so what
     * makes the name a facility is the phrase "known as", "called" or "named" between them; the name is
     * the capitalised words after it, none of them a word that cannot belong to a name.
     */
    private static List<TypedSpan> namedAfterHead(List<String> words, List<TypedSpan> taken) {
        List<TypedSpan> found = new ArrayList<>();
        for (int head = 0; head < words.size(); head++) {
            if (!FACILITY_HEADS.contains(words.get(head).toLowerCase(Locale.ROOT))) {
                continue;
            }
            int at = head + 1;
            if (at < words.size() && words.get(at).equals(",")) {
                at++;
            }
            if (at < words.size() && words.get(at).equals("also")) {
                at++;
            }
            if (at + 1 < words.size() && words.get(at).equals("known") && words.get(at + 1).equals("as")) {
                at += 2;
            } else if (at < words.size() && (words.get(at).equals("called") || words.get(at).equals("named"))) {
                at++;
            } else {
                continue;
            }
            int start = at;
            while (at < words.size() && at - start < MAX_NAME_TOKENS && isNameWord(words.get(at))) {
                at++;
            }
            int end = at;
            if (end > start && taken.stream().noneMatch(f -> f.start() < end && start < f.end())) {
                found.add(new TypedSpan(start, end, EntityType.FAC));
            }
        }
        return found;
    }

    private static boolean isNameWord(String word) {
        return isCapitalised(word) && !NOT_NAME_WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static boolean isCapitalised(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }
}
