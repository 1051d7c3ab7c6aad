package org.lede.cli;

import java.time.LocalDate;
import org.lede.model.Article;
import picocli.CommandLine.Option;

/** The options that set what an article says about itself, shared by the commands that read articles. */
final class ArticleOverrides {
    @Option(names = "--published", paramLabel = "YYYY-MM-DD",
            description = "Publication date, the anchor for \"on Tuesday\"; overrides what the article says.")
    LocalDate published;

    @Option(names = "--outlet", paramLabel = "NAME", description = "Publishing outlet; overrides the dateline and page.")
    String outlet;

    @Option(names = "--url", paramLabel = "URL", description = "Where the article was published.")
    String url;

    /** The article with what the command line says over what it says itself. */
    Article apply(Article article) {
        Article result = article;
        if (published != null) {
            result = result.withPublished(published);
        }
        if (outlet != null) {
            result = result.withOutlet(outlet);
        }
        if (url != null) {
            result = result.withUrl(url);
        }
        return result;
    }
}
