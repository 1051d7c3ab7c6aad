package org.lede.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.lede.model.EntityType;

/**
 * Finds the entity a description refers to. One in apposition to a name ("Saeed Khatibzadeh, the ministry's
 * spokesman") is that name's, as is a place named after "of" ("the city of Ahvaz"). Another refers back to the one
 * earlier entity of its type that fits its head: a person whose role has the office word ("the spokesman"), an
 * institution whose name has the word ("the ministry"), a group that is no institution ("the terror group"), a
 * country ("the country"); between several, the only one an earlier description with the same head was linked to
 * ("the group"), else the only one mentioned in this or the previous sentence; else none.
 */
final class DescriptionResolver {
    /** Heads of a place that "of" and its name specify rather than relate to: "the city of Ahvaz". */
    private static final Set<String> PLACE_KINDS = Set.of("city", "town", "village", "province", "region", "state",
            "district", "port", "capital", "island", "country", "nation", "county", "suburb", "municipality",
            "republic", "kingdom", "emirate", "enclave", "territory");

    /**
     * Words after which an indefinite phrase says what something is rather than bringing in something new: a
     * copula ("Hamas is a militant group"), "as" ("as a party"), "have" ("they have a mayor who …") and the
     * prepositions of kinds ("the air of a city of immigrants", "from a party not trusted").
     */
    private static final Set<String> NOT_INTRODUCING = Set.of("is", "was", "are", "were", "remains", "remained",
            "became", "becomes", "be", "been", "as", "like", "than", "have", "has", "had", "of", "from", "to");
    private static final Set<String> FUNCTION_WORDS = Set.of("the", "this", "that", "these", "those", "his", "her",
            "its", "their", "our", "my", "your", "on", "in", "at", "of", "for", "to", "from", "with", "by", "and",
            "or", "'s");
    /** The most words between an indefinite article and the head it introduces: "a small armed group". */
    private static final int MAX_MODIFIERS = 3;

    /** Heads that may name a body of the organisation before them rather than the organisation itself. */
    private static final Set<String> SUBORDINATE_HEADS = Set.of("agency", "arm", "wing", "unit", "branch",
            "office", "division", "subsidiary", "body", "committee", "department", "ministry", "council");

    Cluster resolve(Description d, Discourse discourse) {
        Cluster apposed = discourse.apposed(d.first(), d.end());
        if (apposed != null) {
            return apposed.type() == d.type() ? apposed : null;
        }
        Cluster named = PLACE_KINDS.contains(d.head()) ? discourse.namedAfterOf(d.end()) : null;
        if (named != null && named.type() == d.type()) {
            return named; // "the southwestern city of Ahvaz" is Ahvaz, where "the parent company of Yukos" is not
        }
        Cluster inside = d.type() == EntityType.ORG ? organisationNamedBeforeHead(d, discourse) : null;
        if (inside != null) {
            return inside;
        }
        if (introducedIndefinitely(d, discourse)) {
            return null; // "neutralized a group of saboteurs … According to the FSB, the group was armed"
        }
        Candidates candidates = candidates(d, discourse);
        List<Cluster> fitting = candidates.clusters();
        if (fitting.size() <= 1 || !candidates.byKindOnly()) {
            return fitting.size() == 1 ? fitting.get(0) : null;
        }
        // "the group … the terror group": a head already used for one of them continues that chain, as
        // head match does in sieve coreference, before recency, which a name in between would mislead
        List<Cluster> sameHead = filter(fitting, discourse.describedAs(d.head())::contains);
        if (sameHead.size() == 1) {
            return sameHead.get(0);
        }
        TokenView view = discourse.view();
        int sentence = view.sentence(d.first());
        Set<Cluster> recent = discourse.clustersIn(sentence, d.first(), c -> true);
        if (sentence > 0) {
            recent.addAll(discourse.clustersIn(sentence - 1, Integer.MAX_VALUE, c -> true));
        }
        return only(fitting, recent::contains);
    }

    /**
     * Whether the description's head was introduced, in its sentence or the two before it, by an indefinite
     * phrase that names nothing ("a group of Ukrainian saboteurs"): "the group" then takes that up, an
     * unnamed one, not a named organisation of the kind. An indefinite phrase in apposition to a name ("Hamas, a
     * militant group,") or after a copula ("Hamas is a militant group") is that name's, and does not count.
     */
    private static boolean introducedIndefinitely(Description d, Discourse discourse) {
        TokenView view = discourse.view();
        if (!view.lower(d.first()).equals("the")) {
            return false; // "this party" is the speaker's own, whatever came before
        }
        int from = view.sentenceAt(Math.max(0, view.sentence(d.first()) - 2)).firstToken();
        for (int head = d.first() - 1; head >= from; head--) {
            int sentenceEnd = view.sentenceAt(view.sentence(head)).endToken();
            if (!view.lower(head).equals(d.head())
                    || !DescriptionFinder.endsNounPhrase(discourse.lexicon(), view, head + 1, sentenceEnd)) {
                continue; // "a senior party spokesman": the word only modifies the head after it
            }
            for (int k = head - 1; k >= from && k >= head - MAX_MODIFIERS - 1; k--) {
                if (view.lower(k).equals("a") || view.lower(k).equals("an")) {
                    boolean predicate = k > 0 && NOT_INTRODUCING.contains(view.lower(k - 1));
                    if (!predicate && discourse.apposed(k, head + 1) == null) {
                        return true;
                    }
                    break;
                }
                if (!view.isWord(k) || view.nameAt(k) >= 0 || FUNCTION_WORDS.contains(view.lower(k))) {
                    break; // "in a statement on the agency's website": the article is another phrase's
                }
            }
        }
        return false;
    }

