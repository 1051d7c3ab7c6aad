package org.lede.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import org.lede.source.ArticleFiles;
import org.lede.source.ArticleReader;
import org.lede.source.FeedReader;
import org.lede.source.InputException;
import org.lede.source.WarcArchive;

/**
 * The articles the PATH arguments of {@code lede analyze} name, one at a time and in order: files, folders
 * opened (recursively, sorted), WARC/WET archives and RSS/Atom feeds taken apart, a feed address fetched.
 * An archive is read as the analysis asks for its records, so one of any size streams through; a path that
 * does not exist stays in the stream, so reading it reports it where it stands among the others.
 *
 * <p>The only network access in Lede is here: an {@code http(s)://} argument is fetched, once, because the
 * user named it. Nothing it links to is fetched.
 */
final class ArticleInputs implements Iterator<ArticleInput>, AutoCloseable {
    private static final String NO_ARTICLES_IN_FOLDER = "no .txt, .html, .htm, .warc, .wet, .rss or .atom files "
            + "in this folder";
    private static final Duration FETCH_TIMEOUT = Duration.ofSeconds(30);

    /** Arguments and folder files not opened yet. */
    private final Deque<String> pending;
    private final long limit;
    private final Consumer<String> warn;
    private final boolean countable;
    private final int total;
    private final Deque<ArticleInput> ready = new ArrayDeque<>();
    private WarcArchive archive;
    private String archiveName;

    private ArticleInputs(List<String> expanded, long limit, Consumer<String> warn) {
        this.pending = new ArrayDeque<>(expanded);
        this.limit = limit;
        this.warn = warn;
        this.countable = expanded.stream().noneMatch(ArticleInputs::holdsMany);
        this.total = expanded.size();
    }

    /**
     * The inputs the arguments name; folders are listed now, archives and feeds opened as they are reached.
     *
     * @param warn told about folders that hold no article
     */
    static ArticleInputs of(List<String> paths, long limit, Consumer<String> warn) {
        List<String> expanded = new ArrayList<>();
        List<String> emptyFolders = new ArrayList<>();
        for (String name : paths) {
            if (!isAddress(name) && !name.equals(ArticleInput.STDIN) && Files.isDirectory(Path.of(name))) {
                List<Path> all = new ArrayList<>(ArticleFiles.in(Path.of(name)));
                all.addAll(containers(Path.of(name)));
                Collections.sort(all);
                if (all.isEmpty()) {
                    emptyFolders.add(name);
                }
                all.forEach(file -> expanded.add(file.toString()));
            } else {
                expanded.add(name);
            }
        }
        // Only empty folders leave nothing to read; then that is the one line to say, not a warning as well.
        if (expanded.isEmpty()) {
            throw new InputException(String.join(", ", emptyFolders), NO_ARTICLES_IN_FOLDER);
        }
        emptyFolders.forEach(folder -> warn.accept(folder + ": " + NO_ARTICLES_IN_FOLDER));
        return new ArticleInputs(expanded, limit, warn);
    }

    /** True when the arguments may name more than one article, which makes the output a stream. */
    static boolean several(List<String> paths) {
        if (paths.size() > 1) {
            return true;
        }
        String only = paths.get(0);
        return holdsMany(only) || (!only.equals(ArticleInput.STDIN) && Files.isDirectory(Path.of(only)));
    }

    /** How many articles there are, when that is known before reading (no archive or feed); else -1. */
    int total() {
        return countable ? total : -1;
    }

    @Override
    public boolean hasNext() {
        while (ready.isEmpty()) {
            if (archive != null && archive.hasNext()) {
                ready.add(ArticleInput.of(archive.next(), archiveName));
            } else if (archive != null) {
                closeArchive();
            } else if (pending.isEmpty()) {
                return false;
            } else {
                open(pending.poll());
            }
        }
        return true;
    }

    @Override
    public ArticleInput next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return ready.poll();
    }

    private void open(String name) {
        if (name.equals(ArticleInput.STDIN)) {
            ready.add(ArticleInput.standardInput());
        } else if (isAddress(name)) {
            ready.addAll(feedAt(name));
        } else if (WarcArchive.isArchive(Path.of(name))) {
            try {
                archive = WarcArchive.open(Path.of(name), limit);
                archiveName = name;
            } catch (InputException e) {
                ready.add(ArticleInput.unreadable(name, e.getMessage()));
            }
        } else if (FeedReader.isFeed(Path.of(name))) {
            try (InputStream in = Files.newInputStream(Path.of(name))) {
                ready.addAll(feed(name, in));
            } catch (IOException e) {
                ready.add(ArticleInput.unreadable(name, name + ": cannot be read (" + e.getMessage() + ")"));
            }
        } else {
            ready.add(ArticleInput.file(name, Path.of(name)));
        }
    }

    private List<ArticleInput> feed(String origin, InputStream in) {
        try {
            List<ArticleInput> items = new FeedReader(limit).read(origin, in).stream()
                    .map(entry -> ArticleInput.of(entry, origin)).toList();
            if (items.isEmpty()) {
                warn.accept(origin + ": the feed has no items with text");
            }
            return items;
        } catch (InputException e) {
            return List.of(ArticleInput.unreadable(origin, e.getMessage()));
        }
    }

    /** Fetches the feed the user named, and nothing else. */
    private List<ArticleInput> feedAt(String address) {
        try {
            HttpClient client = HttpClient.newBuilder().connectTimeout(FETCH_TIMEOUT)
                    .followRedirects(HttpClient.Redirect.NORMAL).build();
            HttpRequest request = HttpRequest.newBuilder(URI.create(address)).timeout(FETCH_TIMEOUT)
                    .header("User-Agent", "Lede (feed reader)").GET().build();
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() / 100 != 2) {
                    return List.of(ArticleInput.unreadable(address, address + ": the server answered HTTP "
                            + response.statusCode() + "; check the address"));
                }
                return feed(address, body);
            }
        } catch (IOException | IllegalArgumentException e) {
            return List.of(ArticleInput.unreadable(address, address + ": cannot be fetched ("
                    + e.getMessage() + "); check the address and the network"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of(ArticleInput.unreadable(address, address + ": fetching was interrupted"));
        }
    }

    private void closeArchive() {
        try {
            archive.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            archive = null;
        }
    }

    @Override
    public void close() {
        if (archive != null) {
            closeArchive();
        }
    }

    private static boolean holdsMany(String name) {
        if (isAddress(name)) {
            return true;
        }
        Path path = Path.of(name);
        return WarcArchive.isArchive(path) || FeedReader.isFeed(path);
    }

    private static boolean isAddress(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    /** The archives and feeds under a folder, for a folder argument. */
    private static List<Path> containers(Path folder) {
        try (var walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> WarcArchive.isArchive(p) || FeedReader.isFeed(p)).toList();
        } catch (IOException e) {
            throw new InputException(folder.toString(), "cannot be listed (" + e.getMessage() + ")", e);
        }
    }
}
