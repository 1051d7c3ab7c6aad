package org.lede.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

class SqliteLuceneStoreTest extends CorpusStoreContract {
    @TempDir
    Path temp;
    Path folder;
    private int corpora;

    @Override
    void emptyCorpus() {
        folder = temp.resolve("data-" + ++corpora);
    }

    @Override
    Dialect dialect() {
        return Dialect.SQLITE;
    }

    @Override
    DataSource database() {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SQLiteDataSource database = new SQLiteDataSource();
        database.setUrl("jdbc:sqlite:" + folder.resolve("corpus.db"));
        return database;
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
    void anIndexOfAnOlderFormatIsRebuiltOnOpening() throws IOException {
        store.put(Corpus.ferryStrike());
        store.put(Corpus.ferryStrikeReported());
        store.close();
        // What an index written before the technique fields looks like to the store: caught up to the last
        // article by its commit, and nothing in it the current format adds.
        try (Stream<Path> files = Files.walk(folder.resolve("index"))) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
        try (IndexWriter old = new IndexWriter(FSDirectory.open(folder.resolve("index")), new IndexWriterConfig())) {
            old.setLiveCommitData(Map.of("last_seq", "2").entrySet());
            old.commit();
        }

        store = open();

        assertThat(store.search(SearchQuery.all().technique("Loaded_Language")).total()).isEqualTo(1);
        assertThat(store.search(SearchQuery.text("ferry")).total()).isEqualTo(2);
    }

    @Test
    void aSecondProcessOnTheSameFolderIsToldWhoHoldsIt() {
        assertThatThrownBy(this::open).isInstanceOf(StoreException.class)
                .hasMessageContaining(folder.toString()).hasMessageContaining("in use by another Lede process");
        assertThat(store.count()).isZero();
    }
}
