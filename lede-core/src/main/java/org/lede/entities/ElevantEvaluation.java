package org.lede.entities;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.lede.eval.Counts;
import org.lede.eval.EvalReport;
import org.lede.model.Analysis;
import org.lede.model.Article;
import org.lede.model.Entity;
import org.lede.model.EntityType;
import org.lede.model.Mention;
import org.lede.model.MentionKind;
import org.lede.model.Token;
import org.lede.text.TextAnalyzer;

/**
 * Scores the alias grouping of {@link EntityResolver} on the ELEVANT entity-linking benchmarks: the gold
 * mentions linked to a Wikidata id go in as NAME mentions, as name recognition would give them, and the
 * entities Lede groups them into are compared with the gold grouping, in which mentions that share an id
 * are one entity ("Bob Nardelli" and "Nardelli", "U.S." and "United States").
 *
 * <p>Per benchmark ({@code NAME.benchmark.jsonl}) it reports B-cubed precision, recall and F1 over the
 * mentions (for each mention, the share of its Lede entity that is its gold entity, and the share of its
 * gold entity that is in its Lede entity, averaged over mentions), and pairwise counts: two mentions put in
 * one entity against two mentions of one Wikidata id. Only proper names are scored, read as for ECB+
 * ({@link EcbPlusEvaluation#isProperName}): not mentions linked to no id (NIL), pronouns, descriptions and
 * numbers (some benchmarks link those too, flagged as coreference or not), nor mentions outside a
 * document's evaluation span, off token boundaries or overlapping one before it.
 */
public final class ElevantEvaluation {
    private static final Pattern WIKIDATA_ID = Pattern.compile("Q[0-9]+");
    private static final String SUFFIX = ".benchmark.jsonl";

    private final ObjectMapper json = new ObjectMapper();
    private final TextAnalyzer text = new TextAnalyzer();
    private final EntityResolver resolver = new EntityResolver();

    /** B-cubed sums over mentions: precision and recall of each mention, added up. */
    private static final class BCubed {
        double precision;
        double recall;
        int mentions;

