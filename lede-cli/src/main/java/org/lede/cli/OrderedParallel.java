package org.lede.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs one piece of work per item on a pool of threads and hands the results on in input order. At most
 * a small window of items is in flight, so memory stays bounded however many items there are: a result
 * waits for the ones before it, and no item starts until an earlier one has been handed on.
 */
final class OrderedParallel {
    private static final int WINDOW_PER_THREAD = 4;

    private final int threads;

    OrderedParallel(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        this.threads = threads;
    }

    /** @param work must not throw for a bad item: return the failure as a result, so the rest go on */
    <T, R> void run(List<T> items, Function<T, R> work, Consumer<R> sink) throws InterruptedException {
        run(items.iterator(), work, sink);
    }

    /** As {@link #run(List, Function, Consumer)}, taking items only as the window has room for them. */
    <T, R> void run(Iterator<T> items, Function<T, R> work, Consumer<R> sink) throws InterruptedException {
        if (threads == 1) {
            while (items.hasNext()) {
                sink.accept(work.apply(items.next()));
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "lede-worker");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Deque<Future<R>> inFlight = new ArrayDeque<>();
            while (items.hasNext() || !inFlight.isEmpty()) {
                while (inFlight.size() < threads * WINDOW_PER_THREAD && items.hasNext()) {
                    T item = items.next();
                    inFlight.add(pool.submit(() -> work.apply(item)));
                }
                sink.accept(await(inFlight.poll()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static <R> R await(Future<R> future) throws InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }
}
