package org.lede.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code lede} command: one entry point whose subcommands are the surfaces over the core. */
@Command(name = "lede",
        mixinStandardHelpOptions = true,
        versionProvider = LedeVersion.class,
        description = "Reads news articles and answers who said what, on whose authority, and when.",
        subcommands = {CommandLine.HelpCommand.class, EvalCommand.class, TrainCommand.class})
public final class Lede {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code; tests call this instead of {@link #main}. */
    public static int run(String... args) {
        return new CommandLine(new Lede())
                .setExecutionExceptionHandler(new UserErrorHandler())
                .execute(args);
    }
}