        double f1() {
            double p = precision / mentions;
            double r = recall / mentions;
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** Scores every {@code *.benchmark.jsonl} in {@code folder}, each benchmark apart and all together. */
    public EvalReport evaluate(Path folder) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(SUFFIX)).sorted().toList();
        }
        if (files.isEmpty()) {
            throw new IOException(folder + ": no ELEVANT *" + SUFFIX + " files");
        }
        Map<String, Counts> pairs = new LinkedHashMap<>();
        Map<String, Number> extra = new LinkedHashMap<>();
        Counts allPairs = Counts.ZERO;
        BCubed all = new BCubed();
        int documents = 0;
        for (Path file : files) {
            String benchmark = file.getFileName().toString().replace(SUFFIX, "");
            BCubed bcubed = new BCubed();
            Counts benchmarkPairs = Counts.ZERO;
            try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                String line;
                while ((line = reader.readLine()) != null) {
                    if (!line.isBlank()) {
                        benchmarkPairs = benchmarkPairs.plus(score(json.readTree(line), bcubed));
                        documents++;
                    }
                }
            }
            pairs.put(benchmark, benchmarkPairs);
            allPairs = allPairs.plus(benchmarkPairs);
            putBCubed(extra, benchmark, bcubed);
            all.precision += bcubed.precision;
            all.recall += bcubed.recall;
            all.mentions += bcubed.mentions;
        }
        putBCubed(extra, "all", all);
        extra.put("documents", documents);
        return new EvalReport("entities elevant alias grouping (gold names in): same-entity mention pairs;"
                + " B-cubed per benchmark below", allPairs, pairs, extra);
    }

    private static void putBCubed(Map<String, Number> extra, String benchmark, BCubed bcubed) {
        extra.put(benchmark + " b3 precision", bcubed.mentions == 0 ? 0.0 : bcubed.precision / bcubed.mentions);
        extra.put(benchmark + " b3 recall", bcubed.mentions == 0 ? 0.0 : bcubed.recall / bcubed.mentions);
        extra.put(benchmark + " b3 f1", bcubed.mentions == 0 ? 0.0 : bcubed.f1());
        extra.put(benchmark + " mentions", bcubed.mentions);
    }

    /** Adds one document's B-cubed sums and returns its pair counts. */
    private Counts score(JsonNode document, BCubed bcubed) {
        String body = document.path("text").asText();
        Analysis analysis = text.process(Analysis.of(Article.of(body)));
        Map<Integer, Integer> tokenAt = new HashMap<>();
        Map<Integer, Integer> tokenEndingAt = new HashMap<>();
        for (int i = 0; i < analysis.tokens().size(); i++) {
            Token token = analysis.tokens().get(i);
            tokenAt.put(token.start(), i);
            tokenEndingAt.put(token.end(), i + 1);
        }
        JsonNode span = document.path("evaluation_span");
        int from = span.isArray() ? span.get(0).asInt() : 0;
        int to = span.isArray() ? span.get(1).asInt() : body.length();
        List<JsonNode> labels = new ArrayList<>();
        document.path("labels").forEach(labels::add);
        labels.sort(Comparator.comparingInt(l -> l.path("span").get(0).asInt()));
        List<Mention> names = new ArrayList<>();
        Map<Mention, String> goldId = new HashMap<>();
        int covered = 0;
        for (JsonNode label : labels) {
            int start = label.path("span").get(0).asInt();
            int end = label.path("span").get(1).asInt();
            String id = label.path("entity_id").asText();
            Integer first = tokenAt.get(start);
            Integer stop = tokenEndingAt.get(end);
            if (!WIKIDATA_ID.matcher(id).matches() || label.path("coref").asBoolean(false) || start < from
                    || end > to || start < covered || first == null || stop == null
                    || !EcbPlusEvaluation.isProperName(body.substring(start, end), body)) {
                continue;
            }
            Mention name = new Mention(start, end, body.substring(start, end), typeOf(label.path("type").asText()),
                    MentionKind.NAME, first, stop);
            names.add(name);
            goldId.put(name, id);
            covered = end;
        }
        Analysis resolved = resolver.process(analysis.withMentions(names));
        Map<Mention, String> entityOf = new HashMap<>();
        for (Entity entity : resolved.entities()) {
            entity.mentions().forEach(m -> entityOf.put(m, entity.id()));
        }
        // A name the resolver dropped stands alone, as a singleton entity would.
        Map<Mention, String> systemId = new HashMap<>();
        for (Mention name : names) {
            systemId.put(name, entityOf.getOrDefault(name, "alone@" + name.start()));
        }
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (Mention m : names) {
            int both = 0;
            int system = 0;
            int gold = 0;
            for (Mention other : names) {
                boolean sameSystem = systemId.get(m).equals(systemId.get(other));
                boolean sameGold = goldId.get(m).equals(goldId.get(other));
                system += sameSystem ? 1 : 0;
                gold += sameGold ? 1 : 0;
                both += sameSystem && sameGold ? 1 : 0;
                if (other.start() > m.start()) {
                    tp += sameSystem && sameGold ? 1 : 0;
                    fp += sameSystem && !sameGold ? 1 : 0;
                    fn += !sameSystem && sameGold ? 1 : 0;
                }
            }
            bcubed.precision += (double) both / system;
            bcubed.recall += (double) both / gold;
            bcubed.mentions++;
        }
        return new Counts(tp, fp, fn);
    }

    /** Lede's type for Wikidata's coarse types ("Q215627" person, "Q27096213|Q43229" a country). */
    static EntityType typeOf(String wikidataTypes) {
        List<String> types = List.of(wikidataTypes.split("\\|"));
        if (types.contains("Q215627")) {
            return EntityType.PERSON;
        }
        if (types.contains("Q27096213")) {
            return EntityType.GPE;
        }
        if (types.contains("Q43229")) {
            return EntityType.ORG;
        }
        return types.contains("Q33829") ? EntityType.NORP : EntityType.MISC;
    }
}
