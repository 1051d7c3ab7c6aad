package org.lede.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Another system's entity mentions over one document's text, read from the JSON the CoreNLP harness
 * ({@code ../shared/bench/corenlp-anchor}) writes per article: {@code {"entities": [{"type", "begin",
 * "end"}, …]}}, offsets in UTF-16 units, end exclusive. Types are put into CoNLL-2003's four; every other
 * type (CoreNLP's DATE, NUMBER, MONEY, PERCENT, TIME, DURATION, ORDINAL, SET …) has no CoNLL
 * counterpart, so its tokens count as O, and it is only counted.
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
            if (conllType == null) {
                ignored.merge(type, 1, Integer::sum);
            } else {
                scored.add(new LabelledSpan(document, conllType, entity.path("begin").asInt(), entity.path("end").asInt()));
            }
        }
        return new PredictedMentions(scored, ignored);
    }
}
