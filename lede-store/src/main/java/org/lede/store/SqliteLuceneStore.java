package org.lede.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The embedded corpus: one data folder holding SQLite ({@code corpus.db}) for the documents and rows, and a
 * Lucene index ({@code index/}) for search. Nothing to install; one process at a time owns the folder.
 *
 * <p>SQLite is the record: an article is acknowledged once its transaction commits (WAL journal, so a
 * killed process loses no committed transaction). The index follows, is committed every second, and on
 * opening catches up with whatever SQLite committed after the index's last commit.
 */
public final class SqliteLuceneStore extends SqlCorpusStore {
    private static final long INDEX_COMMIT_SECONDS = 1;
    private static final int READERS = 4;
    private static final int CACHE_KIB = 64 * 1024;

    private final ObjectMapper mapper = new ObjectMapper();
    private final Path folder;
    private final HikariDataSource dataSource;
    private final LuceneIndex index;
    private final ScheduledExecutorService committer;
    private boolean closed;

    private SqliteLuceneStore(Path folder, HikariDataSource dataSource, LuceneIndex index) {
        super(dataSource, Dialect.SQLITE);
        this.folder = folder;
        this.dataSource = dataSource;
        this.index = index;
        this.committer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "lede-index-commit");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Opens the data folder, creating it and bringing its schema up to date as needed. */
    public static SqliteLuceneStore open(Path folder) {
        HikariDataSource dataSource = null;
        LuceneIndex index = null;
        try {
            Files.createDirectories(folder);
            index = new LuceneIndex(folder.resolve("index"));
            dataSource = dataSource(folder.resolve("corpus.db"));
            new Migrations(Dialect.SQLITE).migrate(dataSource);
            SqliteLuceneStore store = new SqliteLuceneStore(folder, dataSource, index);
            store.catchUp();
            store.committer.scheduleWithFixedDelay(store::commitIndex, INDEX_COMMIT_SECONDS, INDEX_COMMIT_SECONDS,
                    TimeUnit.SECONDS);
            return store;
        } catch (IOException | SQLException | RuntimeException e) {
            closeQuietly(index, dataSource);
            if (e instanceof StoreException known) {
                throw known;
            }
            throw new StoreException(folder + ": cannot open the corpus (" + e.getMessage() + ")", e);
        }
    }

    private static HikariDataSource dataSource(Path database) {
        SQLiteConfig sqlite = new SQLiteConfig();
        sqlite.setJournalMode(SQLiteConfig.JournalMode.WAL);
        // In WAL mode NORMAL loses no committed transaction when the process dies; only a power cut can
        // take the last ones, which FULL would prevent at an fsync per article.
        sqlite.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        sqlite.setBusyTimeout(10_000);
        // Rows are keyed by the article's hash id, so every article's rows land on pages all over each
        // table's key index; SQLite's default 2 MB cache rereads those pages for nearly every insert once the
        // corpus outgrows it. A negative size is in KiB, per connection.
        sqlite.setCacheSize(-CACHE_KIB);
        SQLiteDataSource sqliteSource = new SQLiteDataSource(sqlite);
        sqliteSource.setUrl("jdbc:sqlite:" + database.toAbsolutePath());
        HikariConfig pool = new HikariConfig();
        pool.setDataSource(sqliteSource);
        pool.setMaximumPoolSize(READERS);
        pool.setPoolName("lede-sqlite");
        return new HikariDataSource(pool);
    }

    /** Indexes what SQLite committed after the index's last commit: the articles a crash left unindexed. */
    private void catchUp() throws IOException {
        tables.documentsAfter(index.committedSeq(), (seq, document) -> {
            try {
                index.index(ArticleRecord.from(mapper.readTree(document)), seq);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        index.commit();
    }

    /**
     * One batch at a time: SQLite has one writer, and the index must see writes in seq order. The index
     * follows the commit, so a search never finds an article that SQLite could still lose.
     */
    @Override
    public synchronized List<PutResult> putAll(List<? extends JsonNode> documents) {
        List<CorpusTables.ToWrite> articles = new ArrayList<>(documents.size());
        for (JsonNode document : documents) {
            articles.add(new CorpusTables.ToWrite(ArticleRecord.from(document), serialize(document)));
        }
        List<CorpusTables.Written> written = tables.put(articles);
        List<PutResult> results = new ArrayList<>(written.size());
        for (int i = 0; i < written.size(); i++) {
            ArticleRecord record = articles.get(i).record();
            PutResult result = written.get(i).result();
            if (result.outcome() != PutResult.Outcome.UNCHANGED) {
                try {
                    index.index(record, written.get(i).seq());
                } catch (IOException e) {
                    // Stored but not yet searchable: the next opening re-indexes it from SQLite.
                    throw new StoreException(folder + ": article " + record.id() + " is stored but could not be "
                            + "indexed (" + e.getMessage() + "); it will be indexed when the corpus is next opened", e);
                }
            }
            results.add(result);
        }
        return results;
    }

    private String serialize(JsonNode document) {
        try {
            return mapper.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new StoreException("cannot write the document as JSON: " + e.getOriginalMessage(), e);
        }
    }

    @Override
    public SearchResult search(SearchQuery query) {
        try {
            LuceneIndex.Hits hits = index.search(query);
            return new SearchResult(hits.total(), tables.summaries(hits.ids()), hits.outlets(), hits.months(),
                    hits.entities(), hits.techniques());
        } catch (IOException e) {
            throw new StoreException(folder + ": searching the index failed (" + e.getMessage() + ")", e);
        }
    }

    private void commitIndex() {
        try {
            index.commit();
        } catch (IOException | RuntimeException e) {
            // The next commit, or the next opening, indexes these articles again from SQLite.
            System.getLogger(SqliteLuceneStore.class.getName())
                    .log(System.Logger.Level.WARNING, "committing the search index failed; will retry", e);
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        // Never interrupted: Lucene's file channels close when a thread blocked on them is interrupted.
        committer.shutdown();
        try {
            committer.awaitTermination(1, TimeUnit.MINUTES);
            index.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException(folder + ": interrupted while closing; the index will catch up from SQLite "
                    + "when next opened", e);
        } catch (IOException e) {
            throw new StoreException(folder + ": closing the index failed (" + e.getMessage() + "); it will catch "
                    + "up from SQLite when next opened", e);
        } finally {
            dataSource.close();
        }
    }

    private static void closeQuietly(LuceneIndex index, HikariDataSource dataSource) {
        if (dataSource != null) {
            dataSource.close();
        }
        if (index != null) {
            try {
                index.close();
            } catch (IOException | RuntimeException ignored) {
                // Opening already failed; that failure is the one to report.
            }
        }
    }
}
