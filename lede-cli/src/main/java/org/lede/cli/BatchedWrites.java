package org.lede.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.lede.store.CorpusStore;
import org.lede.store.PutResult;

/**
 * Stores analysed documents in batches, each in one transaction ({@link CorpusStore#putAll}), on a thread of
 * its own, so analysis goes on while a batch is written. One commit per article cost the embedded store about
 * twice the CPU of one per batch. A batch is handed on when it is full or its oldest document has waited
 * {@code maxWaitNanos}, so a stopped run loses at most that much analysis (never anything stored: a batch
 * commits whole or not at all, and the next run analyses what was lost again).
 *
 * <p>Used from one thread. At most one batch is being written while the next fills; results come back, in
 * order, to {@code stored} on the caller's thread, when the batch after it is handed on or at {@link #close}.
 */
final class BatchedWrites implements AutoCloseable {
    private final CorpusStore store;
    private final int size;
    private final long maxWaitNanos;
    private final Consumer<List<PutResult>> stored;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "lede-store-writer");
        thread.setDaemon(true);
        return thread;
    });
    private List<JsonNode> filling = new ArrayList<>();
    private long firstAdded;
    private Future<List<PutResult>> writing;

    BatchedWrites(CorpusStore store, int size, long maxWaitNanos, Consumer<List<PutResult>> stored) {
        if (size < 1) {
            throw new IllegalArgumentException("a batch holds at least one document");
        }
        this.store = store;
        this.size = size;
        this.maxWaitNanos = maxWaitNanos;
        this.stored = stored;
    }

    /** Queues a document; may wait for the batch before to be stored, and rethrows its failure. */
    void add(JsonNode document) throws InterruptedException {
        if (filling.isEmpty()) {
            firstAdded = System.nanoTime();
        }
        filling.add(document);
        if (filling.size() >= size || System.nanoTime() - firstAdded >= maxWaitNanos) {
            handOn();
        }
    }

    private void handOn() throws InterruptedException {
        awaitWriting();
        List<JsonNode> batch = filling;
        filling = new ArrayList<>();
        writing = writer.submit(() -> store.putAll(batch));
    }

    private void awaitWriting() throws InterruptedException {
        if (writing == null) {
            return;
        }
        try {
            List<PutResult> results = writing.get();
            writing = null;
            stored.accept(results);
        } catch (ExecutionException e) {
            writing = null;
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Stores what is queued and waits for it; every result has been handed to {@code stored} when it returns. */
    void finish() throws InterruptedException {
        if (!filling.isEmpty()) {
            handOn();
        }
        awaitWriting();
    }

    /**
     * Stops the writer thread once the batch being written is done, so the store is not closed under it;
     * without {@link #finish} first, what is still queued is not stored.
     */
    @Override
    public void close() throws InterruptedException {
        writer.shutdown();
        writer.awaitTermination(1, TimeUnit.MINUTES);
    }
}
