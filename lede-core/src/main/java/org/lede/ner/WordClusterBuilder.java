package org.lede.ner;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.lede.io.AtomicFile;
import org.lede.model.Analysis;
import org.lede.model.Article;
import org.lede.model.Sentence;
import org.lede.model.Token;
import org.lede.text.TextAnalyzer;

/**
 * Learns {@link WordClusters} from unlabeled text: a cheap stand-in for Brown clustering that keeps what
 * the tagger uses from it, a tree of clusters of words that occur in like contexts.
 *
 * <p>Each word seen at least {@code minCount} times is described by the words just before and just after
 * it (among the {@value #CONTEXT_WORDS} most frequent), weighted by positive pointwise mutual information
 * and scaled to unit length; spherical k-means splits the words into {@code BRANCHING[0]} clusters, each of
 * those again, and so on down the levels. Deterministic for a given input and seed.
 */
public final class WordClusterBuilder {
    /** The most frequent words serve as contexts. */
    static final int CONTEXT_WORDS = 1000;
    private static final int ITERATIONS = 12;

    private final int minCount;
    private final long seed;

    public WordClusterBuilder(int minCount, long seed) {
        this.minCount = minCount;
        this.seed = seed;
    }

    /** Word counts and the counts of its left and right neighbours, built up one sentence at a time. */
    public static final class Corpus {
        private final Map<String, Integer> ids = new HashMap<>();
        private final List<String> words = new ArrayList<>();
        private final List<int[]> sentences = new ArrayList<>();
        private long tokens;

        private final TextAnalyzer text = new TextAnalyzer();

        /** Adds the sentences of a text, tokenised as Lede tokenises articles. */
        public void addText(String body) {
            Analysis analysis = text.process(Analysis.of(Article.of(body)));
            for (Sentence sentence : analysis.sentences()) {
                add(analysis.tokensOf(sentence).stream().map(Token::form).toList());
            }
        }

        /** Adds the sentences of a CoNLL file, words only: its labels are not read. */
        public void addConll(Path file) throws IOException {
            for (ConllCorpus.Document document : ConllCorpus.read(file)) {
                document.words().forEach(this::add);
            }
        }

        public void add(List<String> sentence) {
            int[] encoded = new int[sentence.size()];
            for (int i = 0; i < encoded.length; i++) {
                encoded[i] = ids.computeIfAbsent(sentence.get(i), w -> {
                    words.add(w);
                    return words.size() - 1;
                });
            }
            sentences.add(encoded);
            tokens += encoded.length;
        }

        public long tokens() {
            return tokens;
        }
    }

    /** The leaf of every clustered word. */
    public Map<String, Integer> cluster(Corpus corpus) {
        ContextVectors context = contextVectors(corpus, 1);
        int[] leaf = new int[context.words().size()];
        int[] all = new int[leaf.length];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        split(context.vectors(), all, 0, 0, leaf, new Random(seed));
        Map<String, Integer> leaves = new HashMap<>();
        for (int row = 0; row < leaf.length; row++) {
            leaves.put(context.words().get(row), leaf[row]);
        }
        return leaves;
    }

    /**
     * The words seen at least {@code minCount} times, most frequent first, and their PPMI-weighted, unit-length
     * context vectors, row by row: what the clusters split, and what {@link WordVectorBuilder} reduces.
     */
    record ContextVectors(List<String> words, float[][] vectors) {
    }

    /**
     * The context vectors, counting the context words up to {@code window} tokens before a word in its left
     * half and up to {@code window} after it in its right half: 1 for the clusters, which then group words
     * of one syntactic use; wider windows also tell what a word is about.
     */
    ContextVectors contextVectors(Corpus corpus, int window) {
        int types = corpus.words.size();
        int[] counts = new int[types];
        for (int[] sentence : corpus.sentences) {
            for (int word : sentence) {
                counts[word]++;
            }
        }
        Integer[] byFrequency = new Integer[types];
        for (int i = 0; i < types; i++) {
            byFrequency[i] = i;
        }
        Arrays.sort(byFrequency, (a, b) -> counts[b] != counts[a] ? counts[b] - counts[a]
                : corpus.words.get(a).compareTo(corpus.words.get(b)));
        int[] contextOf = new int[types];
        Arrays.fill(contextOf, -1);
        for (int i = 0; i < Math.min(CONTEXT_WORDS, types); i++) {
            contextOf[byFrequency[i]] = i;
        }
        int[] rowOf = new int[types];
        Arrays.fill(rowOf, -1);
        List<String> vocabulary = new ArrayList<>();
        for (int word : byFrequency) {
            if (counts[word] >= minCount) {
                rowOf[word] = vocabulary.size();
                vocabulary.add(corpus.words.get(word));
            }
        }
        return new ContextVectors(List.copyOf(vocabulary),
                contextVectors(corpus, vocabulary.size(), rowOf, contextOf, window));
    }

