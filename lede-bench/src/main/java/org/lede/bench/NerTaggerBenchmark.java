package org.lede.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.lede.model.Analysis;
import org.lede.model.Article;
import org.lede.model.Sentence;
import org.lede.model.Token;
import org.lede.ner.EntityRecognizer;
import org.lede.ner.NerTagger;
import org.lede.pipeline.Pipeline;
import org.lede.text.TextAnalyzer;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The entity tagger's speed on one thread, in tokens per second: both passes over an invented agency
 * story (the {@code tokens} counter), and the whole analysis of the same story for comparison. The
 * shipped model, gazetteer and clusters are loaded once, as the pipeline loads them.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class NerTaggerBenchmark {

    /** The loaded stages and the story, tokenised once. */
    @State(Scope.Benchmark)
    public static class Story {
        NerTagger tagger;
        Pipeline pipeline;
        Article article;
        List<List<String>> sentences;
        int tokens;

        @Setup
        public void load() throws IOException {
            String text;
            try (InputStream in = NerTaggerBenchmark.class.getResourceAsStream("story.txt")) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            article = Article.of(text);
            Analysis analysis = new TextAnalyzer().process(Analysis.of(article));
            sentences = new ArrayList<>();
            for (Sentence sentence : analysis.sentences()) {
                sentences.add(analysis.tokensOf(sentence).stream().map(Token::form).toList());
            }
            tokens = analysis.tokens().size();
            tagger = EntityRecognizer.load().tagger();
            pipeline = Pipeline.standard();
        }
    }

    /** Tokens handled, reported by JMH as a rate next to the operations. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Tokens {
        public long tokens;

        @Setup(Level.Iteration)
        public void reset() {
            tokens = 0;
        }
    }

    @Benchmark
    public List<int[]> tagger(Story story, Tokens counted) {
        counted.tokens += story.tokens;
        return story.tagger.tag(story.sentences);
    }

    @Benchmark
    public Analysis wholeAnalysis(Story story, Tokens counted) {
        counted.tokens += story.tokens;
        return story.pipeline.analyze(story.article);
    }
}
