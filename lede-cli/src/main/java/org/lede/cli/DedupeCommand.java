package org.lede.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.lede.dedupe.DuplicateFinder;
import org.lede.model.Article;
import org.lede.source.ArticleReader;
import org.lede.source.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lede dedupe PATH…}: the exact and near duplicates among articles, without analysing them. */
@Command(name = "dedupe",
        mixinStandardHelpOptions = true,
        description = {"Find duplicate articles: exact ones (the same text up to spacing and case) and near ones "
                + "(MinHash over 5-word shingles: wire stories reprinted by several outlets, updates of a story).",
            "PATH is anything lede analyze reads: files, folders, WARC/WET archives, feeds."})
final class DedupeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files, folders, archives or feeds.")
    List<String> paths;

    @Option(names = "--threshold", paramLabel = "J", defaultValue = "0.7",
            description = "Least estimated Jaccard similarity of near duplicates (default: ${DEFAULT-VALUE}).")
    double threshold;

    @Option(names = "--json", description = "Print one JSON object with the counts and groups.")
    boolean json;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        ArticleInputs inputs = ArticleInputs.of(paths, ArticleReader.DEFAULT_LIMIT,
                warning -> err.println("lede: warning: " + warning));
        Progress progress = new Progress(err, System.console() != null, inputs.total());
        ArticleReader reader = new ArticleReader(warning -> progress.note("lede: warning: " + warning));
        DuplicateFinder finder = new DuplicateFinder(threshold);
        int[] counts = new int[3]; // articles, exact duplicates, skipped
        try (inputs) {
            new OrderedParallel(Runtime.getRuntime().availableProcessors()).run(inputs, input -> read(input, reader),
                    read -> {
                        if (read.article() == null) {
                            progress.note("lede: " + read.problem());
                            counts[2]++;
                        } else {
                            counts[0]++;
                            counts[1] += finder.add(read.origin(), read.article().text()) == null ? 0 : 1;
                        }
                        progress.advance();
                    });
        }
        progress.hide();
        print(finder, counts[0], counts[1], counts[2]);
        return counts[2] == 0 ? 0 : counts[0] == 0 ? UserErrorHandler.EXIT_FAILURE : AnalyzeCommand.EXIT_SOME_SKIPPED;
    }

    /** An input read, or the line that says why it could not be. */
    private record Read(String origin, Article article, String problem) {
    }

    private static Read read(ArticleInput input, ArticleReader reader) {
        if (input.problem() != null) {
            return new Read(input.origin(), null, input.problem());
        }
        try {
            return new Read(input.origin(), input.read(reader, System.in), null);
        } catch (InputException e) {
            return new Read(input.origin(), null, e.getMessage());
        }
    }

    private void print(DuplicateFinder finder, int articles, int exactDuplicates, int skipped) {
        PrintWriter out = spec.commandLine().getOut();
        List<List<String>> exact = finder.exactGroups();
        List<List<String>> near = finder.nearGroups();
        if (json) {
            ObjectMapper mapper = new ObjectMapper();
            ObjectNode root = mapper.createObjectNode();
            root.put("articles", articles);
            root.put("skipped", skipped);
            root.put("exact_duplicates", exactDuplicates);
            root.put("distinct", articles - exactDuplicates);
            root.put("threshold", threshold);
            groups(root.putArray("exact_groups"), exact);
            groups(root.putArray("near_groups"), near);
            out.println(root.toString());
        } else {
            out.printf(Locale.ROOT, "%d articles: %d exact duplicates of earlier ones (%d groups); %d groups of near "
                    + "duplicates (Jaccard >= %.2f) holding %d articles%n", articles, exactDuplicates, exact.size(),
                    near.size(), threshold, near.stream().mapToInt(List::size).sum());
            if (!exact.isEmpty()) {
                out.println("\nEXACT (the first is kept, the others are dropped)");
                exact.forEach(group -> out.println("  " + String.join("  =  ", group)));
            }
            if (!near.isEmpty()) {
                out.println("\nNEAR");
                near.forEach(group -> out.println("  " + String.join("  ~  ", group)));
            }
        }
        out.flush();
    }

    private static void groups(ArrayNode array, List<List<String>> groups) {
        groups.forEach(group -> group.forEach(array.addArray()::add));
    }
}
