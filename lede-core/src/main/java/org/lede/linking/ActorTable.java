package org.lede.linking;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * CAMEO actors by name, from the Phoenix dictionaries by way of {@link LinkTableBuilder}: countries (with
 * their adjectives and demonyms: "Albanian" is ALB), international organisations and armed or political
 * groups; and the agent nouns that code what part of a country an actor is ("police" COP). Immutable once
 * loaded.
 */
public final class ActorTable {
    static final String RESOURCE_NAME = "cameo-actors.tsv.gz";

    /** What an actor is. */
    public enum Kind { COUNTRY, ORGANISATION, GROUP }

    /**
     * One CAMEO actor.
     *
     * @param country ISO 3166-1 alpha-2 code of the country it belongs to, or null (international)
     */
    public record Actor(Kind kind, String code, String country) {
    }

    private final Map<String, List<Actor>> byName;
    private final Map<String, String> agentCodes;

    private ActorTable(Map<String, List<Actor>> byName, Map<String, String> agentCodes) {
        this.byName = byName;
        this.agentCodes = agentCodes;
    }

    /** The table shipped in the jar. */
    public static ActorTable load() {
        return read(rows -> TableFile.read(RESOURCE_NAME, rows));
    }

    /** A table file {@link LinkTableBuilder} wrote. */
    static ActorTable read(Path file) {
        return read(rows -> TableFile.read(file, rows));
    }

    private static ActorTable read(Consumer<Consumer<String[]>> table) {
        Map<String, List<Actor>> byName = new HashMap<>(1 << 15);
        Map<String, String> agentCodes = new HashMap<>(1 << 12);
        table.accept(columns -> {
            if (columns[0].equals("AGENT")) {
                for (String key : TableFile.list(columns[3])) {
                    agentCodes.putIfAbsent(key, columns[1]);
                }
                return;
            }
            Actor actor = new Actor(Kind.valueOf(columns[0]), columns[1], columns[2].isEmpty() ? null : columns[2]);
            for (String key : TableFile.list(columns[3])) {
                TableFile.index(byName, key, actor);
            }
        });
        return new ActorTable(byName, agentCodes);
    }

    /** The actors a name may be; empty when none. */
    public List<Actor> named(String name) {
        return byName.getOrDefault(LinkKeys.of(name), List.of());
    }

    /** The CAMEO agent code of a noun phrase ("police" COP, "armed forces" MIL), or null. */
    public String agentCode(String phrase) {
        return agentCodes.get(LinkKeys.of(phrase));
    }
}
