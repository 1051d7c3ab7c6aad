package org.lede.linking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.lede.model.Analysis;
import org.lede.model.Entity;
import org.lede.model.EntityLink;
import org.lede.model.EntityLink.KnowledgeBase;
import org.lede.model.EntityType;
import org.lede.model.Mention;
import org.lede.model.MentionKind;
import org.lede.model.Token;
import org.lede.pipeline.Stage;

/**
 * Links entities to knowledge bases: places (GPE, LOC) to GeoNames, with coordinates and country;
 * nationalities (NORP, and a country's adjective the recogniser left untyped, MISC) to their country's CAMEO
 * actor code; organisations and armed or political groups
 * to CAMEO actor codes. A nationality followed by a body of its state ("Albanian police", "the Iranian
 * army") becomes an organisation of that country, coded as CAMEO codes it: country then agent (ALBCOP).
 *
 * <p>A name several entries fit is settled only by what the article itself says or by a strong prior, in
 * this order: a country over a place of the same name; a place in a country the article names, unless a
 * national capital elsewhere is ten times its size; a national capital; a place ten times as populous as any
 * other of the name. Otherwise the entity gets no link and lists its candidates: an ambiguous name is reported, never guessed. When the article names countries,
 * a town of under 100,000 people elsewhere is no candidate at all: "Kinross" in a story about Britain is not
 * the South African town, though that is the only Kinross the table has. (Regions stay candidates: a
 * rugby report naming France still means England.) Places described relative to another
 * ("30 kilometres northwest of the capital") are not names and stay text.
 *
 * <p>Reads {@link Analysis#entities()} as the entity resolver left them; sets them with links, renumbered in
 * order of first mention when nationalities became organisations, and {@link Analysis#mentions()} to match.
 * Thread-safe: the tables are loaded once and read only.
 */
