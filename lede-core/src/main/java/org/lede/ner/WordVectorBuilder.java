package org.lede.ner;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.lede.io.AtomicFile;

/**
 * Learns {@link WordVectors} from unlabeled text: PPMI context vectors as the word clusters are split from
 * ({@link WordClusterBuilder}), each word's 2,000 left and right context weights, but over a wider window
 * of context words, so that they tell what a word is about as well as how it is used, reduced to their
 * {@code dimensions} leading directions by a truncated SVD (randomized range finder with power iterations,
 * Halko, Martinsson and Tropp 2011). Each coordinate is then stored as its rank among the vocabulary's, a
 * byte (0 the lowest 1/256th, 255 the highest): the tagger reads quantile buckets, which a rank keeps exactly
 * and which do not depend on how the directions are scaled. Deterministic for a given input and seed.
 */
public final class WordVectorBuilder {
    /** Extra directions the range finder carries beyond those kept, which makes the leading ones accurate. */
    private static final int OVERSAMPLING = 16;
    private static final int POWER_ITERATIONS = 3;

    private final int minCount;
    private final int dimensions;
    private final int window;
    private final long seed;

    /**
     * @param window how many words either side are a word's context (the clusters read 1): the framing
     *               tagger's cross-validated SI F1 rose with it, 0.3935 at 1, 0.3951 at 4, 0.3978 at 8,
     *               0.3958 at 16 (32 dimensions; models/README.md, frames-en.bin)
     */
    public WordVectorBuilder(int minCount, int dimensions, int window, long seed) {
        this.minCount = minCount;
        this.dimensions = dimensions;
        this.window = window;
        this.seed = seed;
    }

    /** Every word seen at least {@code minCount} times, with its coordinates as ranks (see above). */
    public Map<String, byte[]> build(WordClusterBuilder.Corpus corpus) {
        WordClusterBuilder.ContextVectors context = new WordClusterBuilder(minCount, seed).contextVectors(corpus, window);
        double[][] coordinates = leadingCoordinates(context.vectors(), dimensions, new Random(seed));
        byte[][] ranks = ranks(coordinates, context.words().size());
        Map<String, byte[]> vectors = new HashMap<>();
        for (int row = 0; row < ranks.length; row++) {
            vectors.put(context.words().get(row), ranks[row]);
        }
        return vectors;
    }

    /**
     * The rows of {@code a} projected on its {@code k} leading right singular vectors, as {@code k} columns
     * of {@code a.length} values (the left singular vectors times the singular values), strongest first.
     */
    static double[][] leadingCoordinates(float[][] a, int k, Random random) {
        int width = a[0].length;
        int l = Math.min(k + OVERSAMPLING, Math.min(a.length, width));
        double[][] omega = new double[l][width];
        for (double[] column : omega) {
            for (int c = 0; c < width; c++) {
                column[c] = random.nextGaussian();
            }
        }
        double[][] q = orthonormal(times(a, omega));
        for (int i = 0; i < POWER_ITERATIONS; i++) {
            q = orthonormal(times(a, orthonormal(transposeTimes(a, q))));
        }
        double[][] b = transposeTimes(a, q); // Bᵀ = Aᵀ Q, l columns of width values
        double[][] gram = new double[l][l];  // B Bᵀ, whose eigenvectors rotate Q onto the left singular vectors
        for (int i = 0; i < l; i++) {
            for (int j = i; j < l; j++) {
                gram[i][j] = gram[j][i] = dot(b[i], b[j]);
            }
        }
        double[][] eigenvectors = new double[l][l];
        double[] eigenvalues = symmetricEigen(gram, eigenvectors);
        Integer[] order = new Integer[l];
        for (int i = 0; i < l; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> Double.compare(eigenvalues[y], eigenvalues[x]));
        double[][] coordinates = new double[Math.min(k, l)][a.length];
        for (int d = 0; d < coordinates.length; d++) {
            double scale = Math.sqrt(Math.max(0, eigenvalues[order[d]]));
            double largest = 0;
            for (int row = 0; row < a.length; row++) {
                double value = 0;
                for (int i = 0; i < l; i++) {
                    value += q[i][row] * eigenvectors[i][order[d]];
                }
                coordinates[d][row] = value * scale;
                if (Math.abs(value) > Math.abs(largest)) {
                    largest = value;
                }
            }
            if (largest < 0) { // a direction's sign is arbitrary: the one whose largest value is positive
                for (int row = 0; row < a.length; row++) {
                    coordinates[d][row] = -coordinates[d][row];
                }
            }
        }
        return coordinates;
    }

    /** A times the columns of {@code columns} (each {@code a[0].length} long): columns of {@code a.length}. */
    private static double[][] times(float[][] a, double[][] columns) {
        double[][] out = new double[columns.length][a.length];
        for (int row = 0; row < a.length; row++) {
            float[] values = a[row];
            for (int j = 0; j < columns.length; j++) {
                double[] column = columns[j];
                double sum = 0;
                for (int c = 0; c < values.length; c++) {
                    sum += values[c] * column[c];
                }
                out[j][row] = sum;
            }
        }
        return out;
    }

