package org.lede.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteLuceneStoreTest extends CorpusStoreContract {
    @TempDir
    Path temp;
    Path folder;

    @Override
    void emptyCorpus() {
        folder = temp.resolve("data");
    }

    @Override
    CorpusStore open() {
        return SqliteLuceneStore.open(folder);
    }

    @Test
    void aLostIndexIsRebuiltFromTheStoredArticles() throws IOException {
        store.put(Corpus.ferryStrike());
        store.put(Corpus.strikeTalks());
        store.close();
        try (Stream<Path> files = Files.walk(folder.resolve("index"))) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }

        store = open();

        assertThat(store.search(SearchQuery.text("strike")).total()).isEqualTo(2);
        assertThat(store.search(SearchQuery.all().speaker("Hoxha")).total()).isEqualTo(2);
    }

    @Test
    void aSecondProcessOnTheSameFolderIsToldWhoHoldsIt() {
        assertThatThrownBy(this::open).isInstanceOf(StoreException.class)
                .hasMessageContaining(folder.toString()).hasMessageContaining("in use by another Lede process");
        assertThat(store.count()).isZero();
    }
}
