package org.lede.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.lede.cluster.ActorNames;
import org.lede.cluster.ArticleClusterer;
import org.lede.model.Analysis;
import org.lede.model.Article;
import org.lede.model.EntityLabel;
import org.lede.model.Event;
import org.lede.pipeline.Pipeline;
import org.lede.pipeline.StageFailure;
import org.lede.source.ArticleReader;
import org.lede.source.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lede cluster PATH…}: groups articles that report the same event and shows, per cluster, how each
 * outlet names and labels each actor. Rendering only: the grouping and the wording come from the core.
 */
@Command(name = "cluster",
        mixinStandardHelpOptions = true,
        description = "Group articles that report the same event (type, actors, place, date window, text "
                + "similarity) and show how each outlet names and labels each actor.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            " 0:every article was read and grouped",
            " 1:nothing could be grouped (no article could be read)",
            " 2:some articles could not be read: each was reported on stderr and left out"})
final class ClusterCommand implements Callable<Integer> {
    static final String DEFAULT_THRESHOLD = "" + ArticleClusterer.DEFAULT_THRESHOLD;
    private static final String INDENT = "  ";
    private static final String DETAIL = "      ";

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files or folders of them.")
    List<String> paths;

    @Option(names = "--threshold", paramLabel = "T", defaultValue = DEFAULT_THRESHOLD,
            description = "Least average similarity for two clusters to join, 0 to 1 (default: ${DEFAULT-VALUE}).")
    double threshold;

    @Option(names = "--window", paramLabel = "DAYS", defaultValue = "" + ArticleClusterer.DEFAULT_WINDOW_DAYS,
            description = "Most days apart two articles may be published to report one event (default: "
                    + "${DEFAULT-VALUE}).")
    int window;

    @Option(names = "--all", description = "Show clusters of one article too.")
    boolean all;