    /** Aᵀ times the columns of {@code columns} (each {@code a.length} long): columns of {@code a[0].length}. */
    private static double[][] transposeTimes(float[][] a, double[][] columns) {
        double[][] out = new double[columns.length][a[0].length];
        for (int row = 0; row < a.length; row++) {
            float[] values = a[row];
            for (int j = 0; j < columns.length; j++) {
                double weight = columns[j][row];
                if (weight != 0) {
                    double[] target = out[j];
                    for (int c = 0; c < values.length; c++) {
                        target[c] += values[c] * weight;
                    }
                }
            }
        }
        return out;
    }

    /** The columns made orthonormal in place by modified Gram-Schmidt, twice over for accuracy. */
    private static double[][] orthonormal(double[][] columns) {
        for (int pass = 0; pass < 2; pass++) {
            for (int j = 0; j < columns.length; j++) {
                for (int i = 0; i < j; i++) {
                    double projection = dot(columns[i], columns[j]);
                    for (int r = 0; r < columns[j].length; r++) {
                        columns[j][r] -= projection * columns[i][r];
                    }
                }
                double norm = Math.sqrt(dot(columns[j], columns[j]));
                for (int r = 0; r < columns[j].length; r++) {
                    columns[j][r] = norm > 0 ? columns[j][r] / norm : 0;
                }
            }
        }
        return columns;
    }

    /**
     * Eigenvalues of a small symmetric matrix by cyclic Jacobi rotations; {@code vectors} gets the
     * eigenvectors as its columns. The matrix is overwritten.
     */
    static double[] symmetricEigen(double[][] m, double[][] vectors) {
        int n = m.length;
        for (int i = 0; i < n; i++) {
            Arrays.fill(vectors[i], 0);
            vectors[i][i] = 1;
        }
        for (int sweep = 0; sweep < 100; sweep++) {
            double off = 0;
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    off += m[i][j] * m[i][j];
                }
            }
            if (off < 1e-22) {
                break;
            }
            for (int p = 0; p < n; p++) {
                for (int q = p + 1; q < n; q++) {
                    if (m[p][q] == 0) {
                        continue;
                    }
                    double theta = (m[q][q] - m[p][p]) / (2 * m[p][q]);
                    double t = Math.signum(theta == 0 ? 1 : theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
                    double c = 1 / Math.sqrt(t * t + 1);
                    double s = t * c;
                    for (int k = 0; k < n; k++) { // columns p and q
                        double mkp = m[k][p];
                        double mkq = m[k][q];
                        m[k][p] = c * mkp - s * mkq;
                        m[k][q] = s * mkp + c * mkq;
                    }
                    for (int k = 0; k < n; k++) { // rows p and q
                        double mpk = m[p][k];
                        double mqk = m[q][k];
                        m[p][k] = c * mpk - s * mqk;
                        m[q][k] = s * mpk + c * mqk;
                    }
                    for (int k = 0; k < n; k++) {
                        double vkp = vectors[k][p];
                        double vkq = vectors[k][q];
                        vectors[k][p] = c * vkp - s * vkq;
                        vectors[k][q] = s * vkp + c * vkq;
                    }
                }
            }
        }
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = m[i][i];
        }
        return values;
    }

    /** Each row's coordinate ranks, as bytes: rank × 256 / rows, ties broken by row (the most frequent first). */
    static byte[][] ranks(double[][] coordinates, int rows) {
        byte[][] ranks = new byte[rows][coordinates.length];
        Integer[] order = new Integer[rows];
        for (int d = 0; d < coordinates.length; d++) {
            double[] values = coordinates[d];
            for (int i = 0; i < rows; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (x, y) -> values[x] != values[y] ? Double.compare(values[x], values[y]) : x - y);
            for (int rank = 0; rank < rows; rank++) {
                ranks[order[rank]][d] = (byte) ((long) rank * 256 / rows);
            }
        }
        return ranks;
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    /** Writes gzipped {@code word<TAB>hex} lines (two hex digits per coordinate), sorted by word. */
    public static void write(Map<String, byte[]> vectors, Path out) throws IOException {
        AtomicFile.writeGzippedText(out, writer -> {
            StringBuilder line = new StringBuilder();
            for (String word : vectors.keySet().stream().sorted().toList()) {
                if (word.indexOf('\t') < 0 && word.indexOf('\n') < 0) {
                    line.setLength(0);
                    line.append(word).append('\t');
                    for (byte value : vectors.get(word)) {
                        line.append(Character.forDigit((value >> 4) & 15, 16)).append(Character.forDigit(value & 15, 16));
                    }
                    writer.write(line.append('\n').toString());
                }
            }
        });
    }
}
