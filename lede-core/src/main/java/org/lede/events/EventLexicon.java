package org.lede.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lede.model.Event.Casualty;
import org.lede.text.WordTable;

/**
 * The words that state events and the CAMEO codes they carry, read once from the resources under
 * {@code org/lede/events/}: {@code triggers.tsv} (trigger words), {@code casualties.tsv} (words that report
 * people killed, injured, arrested or displaced) and {@code cameo-codes.tsv} (every CAMEO code with its
 * description and Goldstein score, derived from GDELT's lookup tables).
 */
public final class EventLexicon {

    /** Whether a trigger word is a verb, a noun, or either, to be decided in its sentence. */
    enum PartOfSpeech { VERB, NOUN, BOTH }

    /**
     * A trigger word.
     *
     * @param sense the code, or the code and a name for words the code lumps together ("173/ruling"): a
     *              definite noun only takes up an earlier event of the same sense
     * @param needs words of which one must follow within a few tokens ("signed" an "agreement"); empty when
     *              the word is enough
     * @param notBefore words that, right after it, make it no event ("ruled out", "arrest warrant")
     * @param needsViolence true for words news also uses figuratively ("a bid battle"): they count only in a
     *                      sentence with a word of violence
     * @param after words of which one must stand shortly before it, the verb whose subject and object are the
     *              event's ("found guilty"); empty when the word is enough
     * @param rightAfter words of which one must stand right before it, with which it makes a compound ("air
     *                   strikes"); empty when the word is enough
     */
    record Trigger(String code, String sense, PartOfSpeech pos, Set<String> needs, Set<String> notBefore,
                   boolean needsViolence, Set<String> after, Set<String> rightAfter) {
    }

    /** A CAMEO code: its description and its Goldstein conflict–cooperation score. */
    public record Code(String code, String description, double goldstein) {
    }

    /** Each form's readings in the order of the file: the first whose context allows it is the one meant. */
    private final WordTable<List<Trigger>> triggers;
    private final WordTable<Casualty> casualties;
    private final Map<String, Code> codes;
    private final Set<String> verbsOnly;

    private EventLexicon(WordTable<List<Trigger>> triggers, WordTable<Casualty> casualties, Map<String, Code> codes,
                         Set<String> verbsOnly) {
        this.triggers = triggers;
        this.verbsOnly = verbsOnly;
        this.casualties = casualties;
        this.codes = codes;
    }

    public static EventLexicon load() {
        Map<String, Code> codes = new LinkedHashMap<>();
        for (String[] row : rows("cameo-codes.tsv")) {
            codes.put(row[0], new Code(row[0], row[2], Double.parseDouble(row[1])));
        }
        Map<String, List<Trigger>> triggers = new HashMap<>();
        for (String[] row : rows("triggers.tsv")) {
            String code = row[0].split("/")[0];
            if (!codes.containsKey(code)) {
                throw new IllegalStateException("triggers.tsv: unknown CAMEO code " + row[0]);
            }
            PartOfSpeech pos = PartOfSpeech.valueOf(row[1].toUpperCase(java.util.Locale.ROOT));
            Set<String> needs = new java.util.HashSet<>();
            Set<String> notBefore = new java.util.HashSet<>();
            Set<String> after = new java.util.HashSet<>();
            Set<String> rightAfter = new java.util.HashSet<>();
            boolean needsViolence = false;
            for (String word : row.length > 3 ? row[3].split(" ") : new String[0]) {
                if (word.equals("@violence")) {
                    needsViolence = true;
                } else if (word.startsWith("!")) {
                    notBefore.add(word.substring(1));
                } else if (word.startsWith("^")) {
                    after.add(word.substring(1));
                } else if (word.startsWith("<")) {
                    rightAfter.add(word.substring(1));
                } else {
                    needs.add(word);
                }
            }
            for (String form : row[2].split(" ")) {
                triggers.computeIfAbsent(form, f -> new ArrayList<>()).add(new Trigger(code, row[0], pos,
                        Set.copyOf(needs), Set.copyOf(notBefore), needsViolence, Set.copyOf(after),
                        Set.copyOf(rightAfter)));
            }
        }
        triggers.replaceAll((form, readings) -> List.copyOf(readings));
        Map<String, Casualty> casualties = new HashMap<>();
        for (String[] row : rows("casualties.tsv")) {
            casualties.put(row[0], Casualty.valueOf(row[1]));
        }
        Set<String> verbsOnly = new java.util.HashSet<>();
        triggers.forEach((form, readings) -> {
            if (readings.stream().allMatch(reading -> reading.pos() == PartOfSpeech.VERB)) {
                verbsOnly.add(form);
            }
        });
        return new EventLexicon(WordTable.of(triggers), WordTable.of(casualties), Map.copyOf(codes),
                Set.copyOf(verbsOnly));
    }

    /**
     * The readings of a token form as a trigger, in the order of the file, or null when it is none: "seized"
     * is an abduction when "hostages" follows and a seizure otherwise.
     */
    List<Trigger> readings(String form) {
        return triggers.get(form);
    }

    /**
     * The forms the lexicon reads as verbs only ("convicts", "arrested"), never as nouns: in a headline in title
     * case such a word is the headline's verb, whatever its capital suggests.
     */
    public Set<String> verbsOnly() {
        return verbsOnly;
    }

    /** Whether a token form is a trigger in some reading. */
    boolean isTrigger(String form) {
        return triggers.get(form) != null;
    }

    /**
     * Whether a phrase stops at a token form: at any trigger word ("attack", "guilty"), but not at a noun that
     * is a trigger only with words around it, which otherwise names a thing in a phrase: "the way the Iraq war
     * was sold" (a war is an event only after "waged" or before "broke out"), "a strike", "her trial".
     */
    boolean endsPhrase(String form) {
        List<Trigger> readings = triggers.get(form);
        return readings != null && readings.stream().anyMatch(reading -> reading.pos() != PartOfSpeech.NOUN
                || reading.needs().isEmpty() && reading.after().isEmpty() && reading.rightAfter().isEmpty());
    }

    /** The count a token form reports ("killed" → KILLED), or null. */
    Casualty casualty(String form) {
        return casualties.get(form);
    }

    /** The code with this number; every code a trigger carries is known. */
    public Code code(String code) {
        return codes.get(code);
    }

    /** The root category of a code: "FIGHT" for "190". */
    public String rootName(String code) {
        return codes.get(code.substring(0, 2)).description();
    }

    private static List<String[]> rows(String name) {
        String resource = "/org/lede/events/" + name;
        InputStream in = EventLexicon.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.strip().split("\t"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
        return rows;
    }
}
