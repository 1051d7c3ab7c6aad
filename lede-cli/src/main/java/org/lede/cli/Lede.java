package org.lede.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/** The {@code lede} command: one entry point whose subcommands are the surfaces over the core. */
@Command(name = "lede",
        mixinStandardHelpOptions = true,
        versionProvider = LedeVersion.class,
        description = "Reads news articles and answers who said what, on whose authority, and when.",
        subcommands = {CommandLine.HelpCommand.class, AnalyzeCommand.class, BenchCommand.class, EvalCommand.class,
                TrainCommand.class, IngestCommand.class, ServeCommand.class,
                BenchServeCommand.class, ClusterCommand.class, DedupeCommand.class})
public final class Lede {
    /** Exit code of a command line picocli cannot parse; 2 means "some inputs skipped" (see analyze). */
    static final int EXIT_USAGE = 64;

    public static void main(String[] args) {
        int exit;
        try {
            exit = run(args);
        } catch (OutOfMemoryError e) {
            // Out of memory outside one article's analysis, e.g. loading the models into a very small heap.
            System.err.println("lede: out of memory: Java may use " + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                    + " MB; give it more, e.g. LEDE_JAVA_OPTS=-Xmx2g");
            exit = UserErrorHandler.EXIT_FAILURE;
        }
        System.exit(exit);
    }

    /** Runs the command line and returns its exit code; tests call this instead of {@link #main}. */
    public static int run(String... args) {
        return commandLine()
                .setOut(utf8(FileDescriptor.out))
                .setErr(utf8(FileDescriptor.err))
                .execute(args);
    }

    /**
     * The configured command line, writing to picocli's default streams; tests set their own with
     * {@code setOut}/{@code setErr} and call {@code execute}.
     */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new Lede())
                .registerConverter(LocalDate.class, new IsoDateConverter())
                .setExecutionExceptionHandler(new UserErrorHandler())
                .setParameterExceptionHandler(Lede::usageError)
                .setCaseInsensitiveEnumValuesAllowed(true);
        exitOnInvalidInput(commandLine);
        return commandLine;
    }

    /**
     * A command line that cannot be parsed: what is wrong and where the help is, not the whole help screen
     * that would push the one line that matters out of sight.
     */
    private static int usageError(ParameterException problem, String[] args) {
        CommandLine command = problem.getCommandLine();
        PrintWriter err = command.getErr();
        err.println(problem.getMessage());
        UnmatchedArgumentException.printSuggestions(problem, err);
        err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return command.getCommandSpec().exitCodeOnInvalidInput();
    }

    private static void exitOnInvalidInput(CommandLine commandLine) {
        commandLine.getCommandSpec().exitCodeOnInvalidInput(EXIT_USAGE);
        commandLine.getSubcommands().values().forEach(Lede::exitOnInvalidInput);
    }

    /** JSON is UTF-8 whatever the platform's locale says, so output is written as UTF-8. */
    private static PrintWriter utf8(FileDescriptor descriptor) {
        return new PrintWriter(new OutputStreamWriter(new FileOutputStream(descriptor), StandardCharsets.UTF_8), true);
    }
}
