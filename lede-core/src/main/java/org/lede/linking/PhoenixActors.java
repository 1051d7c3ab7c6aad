package org.lede.linking;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a PETRARCH/Phoenix actor dictionary: records of a primary phrase, synonyms on lines starting with
 * '+', and codes in brackets on the phrase's line or on tab-indented lines after it, each code optionally
 * restricted to dates ("[IGOWSTNAT 991014-031217]"). Comments start with '#'.
 */
public final class PhoenixActors {
    private static final Pattern CODE = Pattern.compile("\\[\\s*~?([A-Z0-9]*)([^\\]]*)\\]");
    private static final Pattern PARENTHESISED = Pattern.compile("\\(([^)]*)\\)");

    /**
     * One actor record.
     *
     * @param names     the primary phrase and its synonyms, underscores made spaces, brackets dropped
     * @param codes     the codes without date restrictions
     * @param current   the codes still valid today: without restriction or from a date on ("[ARM >911221]")
     * @param dated     whether any code is restricted to dates: a person holding an office for a while
     */
    record Actor(List<String> names, List<String> codes, List<String> current, boolean dated) {
    }

    private PhoenixActors() {
    }

    /**
     * The names of the organisations and groups of the international and non-state actor dictionaries
     * in a Phoenix dictionaries folder, as written there (upper case, underscores made spaces), without the
     * office holders, whose codes are restricted to dates. A leading "THE" is dropped: running text
     * writes "the United Nations" with a lower-case article that is no part of the name.
     */
    public static List<String> organisationNames(Path dictionaries) throws IOException {
        List<String> names = new ArrayList<>();
        for (String file : List.of("Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt")) {
            for (Actor actor : read(dictionaries.resolve(file))) {
                if (!actor.dated() && !actor.codes().isEmpty()) {
                    actor.names().forEach(name -> names.add(name.startsWith("THE ") ? name.substring(4) : name));
                }
            }
        }
        return names;
    }

    static List<Actor> read(Path file) throws IOException {
        List<Actor> actors = new ArrayList<>();
        List<String> names = null;
        List<String> codes = null;
        List<String> current = null;
        boolean[] dated = {false};
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                int hash = line.indexOf('#');
                String content = hash >= 0 ? line.substring(0, hash) : line;
                if (content.isBlank()) {
                    continue;
                }
                boolean continuation = content.startsWith("+") || Character.isWhitespace(content.charAt(0));
                if (!continuation || names == null) {
                    if (names != null) {
                        actors.add(new Actor(names, codes, current, dated[0]));
                    }
                    names = new ArrayList<>();
                    codes = new ArrayList<>();
                    current = new ArrayList<>();
                    dated[0] = false;
                }
                String phrase = content.startsWith("+") ? content.substring(1) : content;
                int bracket = phrase.indexOf('[');
                readCodes(phrase, codes, current, dated);
                if (!Character.isWhitespace(content.charAt(0))) {
                    addName(names, bracket >= 0 ? phrase.substring(0, bracket) : phrase);
                }
            }
        }
        if (names != null) {
            actors.add(new Actor(names, codes, current, dated[0]));
        }
        return actors;
    }

    private static void readCodes(String phrase, List<String> codes, List<String> current, boolean[] dated) {
        Matcher code = CODE.matcher(phrase);
        while (code.find()) {
            String restriction = code.group(2).strip();
            if (code.group(1).isEmpty()) {
                continue;
            }
            if (restriction.isEmpty()) {
                codes.add(code.group(1));
                current.add(code.group(1));
            } else {
                dated[0] = true;
                if (restriction.startsWith(">")) {
                    current.add(code.group(1));
                }
            }
        }
    }

    /** Adds "Aden Abyan Islamic Army" for "ADEN_ABYAN_ISLAMIC_ARMY_(AAIA)_", and the acronym on its own. */
    private static void addName(List<String> names, String phrase) {
        int brace = phrase.indexOf('{');
        String cleaned = (brace >= 0 ? phrase.substring(0, brace) : phrase).replace('_', ' ');
        Matcher bracketed = PARENTHESISED.matcher(cleaned);
        while (bracketed.find()) {
            String inside = bracketed.group(1).strip();
            if (inside.length() >= 3 && inside.chars().allMatch(Character::isUpperCase)) {
                names.add(inside);
            }
        }
        String name = PARENTHESISED.matcher(cleaned).replaceAll(" ").strip().replaceAll("\\s+", " ");
        if (!name.isEmpty() && name.chars().anyMatch(Character::isLetter)) {
            names.add(name);
        }
    }
}
