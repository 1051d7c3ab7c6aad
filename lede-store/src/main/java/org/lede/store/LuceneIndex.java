package org.lede.store;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;
import org.lede.store.ArticleRecord.EntityRow;
import org.lede.store.ArticleRecord.QuoteRow;
import org.lede.store.SearchResult.FacetCount;

/**
 * The embedded store's search index, derived from the SQLite tables and rebuilt from them where it lags:
 * each commit records the last article sequence number it holds, so after a crash the store re-indexes
 * what SQLite had committed since. Names are indexed as keys (whole, lower case); headline and body with
 * English stemming, as PostgreSQL's 'english' configuration does.
 */
final class LuceneIndex implements AutoCloseable {
    private static final String ID = "id";
    private static final String TEXT = "text";
    private static final String OUTLET = "outlet";
    private static final String ENTITY = "entity";
    private static final String SPEAKER = "speaker";
    private static final String PUBLISHED = "published";
    private static final String PUBLISHED_SORT = "published_sort";
    private static final String OUTLET_FACET = "outlet_facet";
    private static final String MONTH_FACET = "month_facet";
    private static final String ENTITY_FACET = "entity_facet";
    private static final String TECHNIQUE = "technique";
    private static final String TECHNIQUE_FACET = "technique_facet";
    private static final String LAST_SEQ = "last_seq";
    /**
     * What the documents hold, recorded with each commit. An index written before the current format (2: the
     * technique fields) is rebuilt from SQLite on opening: its committed seq is taken as 0.
     */
    private static final String FORMAT = "format";
    private static final String CURRENT_FORMAT = "2";

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final EnglishAnalyzer analyzer = new EnglishAnalyzer();
    private final Object commitLock = new Object();
    private volatile boolean changed;
    private long lastSeq;
    private volatile long committedSeq;

    LuceneIndex(Path folder) throws IOException {
        directory = FSDirectory.open(folder);
        IndexWriterConfig config = new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        try {
            writer = new IndexWriter(directory, config);
        } catch (LockObtainFailedException e) {
            directory.close();
            throw new StoreException(folder.getParent() + " is in use by another Lede process (lede serve or lede "
                    + "ingest); stop it, or send articles to the server with POST /api/articles");
        }
        Map<String, String> commitData = DirectoryReader.indexExists(directory)
                ? SegmentInfos.readLatestCommit(directory).getUserData() : Map.of();
        committedSeq = CURRENT_FORMAT.equals(commitData.get(FORMAT))
                ? Long.parseLong(commitData.getOrDefault(LAST_SEQ, "0")) : 0;
        lastSeq = committedSeq;
        searchers = new SearcherManager(writer, null);
    }

    /** The sequence number of the last article the index has committed to disk. */
    long committedSeq() {
        return committedSeq;
    }

    /** Adds an article, replacing any earlier version under its id. Visible to the next search. */
    synchronized void index(ArticleRecord record, long seq) throws IOException {
        writer.updateDocument(new Term(ID, record.id()), document(record));
        lastSeq = Math.max(lastSeq, seq);
        changed = true;
    }

    /**
     * Makes what was indexed durable, with the sequence number it reaches. Indexing goes on meanwhile: the
     * fsyncs of a commit can take a while, and writers must not wait for them. Articles indexed during the
     * commit may land in it too; recording the lower number only means they are indexed again on recovery.
     */
    void commit() throws IOException {
        synchronized (commitLock) {
            long reached;
            synchronized (this) {
                reached = lastSeq;
                if (reached == committedSeq && !writer.hasUncommittedChanges()) {
                    return;
                }
                writer.setLiveCommitData(Map.of(LAST_SEQ, Long.toString(reached), FORMAT, CURRENT_FORMAT).entrySet());
            }
            writer.commit();
            committedSeq = reached;
        }
    }

