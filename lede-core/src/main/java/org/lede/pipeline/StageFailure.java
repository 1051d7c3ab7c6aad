package org.lede.pipeline;

/**
 * A stage broke on one article: a bug, not a bad input. It names the article and the stage, so a run over
 * many articles can report it in one line, skip that article and go on; the stage's own exception is the cause.
 */
public final class StageFailure extends RuntimeException {
    private final String origin;
    private final String stage;

    StageFailure(String origin, String stage, Throwable cause) {
        super((origin == null ? "article" : origin) + ": analysis failed in " + stage + " (" + describe(cause) + ")",
                cause);
        this.origin = origin;
        this.stage = stage;
    }

    /** Where the article was read from, or null when the caller did not say. */
    public String origin() {
        return origin;
    }

    /** The name of the stage that failed. */
    public String stage() {
        return stage;
    }

    private static String describe(Throwable cause) {
        String message = cause.getMessage();
        String type = cause.getClass().getSimpleName();
        return message == null || message.isBlank() ? type : type + ": " + message;
    }
}
