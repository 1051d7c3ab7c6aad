package org.lede.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.lede.eval.ExtractionReport;
import org.lede.eval.PageAveragedScores;
import org.lede.eval.ShingleOverlap;
import org.lede.model.Article;

/**
 * Scores Lede's article extraction on a folder laid out as the Article Extraction Benchmark is:
 * {@code ground-truth.json} ({@code {id: {articleBody, url}}}), the pages as {@code html/ID.html.gz}, and
 * other extractors' answers on the same pages as {@code baseline-output/NAME.json} (or {@code output/}, the
 * benchmark's own name) in the gold file's shape. Every system is scored by {@link ShingleOverlap} and
 * {@link PageAveragedScores}, so the figures sit side by side. A baseline whose file holds none of the pages
 * is left out and named among the extra figures, rather than scored as zero.
 *
 * <p>The gold has no title, author or date, so for those the report counts the pages where metadata gave
 * one, and checks the date against the one many news addresses carry ({@code /2019/11/19/}).
 */
public final class ExtractionEvaluation {
    private static final Pattern URL_DATE = Pattern.compile("/(20\\d\\d|19\\d\\d)[/-]?(\\d\\d)[/-]?(\\d\\d)(?:/|[^\\d])");

    private final ArticleReader reader = new ArticleReader(warning -> { });
    private final ObjectMapper json = new ObjectMapper();

    public ExtractionReport evaluate(Path folder) throws IOException {
        JsonNode gold = json.readTree(folder.resolve("ground-truth.json").toFile());
        Map<String, PageAveragedScores> bySystem = new LinkedHashMap<>();
        PageAveragedScores lede = new PageAveragedScores();
        bySystem.put("lede", lede);
        Map<String, JsonNode> baselines = baselines(folder);
        Map<String, Number> extra = new LinkedHashMap<>();
        int noText = 0;
        int[] found = new int[4];
        int urlDated = 0;
        int dateMatchesUrl = 0;
        for (Iterator<Map.Entry<String, JsonNode>> pages = gold.fields(); pages.hasNext(); ) {
            Map.Entry<String, JsonNode> page = pages.next();
            String goldBody = page.getValue().path("articleBody").asText("");
            Article article = extract(folder.resolve("html").resolve(page.getKey() + ".html.gz"));
            if (article == null) {
                noText++;
            }
            lede.add(ShingleOverlap.of(goldBody, article == null ? "" : article.text()));
            if (article != null) {
                found[0] += article.title() == null ? 0 : 1;
                found[1] += article.author() == null ? 0 : 1;
                found[2] += article.published() == null ? 0 : 1;
                found[3] += article.outlet() == null ? 0 : 1;
            }
            LocalDate inUrl = dateIn(page.getValue().path("url").asText(""));
            if (inUrl != null) {
                urlDated++;
                dateMatchesUrl += article != null && inUrl.equals(article.published()) ? 1 : 0;
            }
            baselines.forEach((name, answers) -> bySystem.computeIfAbsent(name, n -> new PageAveragedScores())
                    .add(ShingleOverlap.of(goldBody, answers.path(page.getKey()).path("articleBody").asText(""))));
        }
        extra.put("pages_without_text", noText);
        extra.put("with_title", found[0]);
        extra.put("with_author", found[1]);
        extra.put("with_published", found[2]);
        extra.put("with_outlet", found[3]);
        extra.put("urls_with_date", urlDated);
        extra.put("published_matches_url_date", dateMatchesUrl);
        for (String missing : missingBaselines(folder, baselines)) {
            extra.put("no_stored_output_" + missing, 0);
        }
        return new ExtractionReport("extract " + folder.getFileName(), "lede", bySystem, extra);
    }

    /** The page as Lede reads it, or null when Lede finds no article text in it. */
    private Article extract(Path page) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(page))) {
            return reader.readWebPage(page.toString(), in);
        } catch (InputException noArticle) {
            return null;
        }
    }

    /** The stored baseline outputs that hold answers, by file name, in name order. */
    private Map<String, JsonNode> baselines(Path folder) throws IOException {
        Map<String, JsonNode> baselines = new LinkedHashMap<>();
        for (Path file : baselineFiles(folder)) {
            JsonNode answers = json.readTree(file.toFile());
            if (answers.size() > 0) {
                baselines.put(systemName(file), answers);
            }
        }
        return baselines;
    }

    private List<String> missingBaselines(Path folder, Map<String, JsonNode> present) throws IOException {
        List<String> missing = new ArrayList<>();
        for (Path file : baselineFiles(folder)) {
            if (!present.containsKey(systemName(file))) {
                missing.add(systemName(file));
            }
        }
        return missing;
    }

    private static List<Path> baselineFiles(Path folder) throws IOException {
        for (String name : new String[] {"baseline-output", "output"}) {
            Path dir = folder.resolve(name);
            if (Files.isDirectory(dir)) {
                try (Stream<Path> files = Files.list(dir)) {
                    return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
                }
            }
        }
        return List.of();
    }

    private static String systemName(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - ".json".length());
    }

    static LocalDate dateIn(String url) {
        Matcher m = URL_DATE.matcher(url);
        if (!m.find()) {
            return null;
        }
        return PageMetadata.date(m.group(1) + "-" + m.group(2) + "-" + m.group(3));
    }
}
