package org.lede.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Another system's entity mentions over one document's text, read from the JSON the CoreNLP harness
 * ({@code ../shared/bench/corenlp-anchor}) writes per article: {@code {"entities": [{"type", "begin",
 * "end"}, …]}}, offsets in UTF-16 units, end exclusive. Types are put into CoNLL-2003's four; every other
 * type (CoreNLP's DATE, NUMBER, MONEY, PERCENT, TIME, DURATION, ORDINAL, SET …) has no CoNLL
 * counterpart, so its tokens count as O, and it is only counted. So are personal pronouns typed as people:
 * CoreNLP's entity-mention step adds one for every he, his, she, her … (for relation extraction) although
 * its tagger marks those tokens O, and CoNLL-2003 never tags a pronoun.
 *
 * @param scored        mentions with a CoNLL type as label
 * @param ignoredByType how many mentions of each other type were left out
 */
public record PredictedMentions(List<LabelledSpan> scored, Map<String, Integer> ignoredByType) {
    /** CoreNLP's names for the CoNLL types, and the CoNLL names themselves for systems that use those. */
    private static final Map<String, String> CONLL_TYPE = Map.of(
            "PERSON", "PER", "PER", "PER",
            "LOCATION", "LOC", "LOC", "LOC",
            "ORGANIZATION", "ORG", "ORG", "ORG",
            "MISC", "MISC");
    /** The pronouns CoreNLP's entity-mention step turns into PERSON mentions (its male and female lists). */
    private static final Set<String> PERSONAL_PRONOUNS =
            Set.of("he", "him", "his", "himself", "she", "her", "hers", "herself");
    /** The key pronoun mentions are counted under in {@link #ignoredByType()}. */
    public static final String PRONOUN = "PRONOUN";

    public PredictedMentions {
        scored = List.copyOf(scored);
        ignoredByType = java.util.Collections.unmodifiableMap(new TreeMap<>(ignoredByType));
    }

    public static PredictedMentions read(String document, Path json) throws IOException {
        return of(document, new ObjectMapper().readTree(json.toFile()));
    }

    public static PredictedMentions of(String document, JsonNode root) throws IOException {
        JsonNode entities = root.path("entities");
        if (!entities.isArray()) {
            throw new IOException(document + ": no \"entities\" list");
        }
        List<LabelledSpan> scored = new ArrayList<>();
        Map<String, Integer> ignored = new TreeMap<>();
        for (JsonNode entity : entities) {
            String type = entity.path("type").asText();
            String conllType = CONLL_TYPE.get(type);
            if (PERSONAL_PRONOUNS.contains(entity.path("text").asText().toLowerCase(Locale.ROOT))) {
                ignored.merge(PRONOUN, 1, Integer::sum);
            } else if (conllType == null) {
                ignored.merge(type, 1, Integer::sum);
            } else {
                scored.add(new LabelledSpan(document, conllType, entity.path("begin").asInt(), entity.path("end").asInt()));
            }
        }
        return new PredictedMentions(scored, ignored);
    }
}
