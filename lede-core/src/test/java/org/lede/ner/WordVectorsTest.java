package org.lede.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WordVectorsTest {
    @TempDir
    Path folder;

    @Test
    void jacobiFindsTheEigenvaluesAndVectorsOfASymmetricMatrix() {
        double[][] m = {{2, 1, 0}, {1, 2, 0}, {0, 0, 5}};
        double[][] vectors = new double[3][3];
        double[] values = WordVectorBuilder.symmetricEigen(m, vectors);
        double[][] original = {{2, 1, 0}, {1, 2, 0}, {0, 0, 5}};
        assertThat(java.util.Arrays.stream(values).sorted().toArray()).containsExactly(new double[] {1, 3, 5},
                within(1e-9));
        for (int k = 0; k < 3; k++) { // M v = λ v for every column v
            for (int i = 0; i < 3; i++) {
                double product = 0;
                for (int j = 0; j < 3; j++) {
                    product += original[i][j] * vectors[j][k];
                }
                assertThat(product).isCloseTo(values[k] * vectors[i][k], within(1e-9));
            }
        }
    }

    @Test
    void theLeadingCoordinatesOfALowRankMatrixKeepItsRowsDotProducts() {
        // 40 rows of width 30 spanned by two directions of different strength: two coordinates keep all.
        Random random = new Random(3);
        float[][] a = new float[40][30];
        double[] u = random.doubles(30).toArray();
        double[] v = random.doubles(30).toArray();
        for (float[] row : a) {
            double x = 3 * random.nextGaussian();
            double y = random.nextGaussian();
            for (int c = 0; c < 30; c++) {
                row[c] = (float) (x * u[c] + y * v[c]);
            }
        }
        double[][] coordinates = WordVectorBuilder.leadingCoordinates(a, 2, new Random(17));
        for (int i = 0; i < a.length; i += 7) {
            for (int j = 0; j < a.length; j += 5) {
                double dot = 0;
                for (int c = 0; c < 30; c++) {
                    dot += a[i][c] * a[j][c];
                }
                double reduced = coordinates[0][i] * coordinates[0][j] + coordinates[1][i] * coordinates[1][j];
                assertThat(reduced).isCloseTo(dot, within(1e-3 * (1 + Math.abs(dot))));
            }
        }
        double first = 0;
        double second = 0;
        for (int i = 0; i < a.length; i++) {
            first += coordinates[0][i] * coordinates[0][i];
            second += coordinates[1][i] * coordinates[1][i];
        }
        assertThat(first).isGreaterThan(second); // the stronger direction comes first
    }

    @Test
    void ranksSpreadEachCoordinateOverTheByte() {
        double[][] coordinates = {{0.5, -2, 7, 0.1}};
        byte[][] ranks = WordVectorBuilder.ranks(coordinates, 4);
        assertThat(new int[] {ranks[0][0] & 0xff, ranks[1][0] & 0xff, ranks[2][0] & 0xff, ranks[3][0] & 0xff})
                .containsExactly(128, 0, 192, 64);
    }

    @Test
    void wordsInTheSameContextsGetLikeVectorsAndRareWordsNone() {
        Map<String, byte[]> vectors = new WordVectorBuilder(3, 4, 2, 17).build(TinyCorpus.contexts());
        assertThat(vectors).doesNotContainKey("Once").containsKeys("Tirana", "Hoxha", "word7");
        assertThat(vectors.get("Tirana")).hasSize(4);
        assertThat(distance(vectors, "Tirana", "Shkoder")).isLessThan(distance(vectors, "Tirana", "Hoxha"));
        assertThat(distance(vectors, "Hoxha", "Sadeghi")).isLessThan(distance(vectors, "Hoxha", "Durres"));
        assertThat(new WordVectorBuilder(3, 4, 2, 17).build(TinyCorpus.contexts())).allSatisfy(
                (word, ranks) -> assertThat(ranks).isEqualTo(vectors.get(word)));
    }

    private static int distance(Map<String, byte[]> vectors, String a, String b) {
        int distance = 0;
        for (int d = 0; d < vectors.get(a).length; d++) {
            distance += Math.abs((vectors.get(a)[d] & 0xff) - (vectors.get(b)[d] & 0xff));
        }
        return distance;
    }

    @Test
    void writtenVectorsReadBackAndCapitalsFallBackToTheWord() throws IOException {
        Map<String, byte[]> vectors = new WordVectorBuilder(3, 4, 2, 17).build(TinyCorpus.contexts());
        Path file = folder.resolve("vectors.tsv.gz");
        WordVectorBuilder.write(vectors, file);
        WordVectors read;
        try (InputStream in = Files.newInputStream(file)) {
            read = WordVectors.read(in);
        }
        assertThat(read.ranks("Tirana")).isEqualTo(vectors.get("Tirana"));
        assertThat(read.ranks("TIRANA")).isEqualTo(vectors.get("Tirana"));
        assertThat(read.ranks("tirana")).isNull();
        assertThat(read.ranks("Once")).isNull();
    }
}
