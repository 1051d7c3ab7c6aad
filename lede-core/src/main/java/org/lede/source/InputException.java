package org.lede.source;

/**
 * An input Lede cannot read as an article: missing, too large, binary, empty, or without article text.
 * Its message names the input and says what to do, and is meant to be shown to the user as it is.
 */
public final class InputException extends RuntimeException {
    private final String origin;

    public InputException(String origin, String problem) {
        super(origin + ": " + problem);
        this.origin = origin;
    }

    public InputException(String origin, String problem, Throwable cause) {
        super(origin + ": " + problem, cause);
        this.origin = origin;
    }

    /** The input the problem is about: a path, or "-" for standard input. */
    public String origin() {
        return origin;
    }
}