    private static Document document(ArticleRecord record) {
        Document doc = new Document();
        doc.add(new StringField(ID, record.id(), Field.Store.YES));
        doc.add(new TextField(TEXT, CorpusTables.searchableText(record), Field.Store.NO));
        if (record.outlet() != null) {
            doc.add(new StringField(OUTLET, ArticleRecord.key(record.outlet()), Field.Store.NO));
            doc.add(new SortedSetDocValuesField(OUTLET_FACET, new BytesRef(record.outlet())));
        }
        if (record.published() != null) {
            long day = LocalDate.parse(record.published()).toEpochDay();
            doc.add(new LongPoint(PUBLISHED, day));
            doc.add(new NumericDocValuesField(PUBLISHED_SORT, day));
            doc.add(new SortedSetDocValuesField(MONTH_FACET, new BytesRef(record.month())));
        }
        doc.add(new SortedDocValuesField(ID, new BytesRef(record.id())));
        Set<String> entityKeys = new LinkedHashSet<>();
        Set<String> entityNames = new LinkedHashSet<>();
        for (EntityRow entity : record.entities()) {
            entity.names().forEach(name -> entityKeys.add(ArticleRecord.key(name)));
            entityNames.add(entity.name());
        }
        entityKeys.forEach(key -> doc.add(new StringField(ENTITY, key, Field.Store.NO)));
        entityNames.forEach(name -> doc.add(new SortedSetDocValuesField(ENTITY_FACET, new BytesRef(name))));
        Set<String> speakerKeys = new LinkedHashSet<>();
        for (QuoteRow quote : record.quotes()) {
            EntityRow speaker = quote.speaker() == null ? null : record.entity(quote.speaker());
            if (speaker != null) {
                speaker.names().forEach(name -> speakerKeys.add(ArticleRecord.key(name)));
            }
        }
        speakerKeys.forEach(key -> doc.add(new StringField(SPEAKER, key, Field.Store.NO)));
        for (String technique : record.techniques()) {
            doc.add(new StringField(TECHNIQUE, technique, Field.Store.NO));
            doc.add(new SortedSetDocValuesField(TECHNIQUE_FACET, new BytesRef(technique)));
        }
        return doc;
    }

    /** The ids of one page of matches, and the facets and count of all of them. */
    record Hits(long total, List<String> ids, List<FacetCount> outlets, List<FacetCount> months,
                List<FacetCount> entities, List<FacetCount> techniques) {
    }

    Hits search(SearchQuery query) throws IOException {
        if (changed) {
            changed = false;
            searchers.maybeRefreshBlocking();
        }
        IndexSearcher searcher = searchers.acquire();
        try {
            int wanted = Math.max(1, query.offset() + query.limit());
            boolean ranked = query.text() != null;
            Sort newestFirst = new Sort(publishedSort(), new SortField(ID, SortField.Type.STRING));
            var top = ranked ? TopScoreDocCollector.create(wanted, Integer.MAX_VALUE)
                    : TopFieldCollector.create(newestFirst, wanted, Integer.MAX_VALUE);
            FacetCounter facets = new FacetCounter();
            searcher.search(toLucene(query), MultiCollector.wrap(top, facets));
            TopDocs docs = top.topDocs();
            List<String> ids = new ArrayList<>();
            ScoreDoc[] scoreDocs = docs.scoreDocs;
            for (int i = query.offset(); i < scoreDocs.length && ids.size() < query.limit(); i++) {
                ids.add(searcher.storedFields().document(scoreDocs[i].doc).get(ID));
            }
            return new Hits(facets.total, ids, facets.top(OUTLET_FACET), facets.top(MONTH_FACET),
                    facets.top(ENTITY_FACET), facets.top(TECHNIQUE_FACET));
        } finally {
            searchers.release(searcher);
        }
    }

    private static SortField publishedSort() {
        SortField newest = new SortField(PUBLISHED_SORT, SortField.Type.LONG, true);
        newest.setMissingValue(Long.MIN_VALUE);
        return newest;
    }