public final class EntityLinker implements Stage {
    /** How many candidates an ambiguous link lists, most populous first. */
    static final int MAX_CANDIDATES = 5;
    /** Towns smaller than this are candidates only in a country the article names, when it names any. */
    static final long MIN_POPULATION_ELSEWHERE = 100_000;
    /** How much more populous than any namesake a place must be to be taken as the one meant. */
    static final long DOMINANT_POPULATION_RATIO = 10;
    /**
     * Collective bodies of a state, the last word of an agent phrase a nationality may modify to make an
     * organisation. CAMEO codes people by their office too ("Albanian minister" ALBGOV), but a person is
     * no organisation, so agent phrases ending in other words are left alone.
     */
    static final Set<String> BODIES = Set.of("police", "government", "army", "military", "forces", "troops",
            "navy", "parliament", "ministry", "authorities", "intelligence", "judiciary", "cabinet", "guard",
            "gendarmerie", "legislature", "administration", "regime", "junta", "security", "opposition",
            "embassy", "court", "coastguard", "force", "senate", "congress");
    private static final int MAX_AGENT_TOKENS = 3;
    /**
     * Regions named by a plain English word for a part of any land or sea: "the Gulf" in a story about Iran is
     * not Gulf Province of Papua New Guinea, nor "the Delta" Nigeria's Delta State. Such a region is meant
     * only in a country the article names.
     */
    static final Set<String> GENERIC_REGION_NAMES = Set.of("gulf", "bay", "delta", "valley", "lakes", "islands",
            "coast", "central", "centre", "center", "north", "south", "east", "west", "northern", "southern",
            "eastern", "western", "far north", "north east", "capital", "border", "highlands", "plateau");
    private static final Comparator<Mention> MENTION_ORDER =
            Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end);

    private final PlaceTable places;
    private final ActorTable actors;

    public EntityLinker() {
        this(PlaceTable.load(), ActorTable.load());
    }

    EntityLinker(PlaceTable places, ActorTable actors) {
        this.places = places;
        this.actors = actors;
    }

    @Override
    public Analysis process(Analysis analysis) {
        List<Entity> entities = splitStateBodies(analysis);
        Set<String> countries = countriesNamed(entities);
        List<Entity> linked = new ArrayList<>(entities.size());
        for (Entity entity : entities) {
            linked.add(link(entity, countries));
        }
        if (linked.equals(analysis.entities())) {
            return analysis;
        }
        List<Mention> mentions = new ArrayList<>();
        linked.forEach(entity -> mentions.addAll(entity.mentions()));
        mentions.sort(MENTION_ORDER);
        return analysis.withMentions(mentions).withEntities(linked);
    }

    // ---- nationalities that name a body of their state ----

    /**
     * The entities with every NAME mention of a nationality that a state body follows ("Albanian" +
     * "police") moved into an organisation of its own, one per country and body, ids renumbered in order
     * of first mention. A nationality left without a name is dropped with its references.
     */
    private List<Entity> splitStateBodies(Analysis analysis) {
        Map<String, List<Mention>> bodies = new LinkedHashMap<>();
        Map<String, EntityLink> bodyLinks = new LinkedHashMap<>();
        Set<Mention> moved = new HashSet<>();
        Set<Integer> taken = tokensInMentions(analysis);
        for (Entity entity : analysis.entities()) {
            if (entity.type() != EntityType.NORP) {
                continue;
            }
            for (Mention mention : entity.mentions()) {
                if (mention.kind() != MentionKind.NAME) {
                    continue;
                }
                StateBody body = stateBody(analysis, mention, taken);
                if (body != null) {
                    bodies.computeIfAbsent(body.link().id(), id -> new ArrayList<>()).add(body.mention());
                    bodyLinks.put(body.link().id(), body.link());
                    moved.add(mention);
                }
            }
        }
        if (moved.isEmpty()) {
            return analysis.entities();
        }
        List<Entity> entities = new ArrayList<>();
        for (Entity entity : analysis.entities()) {
            List<Mention> kept = entity.mentions().stream().filter(m -> !moved.contains(m)).toList();
            if (kept.size() == entity.mentions().size()) {
                entities.add(entity);
            } else if (kept.stream().anyMatch(m -> m.kind() == MentionKind.NAME)) {
                entities.add(new Entity(entity.id(), entity.name(), entity.type(), entity.aliases(), entity.roles(),
                        kept));
            }
        }
        bodies.forEach((id, mentions) -> entities.add(new Entity(id, mentions.get(0).text(), EntityType.ORG,
                List.of(), List.of(), mentions, bodyLinks.get(id), List.of())));
        entities.sort(Comparator.comparing(entity -> entity.mentions().get(0), MENTION_ORDER));
        List<Entity> renumbered = new ArrayList<>(entities.size());
        for (Entity entity : entities) {
            renumbered.add(entity.withId("e" + (renumbered.size() + 1)));
        }
        return renumbered;
    }

    private record StateBody(Mention mention, EntityLink link) {
    }

    /** "Albanian police" when the nationality is a country's and a state body follows it, else null. */
    private StateBody stateBody(Analysis analysis, Mention nationality, Set<Integer> taken) {
        ActorTable.Actor country = countryActor(nationality.text());
        if (country == null) {
            return null;
        }
        List<Token> tokens = analysis.tokens();
        int sentenceEnd = sentenceEndOf(analysis, nationality.firstToken());
        for (int length = MAX_AGENT_TOKENS; length >= 1; length--) {
            int end = nationality.endToken() + length;
            if (end > sentenceEnd || !free(taken, nationality.endToken(), end)) {
                continue;
            }
            String phrase = analysis.article().text().substring(tokens.get(nationality.endToken()).start(),
                    tokens.get(end - 1).end());
            String lastWord = tokens.get(end - 1).lower();
            String agent = actors.agentCode(phrase);
            if (agent != null && BODIES.contains(lastWord)) {
                int start = nationality.start();
                int stop = tokens.get(end - 1).end();
                Mention body = new Mention(start, stop, analysis.article().text().substring(start, stop),
                        EntityType.ORG, MentionKind.NAME, nationality.firstToken(), end);
                return new StateBody(body, new EntityLink(KnowledgeBase.CAMEO, country.code() + agent, null, null,
                        country.country(), null));
            }
        }
        return null;
    }

    private static Set<Integer> tokensInMentions(Analysis analysis) {
        Set<Integer> taken = new HashSet<>();
        for (Mention mention : analysis.mentions()) {
            for (int i = mention.firstToken(); i < mention.endToken(); i++) {
                taken.add(i);
            }
        }
        return taken;
    }

    private static boolean free(Set<Integer> taken, int from, int to) {
        for (int i = from; i < to; i++) {
            if (taken.contains(i)) {
                return false;
            }
        }
        return true;
    }

    private static int sentenceEndOf(Analysis analysis, int token) {
        for (var sentence : analysis.sentences()) {
            if (sentence.firstToken() <= token && token < sentence.endToken()) {
                return sentence.endToken();
            }
        }
        return analysis.tokens().size();
    }

    /**
     * The CAMEO country a nationality or country name stands for: the one country it names, or of several
     * the one ten times as populous as any other ("American" is the United States, not its minor outlying
     * islands; "French" France, not French Polynesia); else null.
     */
    private ActorTable.Actor countryActor(String name) {
        List<ActorTable.Actor> countries = actors.named(name).stream()
                .filter(actor -> actor.kind() == ActorTable.Kind.COUNTRY).toList();
        if (countries.size() <= 1) {
            return countries.isEmpty() ? null : countries.get(0);
        }
        List<ActorTable.Actor> byPopulation = new ArrayList<>(countries);
        byPopulation.sort(Comparator.comparingLong(this::populationOf).reversed());
        long first = populationOf(byPopulation.get(0));
        return first >= DOMINANT_POPULATION_RATIO * populationOf(byPopulation.get(1)) ? byPopulation.get(0) : null;
    }

    private long populationOf(ActorTable.Actor country) {
        PlaceTable.Place place = country.country() == null ? null : places.country(country.country());
        return place == null ? 0 : place.population();
    }

    // ---- links ----

    /** The ISO codes of the countries the article names outright: as a country or by a nationality. */
    private Set<String> countriesNamed(List<Entity> entities) {
        Set<String> countries = new HashSet<>();
        for (Entity entity : entities) {
            if (entity.type() == EntityType.GPE) {
                for (PlaceTable.Place place : places.named(entity.name())) {
                    if (place.kind() == PlaceTable.Kind.COUNTRY) {
                        countries.add(place.country());
                    }
                }
            } else if (entity.type() == EntityType.NORP || entity.type() == EntityType.MISC) {
                ActorTable.Actor country = countryActor(entity.name());
                if (country != null && country.country() != null) {
                    countries.add(country.country());
                }
            }
        }
        return countries;
    }

    private Entity link(Entity entity, Set<String> countries) {
        if (entity.link() != null) {
            return entity;
        }
        List<EntityLink> candidates = switch (entity.type()) {
            case GPE, LOC -> placeLinks(entity, countries);
            case NORP, MISC -> nationalityLinks(entity);
            case ORG -> actorLinks(entity);
            default -> List.of();
        };
        if (candidates.isEmpty()) {
            return entity;
        }
        if (entity.type() == EntityType.MISC) {
            // A country's adjective the recogniser could not type ("Saudi") is a nationality.
            return new Entity(entity.id(), entity.name(), EntityType.NORP, entity.aliases(), entity.roles(),
                    entity.mentions(), candidates.get(0), List.of());
        }
        return candidates.size() == 1 ? entity.withLink(candidates.get(0), List.of())
                : entity.withLink(null, candidates);
    }

    /** The first of the entity's names that some place has, settled as far as the article allows. */
    private List<EntityLink> placeLinks(Entity entity, Set<String> countries) {
        for (String name : namesOf(entity)) {
            List<PlaceTable.Place> named = places.named(name);
            if (!named.isEmpty()) {
                return settle(name.toLowerCase(Locale.ROOT), named, countries).stream().map(this::placeLink)
                        .toList();
            }
        }
        return List.of();
    }

    /** The candidates left after each rule of the class comment, one when a rule decides. */
    static List<PlaceTable.Place> settle(String name, List<PlaceTable.Place> named, Set<String> countries) {
        List<PlaceTable.Place> candidates = only(named, place -> place.kind() == PlaceTable.Kind.COUNTRY);
        if (candidates.isEmpty()) {
            candidates = withoutRegionsNamedForTheirSeat(named);
        }
        List<PlaceTable.Place> inCountries = only(candidates, place -> countries.contains(place.country()));
        if (!inCountries.isEmpty()) {
            PlaceTable.Place capital = capitalDwarfing(candidates, inCountries);
            candidates = capital == null ? inCountries : List.of(capital);
        } else if (!countries.isEmpty()) {
            candidates = only(candidates, place -> place.kind() != PlaceTable.Kind.CITY
                    || place.population() >= MIN_POPULATION_ELSEWHERE);
        }
        if (inCountries.isEmpty()) {
            candidates = only(candidates, place -> place.kind() != PlaceTable.Kind.REGION
                    || !GENERIC_REGION_NAMES.contains(name));
        }
        if (candidates.isEmpty()) {
            return candidates;
        }
        if (candidates.size() > 1) {
            List<PlaceTable.Place> capitals = only(candidates, place -> place.kind() == PlaceTable.Kind.CAPITAL);
            if (capitals.size() == 1) {
                return capitals;
            }
        }
        List<PlaceTable.Place> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingLong(PlaceTable.Place::population).reversed());
        if (sorted.size() > 1 && sorted.get(0).population() >= DOMINANT_POPULATION_RATIO * sorted.get(1).population()) {
            return sorted.subList(0, 1);
        }
        return sorted.subList(0, Math.min(sorted.size(), MAX_CANDIDATES));
    }

    /**
     * A national capital far more populous than every namesake in the countries the article names, or
     * null. A story naming Canada and the United States still means the British capital by "London"; London,
     * Ontario, a twentieth of its size, must be said outright. Tripoli in Lebanon, a fifth of the Libyan
     * capital, still wins in a story naming Lebanon.
     */
    private static PlaceTable.Place capitalDwarfing(List<PlaceTable.Place> candidates,
            List<PlaceTable.Place> inCountries) {
        long largestInCountries = inCountries.stream().mapToLong(PlaceTable.Place::population).max().orElse(0);
        return candidates.stream()
                .filter(place -> place.kind() == PlaceTable.Kind.CAPITAL && !inCountries.contains(place))
                .filter(place -> place.population() >= DOMINANT_POPULATION_RATIO * largestInCountries)
                .findFirst().orElse(null);
    }

    /** Drops a region when a city of its country has the same name: "Tirana" in copy is the city. */
    private static List<PlaceTable.Place> withoutRegionsNamedForTheirSeat(List<PlaceTable.Place> named) {
        Set<String> countriesWithCity = new HashSet<>();
        for (PlaceTable.Place place : named) {
            if (place.kind() == PlaceTable.Kind.CITY || place.kind() == PlaceTable.Kind.CAPITAL) {
                countriesWithCity.add(place.country());
            }
        }
        return only(named, place -> place.kind() != PlaceTable.Kind.REGION
                || !countriesWithCity.contains(place.country()));
    }

    private static <T> List<T> only(List<T> items, Predicate<T> keep) {
        return items.stream().filter(keep).toList();
    }

    private EntityLink placeLink(PlaceTable.Place place) {
        return new EntityLink(KnowledgeBase.GEONAMES, place.id(), place.lat(), place.lon(), place.country(),
                place.cameo());
    }

    private List<EntityLink> nationalityLinks(Entity entity) {
        for (String name : namesOf(entity)) {
            ActorTable.Actor country = countryActor(name);
            if (country != null) {
                return List.of(actorLink(country));
            }
        }
        return List.of();
    }

    /**
     * The organisations or groups the first matching name may be; for a name a nationality opens ("Iranian
     * Foreign Ministry") the country's body, when the rest is an agent phrase.
     */
    private List<EntityLink> actorLinks(Entity entity) {
        for (String name : namesOf(entity)) {
            List<EntityLink> links = actors.named(name).stream()
                    .filter(actor -> actor.kind() != ActorTable.Kind.COUNTRY)
                    .map(this::actorLink).distinct().limit(MAX_CANDIDATES).toList();
            if (!links.isEmpty()) {
                return links;
            }
            int space = name.indexOf(' ');
            if (space > 0) {
                ActorTable.Actor country = countryActor(name.substring(0, space));
                String agent = actors.agentCode(name.substring(space + 1));
                if (country != null && agent != null) {
                    return List.of(new EntityLink(KnowledgeBase.CAMEO, country.code() + agent, null, null,
                            country.country(), null));
                }
            }
        }
        return List.of();
    }

    private EntityLink actorLink(ActorTable.Actor actor) {
        return new EntityLink(KnowledgeBase.CAMEO, actor.code(), null, null, actor.country(), null);
    }

    private static List<String> namesOf(Entity entity) {
        List<String> names = new ArrayList<>();
        names.add(entity.name());
        names.addAll(entity.aliases());
        return names;
    }
}