    @Option(names = "--json", description = "Print one JSON object with every cluster instead of the report.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        List<ArticleInput> inputs = ArticleInput.expand(paths, warning -> err.println("lede: warning: " + warning));
        Pipeline pipeline = Pipeline.standard();
        Progress progress = new Progress(err, System.console() != null, inputs.size());
        ArticleReader reader = new ArticleReader(warning -> progress.note("lede: warning: " + warning));
        List<Analysis> analyses = new ArrayList<>();
        int skipped = 0;
        for (ArticleInput input : inputs) {
            try {
                analyses.add(pipeline.analyze(input.read(reader, System.in)));
            } catch (InputException | StageFailure e) {
                progress.note("lede: " + e.getMessage());
                skipped++;
            }
            progress.advance();
        }
        progress.hide();
        if (analyses.isEmpty()) {
            return UserErrorHandler.EXIT_FAILURE;
        }
        List<List<Integer>> clusters = new ArticleClusterer(threshold, window).cluster(analyses);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(json(clusters, analyses));
            out.flush();
            return skipped == 0 ? 0 : AnalyzeCommand.EXIT_SOME_SKIPPED;
        }
        int shown = 0;
        for (List<Integer> cluster : clusters) {
            if (cluster.size() > 1 || all) {
                print(++shown, cluster.stream().map(analyses::get).toList(), out);
            }
        }
        out.println(clusters.size() + " clusters of " + analyses.size() + " articles; " + shown + " shown"
                + (all ? "" : " (those of two or more articles; --all shows every one)"));
        out.flush();
        return skipped == 0 ? 0 : AnalyzeCommand.EXIT_SOME_SKIPPED;
    }

    /** Every cluster, one article or more: its articles, its main event, and its actors' wording by outlet. */
    private static String json(List<List<Integer>> clusters, List<Analysis> analyses) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        ArrayNode array = root.putArray("clusters");
        for (List<Integer> members : clusters) {
            List<Analysis> articles = members.stream().map(analyses::get).toList();
            List<String> outlets = outlets(articles);
            ObjectNode cluster = array.addObject();
            ArrayNode list = cluster.putArray("articles");
            for (int a = 0; a < articles.size(); a++) {
                Article article = articles.get(a).article();
                ObjectNode node = list.addObject();
                node.put("origin", article.origin());
                node.put("outlet", outlets.get(a));
                node.put("title", article.title());
                node.put("published", article.published() == null ? null : article.published().toString());
            }
            cluster.put("event", mostCommon(eventCounts(articles)).orElse(null));
            ArrayNode actors = cluster.putArray("actors");
            for (ActorNames.Actor actor : ActorNames.of(articles, outlets)) {
                ObjectNode node = actors.addObject();
                node.put("name", actor.name());
                node.put("type", actor.type().name());
                node.put("participant", actor.participant());
                node.put("articles", actor.articles());
                ArrayNode wordings = node.putArray("wordings");
                for (ActorNames.Wording wording : actor.wordings()) {
                    ObjectNode w = wordings.addObject();
                    w.put("outlet", wording.outlet());
                    wording.names().forEach(w.putArray("names")::add);
                    // "labels" has listed the descriptions and roles since the first release; the framing
                    // stage's labels, with voice and polarity, came later under a name of their own
                    wording.descriptions().forEach(w.putArray("labels")::add);
                    ArrayNode framing = w.putArray("framing_labels");
                    for (EntityLabel label : wording.labels()) {
                        framing.addObject().put("text", label.text())
                                .put("voice", label.voice().name().toLowerCase(Locale.ROOT))
                                .put("polarity", label.polarity().name().toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        return root.toString();
    }

    /** The outlet each article names, else its file's name, else "article N". */
    private static List<String> outlets(List<Analysis> articles) {
        List<String> outlets = new ArrayList<>();
        for (int a = 0; a < articles.size(); a++) {
            Article article = articles.get(a).article();
            String origin = article.origin() == null || article.origin().equals(ArticleInput.STDIN) ? null
                    : java.nio.file.Path.of(article.origin()).getFileName().toString();
            outlets.add(article.outlet() != null ? article.outlet() : origin != null ? origin : "article " + (a + 1));
        }
        return outlets;
    }

    private static void print(int number, List<Analysis> articles, PrintWriter out) {
        out.println(TextReport.fit("CLUSTER " + number + " · " + articles.size()
                + (articles.size() == 1 ? " article" : " articles") + summary(articles),
                TextReport.WIDTH));
        List<String> outlets = outlets(articles);
        for (int a = 0; a < articles.size(); a++) {
            Article article = articles.get(a).article();
            String outlet = outlets.get(a);
            String title = article.title() == null ? "(no headline)" : article.title();
            // The file is shown where the outlet does not already stand for it.
            String origin = article.origin() == null || article.outlet() == null ? "" : "  (" + article.origin() + ")";
            String head = INDENT + outlet + ": ";
            // a long headline is cut, not the file that tells the reader where the article is
            int room = TextReport.WIDTH - head.length() - origin.length();
            out.println(room < 20 ? TextReport.fit(head + title + origin, TextReport.WIDTH)
                    : head + TextReport.fit(title, room) + origin);
        }
        for (ActorNames.Actor actor : ActorNames.of(articles, outlets)) {
            out.println(TextReport.fit(INDENT + actor.name() + "  " + actor.type()
                    + (actor.participant() ? ", in the events" : "") + ", " + actor.articles() + " of "
                    + articles.size() + " articles", TextReport.WIDTH));
            for (ActorNames.Wording wording : actor.wordings()) {
                String descriptions = wording.descriptions().isEmpty() ? ""
                        : " · " + String.join("; ", wording.descriptions());
                out.println(TextReport.fit(DETAIL + wording.outlet() + ": " + String.join(", ", wording.names())
                        + descriptions, TextReport.WIDTH));
                List<String> labels = wording.labels().stream()
                        .filter(label -> !wording.descriptions().contains(label.text()))
                        .map(ClusterCommand::describe).distinct().toList();
                if (!labels.isEmpty()) {
                    out.println(TextReport.fit(DETAIL + "  labels: " + String.join("; ", labels), TextReport.WIDTH));
                }
            }
        }
        out.println();
    }

    /** "a terror cult (delegitimising, quoted)": a label, its polarity, and whether it is in a quote. */
    private static String describe(EntityLabel label) {
        String polarity = label.polarity().name().toLowerCase(Locale.ROOT);
        return label.text() + " (" + polarity + (label.voice() == EntityLabel.Voice.QUOTE ? ", quoted" : "") + ")";
    }

    /** " · FIGHT 190 · 2023-06-20": the event most articles of the cluster code, and its commonest date. */
    private static String summary(List<Analysis> articles) {
        Map<String, Integer> dates = new LinkedHashMap<>();
        for (Analysis analysis : articles) {
            analysis.events().stream().map(Event::time).filter(t -> t != null && t.value() != null)
                    .map(t -> t.value()).distinct().forEach(date -> dates.merge(date, 1, Integer::sum));
        }
        List<String> parts = new ArrayList<>();
        mostCommon(eventCounts(articles)).ifPresent(parts::add);
        mostCommon(dates).ifPresent(parts::add);
        return parts.stream().map(part -> " · " + part).collect(Collectors.joining());
    }

    /** "FIGHT 190" and in how many of the articles an event of that code appears. */
    private static Map<String, Integer> eventCounts(List<Analysis> articles) {
        Map<String, Integer> codes = new LinkedHashMap<>();
        for (Analysis analysis : articles) {
            analysis.events().stream().map(e -> e.type() + " " + e.code()).distinct()
                    .forEach(code -> codes.merge(code, 1, Integer::sum));
        }
        return codes;
    }

    private static java.util.Optional<String> mostCommon(Map<String, Integer> counts) {
        return counts.entrySet().stream().max(Comparator.comparingInt(Map.Entry::getValue)).map(Map.Entry::getKey);
    }
}
