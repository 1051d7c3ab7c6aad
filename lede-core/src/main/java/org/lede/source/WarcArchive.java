package org.lede.source;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.zip.ZipException;
import org.lede.source.ArchiveEntry.Skip;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcConversion;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;

/**
 * The articles of a WARC or WET file (plain, or gzip with one member per record as Common Crawl writes
 * them), one {@link ArchiveEntry} at a time, so an archive of any size streams through in little memory.
 * HTTP responses and resources that are web pages become {@link SourceRecord.Kind#WEB_PAGE} records, WET
 * conversion records {@link SourceRecord.Kind#PLAIN_TEXT}; requests, metadata and the like are passed over
 * in silence, and anything else (an image, a redirect) is reported as no article.
 *
 * <p>Damage is found and contained. A record is handed on only once the next record's header is found
 * where its length says it ends, so a record with a wrong length is reported rather than analysed with half
 * of its neighbour in it; reading then resumes at the next gzip member (or {@code WARC/1.} line) after it,
 * when the archive is a file that can be searched. An archive cut short ends with one entry saying so.
 * A record larger than the limit is skipped without being read into memory. Not thread-safe: one reader.
 */
public final class WarcArchive implements Iterator<ArchiveEntry>, Closeable {
    private static final byte[] GZIP_MEMBER = {0x1f, (byte) 0x8b, 0x08};
    private static final byte[] WARC_HEADER = "WARC/1.".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final Map<String, String> TWO_LETTER_LANGUAGE = twoLetterLanguages();

    private final String origin;
    private final FileChannel file;
    private final long limit;
    private final Deque<ArchiveEntry> ready = new ArrayDeque<>();
    private WarcReader reader;
    private boolean compressed;
    private int index;
    /** The record read last, held back until the next header proves its length right; null if none. */
    private ArchiveEntry pending;
    private long pendingStart;
    private boolean finished;
    /** jwarc's warning that the last record did not end where its length said, or null. */
    private String badTrailer;

    private WarcArchive(String origin, FileChannel file, WarcReader reader, long limit) {
        this.origin = origin;
        this.file = file;
        this.reader = watched(reader);
        this.compressed = reader.compression() == WarcCompression.GZIP;
        this.limit = limit;
    }

