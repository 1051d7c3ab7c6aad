package org.lede.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.lede.entities.EcbPlusReader;
import org.lede.entities.EcbPlusReader.GoldDocument;
import org.lede.entities.EcbPlusReader.GoldMention;
import org.lede.eval.Counts;
import org.lede.eval.CorefScores;
import org.lede.eval.EvalReport;
import org.lede.model.Analysis;
import org.lede.model.Article;
import org.lede.model.Event;
import org.lede.model.Excerpt;
import org.lede.pipeline.Pipeline;

/**
 * Scores {@link ArticleClusterer} and cross-document event coreference on ECB+.
 * <ul>
 *   <li>Documents: ECB+ gathers, per topic, articles on two different real events (its ECB and ECB+
 *       halves, "1_3ecb.xml" and "1_3ecbplus.xml"); those halves are the gold clusters. B-cubed over
 *       documents.</li>
 *   <li>Event mentions: the gold action mentions (ACTION_* and NEG_*) are given, and Lede chains them: two
 *       mentions corefer when their articles fall in one predicted cluster and their head words share a
 *       stem, or when the event layer merged them into one event of one article. Scored against ECB+'s
 *       cross-document chains (a mention in none is its own chain) with MUC, B-cubed and CEAF-e, and their
 *       mean, the CoNLL F1, over all 43 topics (Lede learns nothing from ECB+).</li>
 * </ul>
 */
public final class EcbPlusClusterEvaluation {
    private final Pipeline pipeline;
    private final ArticleClusterer clusterer;

    public EcbPlusClusterEvaluation(Pipeline pipeline, ArticleClusterer clusterer) {
        this.pipeline = pipeline;
        this.clusterer = clusterer;
    }

    /** The ECB+ documents under {@code root} (the folder of topic folders), in name order. */
    public static List<Path> documents(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        }
    }

    /** Scores the documents; {@code onDocument} runs after each is analysed. */
    public EvalReport evaluate(List<Path> files, Runnable onDocument) throws IOException {
        EcbPlusReader reader = new EcbPlusReader();
        List<GoldDocument> gold = new ArrayList<>();
        List<Analysis> analyses = new ArrayList<>();
        for (Path file : files) {
            GoldDocument document = reader.read(file);
            gold.add(document);
            analyses.add(pipeline.analyze(Article.of(document.text())));
            onDocument.run();
        }
        List<List<Integer>> clusters = clusterer.cluster(analyses);
        List<String> goldDocuments = gold.stream().map(EcbPlusClusterEvaluation::seminalEvent).toList();
        List<String> predictedDocuments = labels(gold.size(), clusters);
        Counts documents = CorefScores.bCubed(goldDocuments, predictedDocuments);

        List<String> key = new ArrayList<>();
        List<String> response = chainMentions(gold, analyses, clusters, key);
        Map<String, Counts> byType = new LinkedHashMap<>();
        byType.put("documents b-cubed", documents);
        byType.put("mentions muc", CorefScores.muc(key, response));
        byType.put("mentions b-cubed", CorefScores.bCubed(key, response));
        byType.put("mentions ceaf-e", CorefScores.ceafE(key, response));
        Map<String, Number> extra = new LinkedHashMap<>();
        extra.put("mentions_conll_f1", CorefScores.conllF1(key, response));
        extra.put("documents", gold.size());
        extra.put("gold_clusters", goldDocuments.stream().distinct().count());
        extra.put("predicted_clusters", clusters.size());
        extra.put("event_mentions", key.size());
        return new EvalReport("clusters ECB+ (overall: documents b-cubed)", documents, byType, extra);
    }

    /** "1_3ecbplus.xml" reports the topic's ECB+ event, "1_3ecb.xml" its ECB event. */
    private static String seminalEvent(GoldDocument document) {
        String name = document.name();
        return name.substring(0, name.indexOf('_')) + (name.contains("ecbplus") ? "+" : "");
    }

    private static List<String> labels(int n, List<List<Integer>> clusters) {
        String[] labels = new String[n];
        for (int c = 0; c < clusters.size(); c++) {
            for (int member : clusters.get(c)) {
                labels[member] = "c" + c;
            }
        }
        return List.of(labels);
    }

    /** Fills {@code key} with the gold chain of every action mention and returns Lede's chain of each. */
    private static List<String> chainMentions(List<GoldDocument> gold, List<Analysis> analyses,
                                              List<List<Integer>> clusters, List<String> key) {
        List<int[]> mentions = new ArrayList<>(); // {document, index in its actions}
        for (int d = 0; d < gold.size(); d++) {
            List<GoldMention> actions = gold.get(d).actions();
            for (int m = 0; m < actions.size(); m++) {
                GoldMention mention = actions.get(m);
                key.add(mention.chain() != null ? mention.chain() : gold.get(d).name() + "#" + m);
                mentions.add(new int[] {d, m});
            }
        }
        DisjointSets sets = new DisjointSets(mentions.size());
        Map<Integer, List<Integer>> mentionsOfDocument = new HashMap<>();
        for (int i = 0; i < mentions.size(); i++) {
            mentionsOfDocument.computeIfAbsent(mentions.get(i)[0], d -> new ArrayList<>()).add(i);
        }
        for (List<Integer> cluster : clusters) {
            Map<String, Integer> byStem = new HashMap<>();
            for (int d : cluster) {
                GoldDocument document = gold.get(d);
                for (int i : mentionsOfDocument.getOrDefault(d, List.of())) {
                    GoldMention mention = document.actions().get(mentions.get(i)[1]);
                    String stem = stem(document.text().substring(mention.start(), mention.end()));
                    Integer first = byStem.putIfAbsent(stem, i);
                    if (first != null) {
                        sets.union(first, i);
                    }
                }
                for (Event event : analyses.get(d).events()) {
                    int first = -1;
                    for (int i : mentionsOfDocument.getOrDefault(d, List.of())) {
                        GoldMention mention = document.actions().get(mentions.get(i)[1]);
                        if (event.mentions().stream().anyMatch(t -> overlaps(t, mention))) {
                            if (first >= 0) {
                                sets.union(first, i);
                            }
                            first = first < 0 ? i : first;
                        }
                    }
                }
            }
        }
        List<String> response = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            response.add("r" + sets.find(i));
        }
        return response;
    }

    private static boolean overlaps(Excerpt trigger, GoldMention mention) {
        return trigger.start() < mention.end() && mention.start() < trigger.end();
    }

    /** The last word of a mention, lower-cased, without its commonest inflections ("raids", "raided" → "raid"). */
    static String stem(String text) {
        String word = text.substring(text.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        if (word.endsWith("ies") && word.length() > 4) {
            return word.substring(0, word.length() - 3) + "y";
        }
        for (String suffix : new String[] {"ing", "ed", "es", "s"}) {
            if (word.endsWith(suffix) && word.length() > suffix.length() + 2) {
                return word.substring(0, word.length() - suffix.length());
            }
        }
        return word;
    }


}