    /**
     * "the OVD-Info rights group", "the Kremlin-controlled RIA Novosti agency": an organisation's name before the
     * head, at most two lower-case words between, is the organisation described; a place's is not ("the
     * Somerset town"), nor an adjective's the recogniser calls a name ("the Paris-based pressure group").
     */
    private static Cluster organisationNamedBeforeHead(Description d, Discourse discourse) {
        TokenView view = discourse.view();
        int i = d.end() - 2;
        while (i > d.first() && d.end() - 2 - i < 2 && view.nameAt(i) < 0
                && Character.isLowerCase(view.form(i).charAt(0))) {
            i--;
        }
        int name = i > d.first() ? view.nameAt(i) : -1;
        boolean specified = d.end() < view.size() && (view.is(d.end(), "for") || view.is(d.end(), "of"));
        boolean partOf = SUBORDINATE_HEADS.contains(d.head()) && i < d.end() - 2 && !view.is(d.end() - 2, "news");
        if (name < 0 || specified || partOf) {
            return null; // "the United Nations agency for Palestinian refugees", "the UN refugee agency": a body of it
        }
        Cluster cluster = discourse.grouping().byName()[name];
        return cluster.type() == EntityType.ORG ? cluster : null;
    }

    /**
     * True when no entity of the description's type was mentioned before ("The camp" where no place of its
     * kind has a name): it describes something Lede does not track. "The company" among companies Lede will
     * not choose between is no such case.
     */
    boolean describesNoKnownEntity(Description d, Discourse discourse) {
        return discourse.apposed(d.first(), d.end()) == null && earlier(d, discourse).isEmpty();
    }

    /**
     * The earlier entities the description can refer to. @param byKindOnly true when they fit only by their
     * kind ("the group" and any group), so that recency may choose between them; false when the head picked
     * them by title or name ("the spokesman", "the ministry"), where two are a real tie.
     */
    private record Candidates(List<Cluster> clusters, boolean byKindOnly) {
    }

    private static Candidates candidates(Description d, Discourse discourse) {
        List<Cluster> earlier = earlier(d, discourse);
        if (d.type() == EntityType.PERSON) {
            return new Candidates(filter(earlier, c -> c.hasTitle(d.head())), false);
        }
        List<Cluster> named = filter(earlier, c -> c.nameHas(d.head()));
        if (d.scope() == Lexicon.HeadScope.NAMED || !named.isEmpty()) {
            return new Candidates(named, false);
        }
        return new Candidates(filter(earlier, c -> fits(d, c)), true);
    }

    /** The entities of the description's type named before it, but not inside it. */
    private static List<Cluster> earlier(Description d, Discourse discourse) {
        TokenView view = discourse.view();
        NameGrouper.Grouping grouping = discourse.grouping();
        Set<Cluster> inside = new HashSet<>();
        for (int i = d.first(); i < d.end(); i++) {
            if (view.nameAt(i) >= 0) {
                inside.add(grouping.byName()[view.nameAt(i)]);
            }
        }
        List<Cluster> earlier = new ArrayList<>();
        for (Cluster cluster : grouping.clusters()) {
            // "the Somerset town" is not Somerset.
            if (cluster.firstNameToken() < d.first() && cluster.type() == d.type() && !inside.contains(cluster)) {
                earlier.add(cluster);
            }
        }
        return earlier;
    }

    /** A group description never means an institution; "the country" only a country, "the city" none. */
    private static boolean fits(Description d, Cluster cluster) {
        return switch (d.scope()) {
            case COUNTRY -> cluster.isCountry();
            case NOT_COUNTRY -> !cluster.isCountry();
            default -> d.type() != EntityType.ORG || !cluster.isInstitution();
        };
    }

    private static Cluster only(List<Cluster> clusters, Predicate<Cluster> test) {
        List<Cluster> passing = filter(clusters, test);
        return passing.size() == 1 ? passing.get(0) : null;
    }

    private static List<Cluster> filter(List<Cluster> clusters, Predicate<Cluster> test) {
        List<Cluster> passing = new ArrayList<>(clusters.size());
        for (Cluster cluster : clusters) {
            if (test.test(cluster)) {
                passing.add(cluster);
            }
        }
        return passing;
    }
}
