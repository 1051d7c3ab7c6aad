package org.lede.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.lede.model.EntityType;

/**
 * Finds the entity a description refers to. One in apposition to a name ("Saeed Khatibzadeh, the
 * ministry's spokesman") is that name's. Another refers back to the one earlier entity of its type that
 * fits its head: a person whose role has the office word ("the spokesman"), an institution whose name has
 * the word ("the ministry"), a group that is no institution ("the terror group"), a country ("the
 * country"); between several, the only one mentioned in this or the previous sentence; else none.
 */
final class DescriptionResolver {

    Cluster resolve(Description d, Discourse discourse) {
        Cluster apposed = discourse.apposed(d.first(), d.end());
        if (apposed != null) {
            return apposed.type() == d.type() ? apposed : null;
        }
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
        if (d.type() == EntityType.PERSON) {
            return only(earlier, c -> c.hasTitle(d.head()));
        }
        if (d.scope() == Lexicon.HeadScope.NAMED) {
            return only(earlier, c -> c.nameHas(d.head()));
        }
        List<Cluster> named = filter(earlier, c -> c.nameHas(d.head()));
        if (!named.isEmpty()) {
            return named.size() == 1 ? named.get(0) : null;
        }
        List<Cluster> fitting = filter(earlier, c -> fits(d, c));
        if (fitting.size() <= 1) {
            return fitting.isEmpty() ? null : fitting.get(0);
        }
        int sentence = view.sentence(d.first());
        Set<Cluster> recent = discourse.clustersIn(sentence, d.first(), c -> true);
        if (sentence > 0) {
            recent.addAll(discourse.clustersIn(sentence - 1, Integer.MAX_VALUE, c -> true));
        }
        return only(fitting, recent::contains);
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