    /** True for the file names read as archives: .warc, .wet, either gzipped. */
    public static boolean isArchive(Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".warc") || name.endsWith(".warc.gz") || name.endsWith(".wet")
                || name.endsWith(".wet.gz");
    }

    /** Opens an archive file; damage in it is skipped over. */
    public static WarcArchive open(Path path, long limit) {
        try {
            FileChannel channel = FileChannel.open(path);
            try {
                return new WarcArchive(path.toString(), channel, new WarcReader(channel), limit);
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
        } catch (java.nio.file.NoSuchFileException e) {
            throw new InputException(path.toString(), "no such file or folder", e);
        } catch (IOException e) {
            throw new InputException(path.toString(), "cannot be read as a WARC file (" + e.getMessage() + ")", e);
        }
    }

    /** Opens an archive from a stream (a Hadoop file, standard input): damage there ends the reading. */
    public static WarcArchive open(String origin, InputStream in, long limit) {
        try {
            return new WarcArchive(origin, null, new WarcReader(in), limit);
        } catch (IOException e) {
            throw new InputException(origin, "cannot be read as a WARC file (" + e.getMessage() + ")", e);
        }
    }

    @Override
    public boolean hasNext() {
        while (ready.isEmpty() && !finished) {
            advance();
        }
        return !ready.isEmpty();
    }

    @Override
    public ArchiveEntry next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return ready.poll();
    }

    /** Reads one more record header, which settles whether the record before it was whole. */
    private void advance() {
        badTrailer = null;
        try {
            Optional<WarcRecord> next = reader.next();
            settlePending();
            if (next.isEmpty()) {
                finished = true;
                return;
            }
            index++;
            pendingStart = reader.position();
            pending = take(next.get());
        } catch (ParsingException e) {
            if (settlePending()) {
                index++;
                ready.add(ArchiveEntry.skipped(Skip.DAMAGED, where() + ": its header cannot be read ("
                        + e.getMessage() + "); skipped"));
            }
            resync(pendingStart + 1);
        } catch (EOFException | ZipException e) {
            cutShort(e.getMessage() == null ? "unexpected end" : e.getMessage());
        } catch (IOException e) {
            cutShort(e.getMessage());
        }
    }

    /**
     * Hands on the record held back, or reports it when the reader found no record end where its length
     * said (jwarc warns of a bad trailer and reads on).
     *
     * @return true when that record, if any, was whole, so a failure after it lies in the next record
     */
    private boolean settlePending() {
        if (badTrailer != null && pending != null) {
            ready.add(ArchiveEntry.skipped(Skip.DAMAGED, where() + ": does not end where its length says ("
                    + badTrailer + "); skipped"));
            pending = null;
            return false;
        }
        release();
        return true;
    }

    private void cutShort(String why) {
        if (settlePending()) {
            index++;
        }
        ready.add(ArchiveEntry.skipped(Skip.TRUNCATED, origin + ": ends inside record " + index + " (" + why
                + "): the file was cut short; the records before it were read"));
        finished = true;
    }

    private void release() {
        if (pending != null) {
            ready.add(pending);
            pending = null;
        }
    }

    private WarcReader watched(WarcReader warcReader) {
        warcReader.onWarning(warning -> {
            if (warning.contains("trailer")) {
                badTrailer = warning;
            }
        });
        return warcReader;
    }

    /**
     * Looks for the next place a record may start after {@code from}, and goes on reading there; when
     * there is none, or the archive is a stream, the rest of it is given up.
     */
    private void resync(long from) {
        if (file == null) {
            finished = true;
            return;
        }
        byte[] marker = compressed ? GZIP_MEMBER : WARC_HEADER;
        try {
            for (long at = find(marker, from); at >= 0; at = find(marker, at + 1)) {
                try {
                    file.position(at);
                    WarcReader resumed = watched(new WarcReader(file));
                    Optional<WarcRecord> record = resumed.next();
                    if (record.isPresent()) {
                        reader = resumed;
                        index++;
                        pendingStart = at;
                        pending = take(record.get());
                        return;
                    }
                } catch (IOException notARecord) {
                    // The marker's bytes were inside compressed data or text: look further on.
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        finished = true;
    }

    /** The position of the next occurrence of {@code marker} at or after {@code from}, or -1. */
    private long find(byte[] marker, long from) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
        long base = from;
        while (base < file.size()) {
            buffer.clear();
            int read = file.read(buffer, base);
            if (read < marker.length) {
                return -1;
            }
            for (int i = 0; i + marker.length <= read; i++) {
                if (matches(buffer, i, marker)) {
                    return base + i;
                }
            }
            base += read - marker.length + 1;
        }
        return -1;
    }

    private static boolean matches(ByteBuffer buffer, int at, byte[] marker) {
        for (int j = 0; j < marker.length; j++) {
            if (buffer.get(at + j) != marker[j]) {
                return false;
            }
        }
        return true;
    }

    /** The entry a record gives, or null for a record that holds no page (request, metadata, warcinfo). */
    private ArchiveEntry take(WarcRecord record) throws IOException {
        if (record instanceof WarcResponse response) {
            HttpResponse http;
            try {
                http = response.http();
            } catch (ParsingException e) {
                return ArchiveEntry.skipped(Skip.DAMAGED, where() + ": its HTTP header cannot be read; skipped");
            }
            if (http.status() < 200 || http.status() >= 300) {
                return ArchiveEntry.skipped(Skip.NOT_AN_ARTICLE, where(response) + ": HTTP " + http.status()
                        + ", no page; skipped");
            }
            return page(response, http.contentType(), http.bodyDecoded(), SourceRecord.Kind.WEB_PAGE);
        }
        if (record instanceof WarcResource resource) {
            return page(resource, resource.contentType(), resource.body(), SourceRecord.Kind.WEB_PAGE);
        }
        if (record instanceof WarcConversion conversion) {
            return page(conversion, conversion.contentType(), conversion.body(), SourceRecord.Kind.PLAIN_TEXT);
        }
        return null;
    }

    private ArchiveEntry page(WarcTargetRecord record, MediaType type, MessageBody body, SourceRecord.Kind kind)
            throws IOException {
        String base = type == null ? "" : type.base().toString().toLowerCase(Locale.ROOT);
        boolean html = base.equals("text/html") || base.equals("application/xhtml+xml");
        boolean text = base.equals("text/plain");
        if (kind == SourceRecord.Kind.WEB_PAGE ? !html && !(text && record instanceof WarcResource) : !text) {
            return ArchiveEntry.skipped(Skip.NOT_AN_ARTICLE, where(record) + ": "
                    + (base.isEmpty() ? "no content type" : base) + ", not a web page; skipped");
        }
        if (record.body().size() > limit) {
            return ArchiveEntry.skipped(Skip.TOO_LARGE, where(record) + ": " + BoundedInput.size(record.body().size())
                    + " is too large for one article (limit " + BoundedInput.size(limit) + "); skipped");
        }
        byte[] content;
        try (InputStream in = body.stream()) {
            content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        }
        if (content.length > limit) {
            return ArchiveEntry.skipped(Skip.TOO_LARGE, where(record) + ": decompressed, more than "
                    + BoundedInput.size(limit) + ", too large for one article; skipped");
        }
        SourceRecord.Kind read = text && kind == SourceRecord.Kind.WEB_PAGE ? SourceRecord.Kind.PLAIN_TEXT : kind;
        LocalDate date = record.headers().first("WARC-Date").isPresent()
                ? LocalDate.ofInstant(record.date(), ZoneOffset.UTC) : null;
        return ArchiveEntry.of(new SourceRecord(origin + "#" + index, read, content, charset(type), record.target(),
                date, language(record), null, null));
    }

    private String where() {
        return origin + "#" + index;
    }

    private String where(WarcTargetRecord record) {
        return where() + " (" + record.target() + ")";
    }

    private static Charset charset(MediaType type) {
        String name = type == null ? null : type.parameters().get("charset");
        if (name == null) {
            return null;
        }
        try {
            return Charset.forName(name.strip().replace("\"", ""));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
            return null;
        }
    }

    /** Common Crawl's WARC-Identified-Content-Language ("eng,fra"): the first, as an ISO 639-1 code. */
    private static String language(WarcRecord record) {
        Optional<String> named = record.headers().first("WARC-Identified-Content-Language");
        if (named.isEmpty() || named.get().isBlank()) {
            return null;
        }
        String first = named.get().split(",")[0].strip().toLowerCase(Locale.ROOT);
        return first.length() == 2 ? first : TWO_LETTER_LANGUAGE.get(first);
    }

    private static Map<String, String> twoLetterLanguages() {
        Map<String, String> codes = new HashMap<>();
        for (String code : Locale.getISOLanguages()) {
            codes.put(new Locale(code).getISO3Language(), code);
        }
        return codes;
    }

    @Override
    public void close() throws IOException {
        reader.close();
        if (file != null) {
            file.close();
        }
    }
}
