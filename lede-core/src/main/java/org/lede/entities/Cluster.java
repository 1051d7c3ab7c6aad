package org.lede.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.lede.model.EntityType;
import org.lede.model.Mention;

/**
 * The names grouped as one entity, while one article is resolved, with the descriptions and pronouns
 * linked to it so far. Lives for one call of the resolver only.
 */
final class Cluster {
    private final List<NameForm> names;
    private final NameForm canonical;
    private final List<Role> roles;
    private Gender gender;
    private final boolean institution;
    private final boolean country;
    private final Set<String> nameWords = new HashSet<>();
    private final Set<String> titles = new HashSet<>();
    private final List<Mention> references = new ArrayList<>();

    /**
     * @param names the names in text order
     * @param roles the roles of its names, in text order
     */
    Cluster(List<NameForm> names, List<Role> roles, Lexicon lexicon) {
        this.names = List.copyOf(names);
        this.roles = List.copyOf(roles);
        this.canonical = names.stream().min(FULLEST_FIRST).orElseThrow();
        Gender g = Gender.UNKNOWN;
        for (NameForm name : names) {
            g = g.and(name.gender());
        }
        for (Role role : roles) {
            g = g.and(role.gender());
        }
        this.gender = g;
        for (NameForm name : names) {
            for (String word : name.words()) {
                nameWords.add(fold(word));
            }
        }
        for (Role role : roles) {
            titles.addAll(role.titles());
        }
        this.institution = names.stream().flatMap(n -> n.words().stream()).anyMatch(lexicon.institutionWords::contains);
        this.country = type() == EntityType.GPE && names.stream().anyMatch(n -> lexicon.countries.contains(n.key()));
    }

    /** The fullest proper name: most words, then most characters, not an acronym, then the first. */
    private static final Comparator<NameForm> FULLEST_FIRST = Comparator
            .comparing(NameForm::acronym)
            .thenComparing(n -> -n.words().size())
            .thenComparing(n -> -n.display().length())
            .thenComparing(NameForm::index);

    /** The canonical name's type; a person's when the canonical name has no type (MISC) and a person's name is in. */
    EntityType type() {
        if (canonical.type() == EntityType.MISC
                && names.stream().anyMatch(name -> name.type() == EntityType.PERSON)) {
            return EntityType.PERSON;
        }
        return canonical.type();
    }

    NameForm canonical() {
        return canonical;
    }

    List<NameForm> names() {
        return names;
    }

    List<Role> roles() {
        return roles;
    }

    Gender gender() {
        return gender;
    }

    /** True when its name marks an institution or a medium (a ministry, the police, a TV channel). */
    boolean isInstitution() {
        return institution;
    }

    /** True for a country, as far as the JDK's list of country names tells. */
    boolean isCountry() {
        return country;
    }

    /** The first token of its first name. */
    int firstNameToken() {
        return names.get(0).mention().firstToken();
    }

    /** True when one of its names has this word; "organisation" and "organization" are one word. */
    boolean nameHas(String word) {
        return nameWords.contains(fold(word));
    }

    /** True when one of its roles has this office word ("spokesman"). */
    boolean hasTitle(String title) {
        return titles.contains(title);
    }

    void addReference(Mention mention) {
        references.add(mention);
    }

    /** Learns a gender from a pronoun linked to it ("he"), so that a later "she" does not link to it. */
    void learnGender(Gender learned) {
        if (gender == Gender.UNKNOWN) {
            gender = learned;
        }
    }

    List<Mention> references() {
        return references;
    }

    private static String fold(String word) {
        return word.replace("isation", "ization");
    }
}
