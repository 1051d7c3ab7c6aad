package org.lede.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.lede.model.Analysis;
import org.lede.model.Entity;
import org.lede.model.EntityLabel;
import org.lede.model.EntityType;
import org.lede.model.Event;
import org.lede.model.EventArgument;
import org.lede.model.Excerpt;
import org.lede.model.Mention;
import org.lede.model.MentionKind;

/**
 * How each outlet of a cluster names and labels each actor: the same organisation is "the People's
 * Freedom Organisation of Iran" and "the group" in one article, "the MEK" and "a terror cult" in another.
 * Entities of different articles are one actor when a name or alias of one is a name or alias of the other.
 */
public final class ActorNames {

    /**
     * One outlet's words for an actor: the names it uses, the descriptions and roles it gives, and the labels
     * the framing stage found for it, with their voice and polarity ("a terror cult", delegitimising, in a
     * quote).
     */
    public record Wording(String outlet, List<String> names, List<String> descriptions, List<EntityLabel> labels) {
    }

    /**
     * @param participant true when an event of the cluster has the actor as its actor or target
     * @param articles    in how many of the cluster's articles it appears
     */
    public record Actor(String name, EntityType type, boolean participant, int articles, List<Wording> wordings) {
    }

    private ActorNames() {
    }

    /**
     * The actors of a cluster's articles that are an event's actor or target, or appear in more than one
     * article, event participants first, then by how many articles name them.
     *
     * @param outlets the outlet to show for each article, in the order of {@code articles}
     */
    public static List<Actor> of(List<Analysis> articles, List<String> outlets) {
        List<Entry> entries = new ArrayList<>();
        for (int a = 0; a < articles.size(); a++) {
            Analysis analysis = articles.get(a);
            Set<String> participants = participants(analysis);
            for (Entity entity : analysis.entities()) {
                if (entity.mentions().stream().anyMatch(m -> m.kind() == MentionKind.NAME)) {
                    entries.add(new Entry(a, entity, participants.contains(entity.id())));
                }
            }
        }
        List<List<Entry>> groups = group(entries);
        List<Actor> actors = new ArrayList<>();
        for (List<Entry> group : groups) {
            long articleCount = group.stream().mapToInt(Entry::article).distinct().count();
            boolean participant = group.stream().anyMatch(Entry::participant);
            if (!participant && articleCount < 2) {
                continue;
            }
            Entry fullest = group.stream().max(Comparator.comparingInt(e -> e.entity().name().length())).orElseThrow();
            Map<Integer, Wording> byArticle = new LinkedHashMap<>();
            for (Entry entry : group) {
                byArticle.merge(entry.article(),
                        wording(outlets.get(entry.article()), entry.entity(), articles.get(entry.article())),
                        (x, y) -> new Wording(x.outlet(), union(x.names(), y.names()),
                                union(x.descriptions(), y.descriptions()), union(x.labels(), y.labels())));
            }
            actors.add(new Actor(fullest.entity().name(), fullest.entity().type(), participant, (int) articleCount,
                    new ArrayList<>(byArticle.values())));
        }
        actors.sort(Comparator.comparing((Actor actor) -> !actor.participant())
                .thenComparing(Comparator.comparingInt(Actor::articles).reversed()));
        return actors;
    }

    private record Entry(int article, Entity entity, boolean participant) {
        Set<String> names() {
            Set<String> names = new HashSet<>();
            names.add(entity.name().toLowerCase(Locale.ROOT));
            entity.aliases().forEach(alias -> names.add(alias.toLowerCase(Locale.ROOT)));
            return names;
        }
    }

    private static Set<String> participants(Analysis analysis) {
        Set<String> ids = new HashSet<>();
        for (Event event : analysis.events()) {
            for (EventArgument argument : new EventArgument[] {event.actor(), event.target()}) {
                if (argument != null && argument.entity() != null) {
                    ids.add(argument.entity());
                }
            }
        }
        return ids;
    }

    /** Entries that share a name, transitively, in order of first appearance. */
    private static List<List<Entry>> group(List<Entry> entries) {
        DisjointSets sets = new DisjointSets(entries.size());
        Map<String, Integer> firstWithName = new LinkedHashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            for (String name : entries.get(i).names()) {
                Integer first = firstWithName.putIfAbsent(name, i);
                if (first != null) {
                    sets.union(i, first);
                }
            }
        }
        Map<Integer, List<Entry>> groups = new LinkedHashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            groups.computeIfAbsent(sets.find(i), root -> new ArrayList<>()).add(entries.get(i));
        }
        return new ArrayList<>(groups.values());
    }


    /**
     * The names an article uses for an entity, the descriptions that refer to it and roles it gives it, and the
     * labels the framing stage found ("a group Tehran calls a terror cult" gives "a terror cult").
     */
    private static Wording wording(String outlet, Entity entity, Analysis analysis) {
        Set<String> names = new LinkedHashSet<>();
        Set<String> descriptions = new LinkedHashSet<>();
        for (Mention mention : entity.mentions()) {
            if (mention.kind() == MentionKind.NAME) {
                names.add(mention.text());
            } else if (mention.kind() == MentionKind.DESCRIPTION) {
                descriptions.add(mention.text());
            }
        }
        entity.roles().stream().map(Excerpt::text).forEach(descriptions::add);
        return new Wording(outlet, List.copyOf(names), List.copyOf(descriptions),
                analysis.framing().labelsOf(entity.id()));
    }

    private static <T> List<T> union(List<T> a, List<T> b) {
        Set<T> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }
}
