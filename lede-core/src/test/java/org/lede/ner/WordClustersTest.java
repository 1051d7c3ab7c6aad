package org.lede.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WordClustersTest {
    @TempDir
    Path folder;

    @Test
    void wordsInTheSameContextsShareAClusterAndRareWordsGetNone() {
        Map<String, Integer> leaves = new WordClusterBuilder(3, 17).cluster(TinyCorpus.contexts());
        // A cluster of no more words than it has children gives each word a child of its own, so words
        // used alike share the top level here, where there are more words than clusters.
        assertThat(top(leaves, "Tirana")).isEqualTo(top(leaves, "Durres")).isEqualTo(top(leaves, "Shkoder"));
        assertThat(top(leaves, "Hoxha")).isEqualTo(top(leaves, "Sadeghi"));
        assertThat(top(leaves, "Tirana")).isNotEqualTo(top(leaves, "Hoxha"));
        assertThat(leaves).doesNotContainKey("Once");
        assertThat(leaves.values()).allSatisfy(leaf -> assertThat(leaf).isBetween(0, 16 * 16 * 8 - 1));
        assertThat(new WordClusterBuilder(3, 17).cluster(TinyCorpus.contexts())).isEqualTo(leaves);
    }

    private static int top(Map<String, Integer> leaves, String word) {
        return WordClusters.clusterAt(leaves.get(word), 0);
    }

    @Test
    void writtenClustersReadBackWithTheirAncestorsAndCapitalsFallBackToTheWord() throws IOException {
        Map<String, Integer> leaves = new WordClusterBuilder(3, 17).cluster(TinyCorpus.contexts());
        Path file = folder.resolve("clusters.tsv.gz");
        WordClusterBuilder.write(leaves, file);
        WordClusters clusters;
        try (InputStream in = Files.newInputStream(file)) {
            clusters = WordClusters.read(in);
        }
        int tirana = clusters.leaf("Tirana", TokenHash.exact("Tirana"));
        assertThat(tirana).isEqualTo(leaves.get("Tirana"));
        assertThat(clusters.leaf("TIRANA", TokenHash.exact("TIRANA"))).isEqualTo(tirana);
        assertThat(clusters.leaf("tirana", TokenHash.exact("tirana"))).isEqualTo(-1);
        assertThat(WordClusters.clusterAt(tirana, 2)).isEqualTo(tirana);
        assertThat(WordClusters.clusterAt(tirana, 1)).isEqualTo(tirana / 8);
        assertThat(WordClusters.clusterAt(tirana, 0)).isEqualTo(tirana / 128);
        List<Integer> none = new ArrayList<>();
        none.add(WordClusters.none().leaf("Tirana", TokenHash.exact("Tirana")));
        assertThat(none).containsExactly(-1);
    }

    @Test
    void theShippedClustersAreReadOnceAndShared() {
        assertThat(WordClusters.load()).isSameAs(WordClusters.load());
    }
}
