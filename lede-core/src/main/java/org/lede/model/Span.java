package org.lede.model;

/**
 * Anything pinned to a stretch of {@link Article#text()}.
 *
 * <p>Inside the engine offsets are Java {@code char} (UTF-16) indices, {@code start} inclusive and
 * {@code end} exclusive, because that is what {@link String} works in. The JSON writer converts them to
 * Unicode code-point offsets, which is what the public contract promises.
 */
public interface Span {
    int start();

    int end();

    default int length() {
        return end() - start();
    }

    default boolean contains(Span other) {
        return start() <= other.start() && other.end() <= end();
    }

    default boolean overlaps(Span other) {
        return start() < other.end() && other.start() < end();
    }
}
