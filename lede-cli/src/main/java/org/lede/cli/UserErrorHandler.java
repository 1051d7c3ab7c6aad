package org.lede.cli;

import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns a failure into one line on stderr and a non-zero exit. A person running Lede needs to know which
 * input failed and what to do, not a stack trace; set {@code LEDE_DEBUG=1} to see the trace of a bug.
 */
final class UserErrorHandler implements IExecutionExceptionHandler {
    static final int EXIT_FAILURE = 1;

    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parseResult) {
        commandLine.getErr().println("lede: " + describe(ex));
        if (System.getenv("LEDE_DEBUG") != null) {
            ex.printStackTrace(commandLine.getErr());
        }
        commandLine.getErr().flush();
        return EXIT_FAILURE;
    }

    /** What to say when the heap ran out: how much Java had, and how to give it more. */
    static String outOfMemory() {
        long megabytes = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        return "too large to analyse in the " + megabytes + " MB of memory Java may use; split it, or give Java "
                + "more, e.g. LEDE_JAVA_OPTS=-Xmx2g";
    }

    static String describe(Throwable ex) {
        Throwable cause = ex instanceof UncheckedIOException && ex.getCause() != null ? ex.getCause() : ex;
        if (cause instanceof NoSuchFileException missing) {
            return missing.getFile() + ": no such file or folder";
        }
        String message = cause.getMessage();
        return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
    }
}