    /** PPMI-weighted, unit-length left and right context counts: a dense row per clustered word. */
    private static float[][] contextVectors(Corpus corpus, int rows, int[] rowOf, int[] contextOf, int window) {
        int width = 2 * CONTEXT_WORDS;
        float[][] vectors = new float[rows][width];
        double[] contextTotals = new double[width];
        for (int[] sentence : corpus.sentences) {
            for (int i = 0; i < sentence.length; i++) {
                int row = rowOf[sentence[i]];
                if (row < 0) {
                    continue;
                }
                for (int k = 1; k <= window; k++) {
                    if (i - k >= 0 && contextOf[sentence[i - k]] >= 0) {
                        vectors[row][contextOf[sentence[i - k]]]++;
                        contextTotals[contextOf[sentence[i - k]]]++;
                    }
                    if (i + k < sentence.length && contextOf[sentence[i + k]] >= 0) {
                        vectors[row][CONTEXT_WORDS + contextOf[sentence[i + k]]]++;
                        contextTotals[CONTEXT_WORDS + contextOf[sentence[i + k]]]++;
                    }
                }
            }
        }
        double total = Arrays.stream(contextTotals).sum();
        for (float[] vector : vectors) {
            double rowTotal = 0;
            for (float value : vector) {
                rowTotal += value;
            }
            double norm = 0;
            for (int c = 0; c < width; c++) {
                double pmi = vector[c] == 0 ? 0 : Math.log(vector[c] * total / (rowTotal * contextTotals[c]));
                vector[c] = (float) Math.max(0, pmi);
                norm += vector[c] * vector[c];
            }
            if (norm > 0) {
                float scale = (float) (1 / Math.sqrt(norm));
                for (int c = 0; c < width; c++) {
                    vector[c] *= scale;
                }
            }
        }
        return vectors;
    }

    /** Splits {@code members} into the clusters of {@code level}, then each of those further down. */
    private static void split(float[][] vectors, int[] members, int level, int prefix, int[] leaf, Random random) {
        int k = WordClusters.BRANCHING[level];
        int[] assignment = kMeans(vectors, members, k, random);
        for (int cluster = 0; cluster < k; cluster++) {
            int id = prefix * k + cluster;
            int[] inside = subset(members, assignment, cluster);
            if (level + 1 == WordClusters.LEVELS) {
                for (int member : inside) {
                    leaf[member] = id;
                }
            } else if (inside.length > 0) {
                split(vectors, inside, level + 1, id, leaf, random);
            }
        }
    }

    private static int[] subset(int[] members, int[] assignment, int cluster) {
        int size = 0;
        for (int a : assignment) {
            size += a == cluster ? 1 : 0;
        }
        int[] inside = new int[size];
        int n = 0;
        for (int i = 0; i < members.length; i++) {
            if (assignment[i] == cluster) {
                inside[n++] = members[i];
            }
        }
        return inside;
    }

    /** Spherical k-means (cosine), started from members spread out as k-means++ spreads them. */
    private static int[] kMeans(float[][] vectors, int[] members, int k, Random random) {
        int[] assignment = new int[members.length];
        if (members.length <= k) {
            for (int i = 0; i < members.length; i++) {
                assignment[i] = i;
            }
            return assignment;
        }
        int width = vectors[members[0]].length;
        float[][] centroids = new float[k][];
        double[] distance = new double[members.length];
        Arrays.fill(distance, Double.MAX_VALUE);
        centroids[0] = vectors[members[random.nextInt(members.length)]].clone();
        for (int c = 1; c < k; c++) {
            double sum = 0;
            for (int i = 0; i < members.length; i++) {
                distance[i] = Math.min(distance[i], 1 - dot(vectors[members[i]], centroids[c - 1]));
                sum += distance[i];
            }
            double pick = random.nextDouble() * sum;
            int chosen = members.length - 1;
            for (int i = 0; i < members.length; i++) {
                pick -= distance[i];
                if (pick <= 0) {
                    chosen = i;
                    break;
                }
            }
            centroids[c] = vectors[members[chosen]].clone();
        }
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            boolean moved = false;
            for (int i = 0; i < members.length; i++) {
                int best = 0;
                double bestScore = -Double.MAX_VALUE;
                for (int c = 0; c < k; c++) {
                    double score = dot(vectors[members[i]], centroids[c]);
                    if (score > bestScore) {
                        bestScore = score;
                        best = c;
                    }
                }
                moved |= iteration == 0 || assignment[i] != best;
                assignment[i] = best;
            }
            if (!moved) {
                break;
            }
            for (int c = 0; c < k; c++) {
                float[] sum = new float[width];
                for (int i = 0; i < members.length; i++) {
                    if (assignment[i] == c) {
                        float[] vector = vectors[members[i]];
                        for (int d = 0; d < width; d++) {
                            sum[d] += vector[d];
                        }
                    }
                }
                double norm = Math.sqrt(dot(sum, sum));
                if (norm > 0) {
                    for (int d = 0; d < width; d++) {
                        sum[d] /= norm;
                    }
                    centroids[c] = sum;
                }
            }
        }
        return assignment;
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int d = 0; d < a.length; d++) {
            sum += a[d] * b[d];
        }
        return sum;
    }

    /** Writes gzipped {@code word<TAB>leaf} lines, sorted by word so the file diffs well. */
    public static void write(Map<String, Integer> leaves, Path out) throws IOException {
        AtomicFile.writeGzippedText(out, writer -> {
            for (String word : leaves.keySet().stream().sorted().toList()) {
                if (word.indexOf('\t') < 0 && word.indexOf('\n') < 0) {
                    writer.write(word + '\t' + leaves.get(word) + '\n');
                }
            }
        });
    }
}
