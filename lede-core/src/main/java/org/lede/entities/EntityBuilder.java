package org.lede.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.lede.model.Entity;
import org.lede.model.EntityType;
import org.lede.model.Excerpt;
import org.lede.model.Mention;

/** Turns clusters into entities: ids in order of first mention, canonical name, aliases, roles. */
final class EntityBuilder {
    static final Comparator<Mention> TEXT_ORDER = Comparator.comparingInt(Mention::start)
            .thenComparingInt(Mention::end);

    List<Entity> build(List<Cluster> clusters) {
        List<List<Mention>> mentionsOf = new ArrayList<>(clusters.size());
        for (Cluster cluster : clusters) {
            List<Mention> mentions = new ArrayList<>();
            cluster.names().forEach(n -> mentions.add(n.mention()));
            mentions.addAll(cluster.references());
            mentions.sort(TEXT_ORDER);
            mentionsOf.add(mentions);
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < clusters.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing(i -> mentionsOf.get(i).get(0), TEXT_ORDER));
        List<Entity> entities = new ArrayList<>(clusters.size());
        for (int i : order) {
            Cluster cluster = clusters.get(i);
            entities.add(new Entity("e" + (entities.size() + 1), canonicalName(cluster), cluster.type(),
                    aliases(cluster), roles(cluster), mentionsOf.get(i)));
        }
        return entities;
    }

    /**
     * The canonical name as a reader expects it: datelines shout a place in capitals ("TIRANA (Reuters) -"), so
     * an all-capitals name takes the spelling of the same name elsewhere in the article, and a place's name of
     * five letters or more, which is no acronym, is set in title case ("Tirana", "New York").
     */
    private static String canonicalName(Cluster cluster) {
        String display = cluster.canonical().display();
        if (!isShouted(display)) {
            return display;
        }
        for (NameForm name : cluster.names()) {
            if (name.key().equals(cluster.canonical().key()) && !isShouted(name.display())) {
                return name.display();
            }
        }
        boolean place = cluster.type() == EntityType.GPE || cluster.type() == EntityType.LOC;
        return place && display.codePoints().filter(Character::isLetter).count() >= 5 ? titleCase(display) : display;
    }

    private static boolean isShouted(String name) {
        return name.codePoints().anyMatch(Character::isLetter)
                && name.codePoints().noneMatch(Character::isLowerCase);
    }

    /** "NEW YORK" to "New York", "BOSNIA-HERZEGOVINA" to "Bosnia-Herzegovina". */
    private static String titleCase(String name) {
        StringBuilder out = new StringBuilder(name.length());
        boolean wordStart = true;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            out.append(wordStart ? c : Character.toLowerCase(c));
            wordStart = !Character.isLetter(c) && c != '\'' && c != '\u2019';
        }
        return out.toString();
    }

    /** The names other than the canonical one, each once, in text order. */
    private static List<String> aliases(Cluster cluster) {
        Set<String> seen = new HashSet<>();
        seen.add(cluster.canonical().key());
        List<String> aliases = new ArrayList<>();
        for (NameForm name : cluster.names()) {
            if (seen.add(name.key())) {
                aliases.add(name.display());
            }
        }
        return aliases;
    }

    /** The roles, each wording once, in text order. */
    private static List<Excerpt> roles(Cluster cluster) {
        List<Excerpt> sorted = new ArrayList<>();
        cluster.roles().forEach(r -> sorted.add(r.excerpt()));
        sorted.sort(Comparator.comparingInt(Excerpt::start));
        Set<String> seen = new HashSet<>();
        List<Excerpt> roles = new ArrayList<>();
        for (Excerpt role : sorted) {
            if (seen.add(role.text().toLowerCase(Locale.ROOT))) {
                roles.add(role);
            }
        }
        return roles;
    }
}
