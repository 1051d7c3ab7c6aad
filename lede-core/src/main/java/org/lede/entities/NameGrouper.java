package org.lede.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lede.model.EntityType;

/**
 * Groups name mentions into entities: one key and type make one name; a shorter name goes with the one
 * longer name of its type that contains it ("Rajavi" with "Maryam Rajavi", a person's surname only), and a
 * name of no type with the organisation whose name it ends ("Guards" with "Revolutionary Guards");
 * aliases found by {@link AcronymMatcher} join their names. A short name that two different entities
 * contain ("Rajavi" with Maryam and with Massoud Rajavi) stays apart: a wrong merge is worse than a
 * missed one. Types never mix otherwise: "Albanian police" is not "Albania", "Iranian" not "Iran"; only a
 * name the recogniser could give no type (MISC) goes with the person whose name it contains or is contained
 * in ("Kamran Rezaei-Nejad", typed MISC, with the person "Rezaei-Nejad").
 */
final class NameGrouper {
    private final Lexicon lexicon;

    NameGrouper(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The clusters in order of first name, and the cluster of each name index. */
    record Grouping(List<Cluster> clusters, Cluster[] byName) {
    }

    Grouping group(List<NameForm> forms, List<int[]> links, Roles roles) {
        int[] parent = new int[forms.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        Map<String, Integer> firstByName = new LinkedHashMap<>();
        for (NameForm form : forms) {
            Integer first = firstByName.putIfAbsent(form.type() + " " + form.key(), form.index());
            if (first != null) {
                union(parent, first, form.index());
            }
        }
        for (int[] link : links) {
            union(parent, link[0], link[1]);
        }
        mergeContained(forms, firstByName.values(), parent);
        return build(forms, roles, parent);
    }

    /** Joins each distinct name to the one entity whose longer name of the same type contains it. */
    private void mergeContained(List<NameForm> forms, Iterable<Integer> distinct, int[] parent) {
        List<NameForm> longestFirst = new ArrayList<>();
        Map<String, List<NameForm>> byWord = new HashMap<>();
        for (int index : distinct) {
            NameForm form = forms.get(index);
            if (!form.acronym()) {
                longestFirst.add(form);
                for (String word : new LinkedHashSet<>(form.words())) {
                    byWord.computeIfAbsent(word, w -> new ArrayList<>()).add(form);
                }
            }
        }
        longestFirst.sort(Comparator.comparing((NameForm f) -> -f.words().size()).thenComparing(NameForm::index));
        for (NameForm shorter : longestFirst) {
            Set<Integer> containers = new LinkedHashSet<>();
            Set<Integer> organisationsEnded = new LinkedHashSet<>();
            for (NameForm longer : byWord.get(shorter.words().get(0))) {
                if (longer.words().size() > shorter.words().size() && sameKind(longer, shorter)
                        && contains(longer, shorter)) {
                    containers.add(find(parent, longer.index()));
                } else if (longer.words().size() > shorter.words().size() && endsOrganisation(longer, shorter)) {
                    organisationsEnded.add(find(parent, longer.index()));
                }
            }
            if (containers.isEmpty()) {
                containers = organisationsEnded;
            }
            if (containers.size() == 1) {
                union(parent, containers.iterator().next(), shorter.index());
            }
        }
    }

    /** Names of one type, or a person's and a name of no type. */
    private static boolean sameKind(NameForm a, NameForm b) {
        return a.type() == b.type() || EnumSet.of(a.type(), b.type()).equals(EnumSet.of(EntityType.PERSON, EntityType.MISC));
    }

    /**
     * Whether a name of no type is the last words of an organisation's name: "the Guards" after "Iran's
     * Revolutionary Guards", which the recogniser could not type alone.
     */
    private static boolean endsOrganisation(NameForm longer, NameForm shorter) {
        List<String> big = longer.words();
        List<String> small = shorter.words();
        return longer.type() == EntityType.ORG && shorter.type() == EntityType.MISC
                && big.subList(big.size() - small.size(), big.size()).equals(small);
    }

    /** A person's name contains a surname or first and last name; other names any run of words. */
    private boolean contains(NameForm longer, NameForm shorter) {
        List<String> big = longer.words();
        List<String> small = shorter.words();
        if (longer.type() == EntityType.PERSON || shorter.type() == EntityType.PERSON) {
            boolean surname = big.subList(big.size() - small.size(), big.size()).equals(small);
            boolean firstAndLast = small.size() == 2 && small.get(0).equals(big.get(0))
                    && small.get(1).equals(big.get(big.size() - 1));
            return surname || firstAndLast;
        }
        if (small.stream().allMatch(lexicon.acronymStopwords::contains)) {
            return false;
        }
        return java.util.Collections.indexOfSubList(big, small) >= 0;
    }

    private Grouping build(List<NameForm> forms, Roles roles, int[] parent) {
        Map<Integer, List<NameForm>> members = new LinkedHashMap<>();
        Map<Integer, List<Role>> memberRoles = new HashMap<>();
        for (NameForm form : forms) {
            int root = find(parent, form.index());
            members.computeIfAbsent(root, r -> new ArrayList<>()).add(form);
            memberRoles.computeIfAbsent(root, r -> new ArrayList<>()).addAll(roles.byName().get(form.index()));
        }
        List<Cluster> clusters = new ArrayList<>(members.size());
        Cluster[] byName = new Cluster[forms.size()];
        for (Map.Entry<Integer, List<NameForm>> entry : members.entrySet()) {
            Cluster cluster = new Cluster(entry.getValue(), memberRoles.get(entry.getKey()), lexicon);
            clusters.add(cluster);
            for (NameForm form : entry.getValue()) {
                byName[form.index()] = cluster;
            }
        }
        return new Grouping(List.copyOf(clusters), byName);
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