    private Query toLucene(SearchQuery query) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        all.add(query.text() == null ? new MatchAllDocsQuery() : textQuery(query.text()), Occur.MUST);
        if (query.outlet() != null) {
            all.add(new TermQuery(new Term(OUTLET, ArticleRecord.key(query.outlet()))), Occur.FILTER);
        }
        if (query.entity() != null) {
            all.add(new TermQuery(new Term(ENTITY, ArticleRecord.key(query.entity()))), Occur.FILTER);
        }
        if (query.speaker() != null) {
            all.add(new TermQuery(new Term(SPEAKER, ArticleRecord.key(query.speaker()))), Occur.FILTER);
        }
        if (query.technique() != null) {
            all.add(new TermQuery(new Term(TECHNIQUE, query.technique())), Occur.FILTER);
        }
        if (query.from() != null || query.to() != null) {
            long from = query.from() == null ? Long.MIN_VALUE : query.from().toEpochDay();
            long to = query.to() == null ? Long.MAX_VALUE : query.to().toEpochDay();
            all.add(LongPoint.newRangeQuery(PUBLISHED, from, to), Occur.FILTER);
        }
        return all.build();
    }

    /**
     * Words as a search box takes them: every word must occur, "quoted phrases", OR and -word work. Anything
     * the query syntax rejects (a stray bracket) is searched as plain words instead of failing.
     */
    private Query textQuery(String text) {
        QueryParser parser = new QueryParser(TEXT, analyzer);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        try {
            return parser.parse(text);
        } catch (ParseException e) {
            try {
                return parser.parse(QueryParser.escape(text));
            } catch (ParseException again) {
                throw new StoreException("cannot search for: " + text);
            }
        }
    }

    /**
     * Counts every match and the values of each facet field among the matches, segment by segment. This runs
     * for every match of a query, so on a large corpus it is most of a search's time: per document it only
     * bumps counters indexed by ordinal, in arrays, and turns ordinals into values once per segment.
     */
    private static final class FacetCounter extends SimpleCollector {
        private static final List<String> FIELDS = List.of(OUTLET_FACET, MONTH_FACET, ENTITY_FACET, TECHNIQUE_FACET);
        private final List<Map<String, Long>> counts = new ArrayList<>();
        private final SortedSetDocValues[] values = new SortedSetDocValues[FIELDS.size()];
        private final long[][] segmentCounts = new long[FIELDS.size()][];
        private long total;

        FacetCounter() {
            FIELDS.forEach(field -> counts.add(new HashMap<>()));
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            flushSegment();
            for (int f = 0; f < values.length; f++) {
                values[f] = DocValues.getSortedSet(context.reader(), FIELDS.get(f));
                segmentCounts[f] = new long[(int) values[f].getValueCount()];
            }
        }

        @Override
        public void collect(int doc) throws IOException {
            total++;
            for (int f = 0; f < values.length; f++) {
                SortedSetDocValues docValues = values[f];
                if (docValues.advanceExact(doc)) {
                    long[] perOrdinal = segmentCounts[f];
                    for (int i = docValues.docValueCount(); i > 0; i--) {
                        perOrdinal[(int) docValues.nextOrd()]++;
                    }
                }
            }
        }

        /** Ordinals are per segment: a segment's counts become counts by value before the next begins. */
        private void flushSegment() throws IOException {
            for (int f = 0; f < values.length; f++) {
                long[] perOrdinal = segmentCounts[f];
                if (perOrdinal == null) {
                    continue;
                }
                Map<String, Long> byValue = counts.get(f);
                for (int ord = 0; ord < perOrdinal.length; ord++) {
                    if (perOrdinal[ord] > 0) {
                        byValue.merge(values[f].lookupOrd(ord).utf8ToString(), perOrdinal[ord], Long::sum);
                    }
                }
                segmentCounts[f] = null;
            }
        }

        List<FacetCount> top(String field) throws IOException {
            flushSegment();
            return counts.get(FIELDS.indexOf(field)).entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(SearchResult.FACET_SIZE)
                    .map(entry -> new FacetCount(entry.getKey(), entry.getValue()))
                    .toList();
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }

    @Override
    public void close() throws IOException {
        commit();
        searchers.close();
        writer.close();
        directory.close();
    }
}
