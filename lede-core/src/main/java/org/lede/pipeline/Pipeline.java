package org.lede.pipeline;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.lede.entities.EntityResolver;
import org.lede.linking.EntityLinker;
import org.lede.events.EventExtractor;
import org.lede.framing.FramingStage;
import org.lede.model.Analysis;
import org.lede.model.Article;
import org.lede.ner.EntityRecognizer;
import org.lede.quantity.QuantityTagger;
import org.lede.quotes.QuoteAttributor;
import org.lede.text.TextAnalyzer;
import org.lede.time.TimeTagger;

/** Stages run in order over one article. Thread-safe when its stages are, and Lede's are. */
public final class Pipeline {
    private final List<Stage> stages;

    public Pipeline(List<Stage> stages) {
        this.stages = List.copyOf(stages);
    }

    /**
     * Lede's full analysis with the models shipped in the jar. The entity recogniser's model and the link
     * tables are the slowest parts to load (most of the start-up of a one-article run), so each is read on a
     * thread of its own while the other stages are built: the common pool has a single thread on a two-core
     * machine and would load them one after the other.
     */
    public static Pipeline standard() {
        CompletableFuture<EntityRecognizer> recognizer = inBackground(EntityRecognizer::load);
        CompletableFuture<EntityLinker> linker = inBackground(EntityLinker::new);
        TextAnalyzer text = new TextAnalyzer();
        EntityResolver resolver = new EntityResolver();
        QuoteAttributor quotes = new QuoteAttributor();
        TimeTagger time = new TimeTagger();
        QuantityTagger quantities = new QuantityTagger();
        EventExtractor events = new EventExtractor();
        FramingStage framing = FramingStage.load();
        return new Pipeline(List.of(text, loaded(recognizer), resolver, loaded(linker), quotes, time, quantities,
                events, framing));
    }

    private static <T> CompletableFuture<T> inBackground(java.util.function.Supplier<T> load) {
        return CompletableFuture.supplyAsync(load, task -> {
            Thread thread = new Thread(task, "lede-model-load");
            thread.setDaemon(true);
            thread.start();
        });
    }

    private static <T> T loaded(CompletableFuture<T> stage) {
        try {
            return stage.join();
        } catch (CompletionException e) {
            // What went wrong on the loading thread is thrown as if the stage had been loaded here.
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** Told as each stage finishes one article, so that a long analysis can show how far it is. */
    public interface StageListener {
        StageListener NONE = (stage, done, total) -> { };

        void finished(Stage stage, int done, int total);
    }

    /**
     * Runs every stage over the article.
     *
     * @throws StageFailure when a stage throws, naming the article and the stage; a regular expression
     *         that recursed too deep on one text counts too, since it says nothing about the next article
     */
    public Analysis analyze(Article article) {
        return analyze(article, StageListener.NONE);
    }

    /** Runs every stage over the article, telling {@code listener} as each one finishes. */
    public Analysis analyze(Article article, StageListener listener) {
        Analysis analysis = Analysis.of(article);
        for (int s = 0; s < stages.size(); s++) {
            Stage stage = stages.get(s);
            try {
                analysis = stage.process(analysis);
            } catch (RuntimeException | StackOverflowError e) {
                throw new StageFailure(article.origin(), stage.name(), e);
            }
            listener.finished(stage, s + 1, stages.size());
        }
        return analysis;
    }

    public List<Stage> stages() {
        return stages;
    }
}
