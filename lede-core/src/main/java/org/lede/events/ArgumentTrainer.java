package org.lede.events;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.lede.eval.EvalReport;
import org.lede.events.GoldEvents.Argument;
import org.lede.events.GoldEvents.Document;
import org.lede.events.GoldEvents.GoldEvent;
import org.lede.events.GoldEvents.Stretch;
import org.lede.io.AtomicFile;
import org.lede.model.Analysis;
import org.lede.model.Article;
import org.lede.model.EventArgument;
import org.lede.model.Sentence;
import org.lede.pipeline.Pipeline;

/**
 * Trains the {@link ArgumentScorer} on the gold events of a RAMS or WikiEvents file: each gold trigger, its
 * candidates and which of them overlap a gold argument of each slot. Events of every type are used, those that
 * map to no CAMEO code too (a communicator, a recipient, a place are read the way an attacker, a victim, a place
 * are), which on RAMS dev gave more than three times the events and a better cross-validated F1 than the
 * mapped types alone (0.247 against 0.229). Logistic
 * regression by stochastic gradient descent with L2, averaged over {@link #RUNS} runs of fixed seeds (the same
 * data gives the same file). The
 * probability an empty slot needs is given, not fitted: the one that maximises F1 on RAMS's gold triggers
 * (0.15 on the training folds) fills slots of the events Lede finds in whole articles, many of which no one
 * annotated, with too many wrong phrases.
 */
public final class ArgumentTrainer {
    private static final int EPOCHS = 20;
    /**
     * Runs of stochastic gradient descent, each with its own order of the examples, whose weights are averaged:
     * a single run's figures hung on its seed (seeds 17, 18, 19 gave cross-validated F1 0.271, 0.261, 0.265 on
     * RAMS dev, and WikiEvents dev trigger precision moved with them, through the merging of mentions).
     */
    private static final int RUNS = 5;
    /** The root feature of a gold type no CAMEO code corresponds to (talks, travel, transactions). */
    private static final String UNMAPPED = "00";
    private static final double LEARNING_RATE = 0.05;
    private static final double L2 = 1e-2;
    private static final double MIN_WEIGHT = 1e-3;

    /** One gold event, read as the scorer would read a trigger at its token. */
    private record Instance(ArticleView view, ArgumentScorer.TriggerContext trigger, EventArgument[] rules,
                            GoldEvent gold) {
    }

    /** Cross-validated figures of the rules and of the model, and the model trained on all documents. */
    public record Result(EvalReport rules, EvalReport model, int folds, int trainingEvents, String modelFile) {
    }

    private final EventLexicon lexicon = EventLexicon.load();

    /**
     * Analyses the documents, cross-validates over {@code folds} folds of whole
     * source articles (the rules' figure on the same documents beside it), then trains on all of them and
     * writes the model to {@code out}.
     */
    public Result train(GoldEvents gold, Pipeline pipeline, int folds, double threshold, Path out, Runnable onDocument)
            throws IOException {
        List<Document> documents = new ArrayList<>();
        Map<Document, Analysis> analyses = new IdentityHashMap<>();
        for (Document document : gold.documents()) {
            documents.add(document);
            analyses.put(document, pipeline.analyze(Article.of(document.text())));
            onDocument.run();
        }
        Map<Document, Integer> foldOf = new IdentityHashMap<>();
        for (Document document : documents) {
            foldOf.put(document, Math.floorMod(document.source().hashCode(), folds));
        }
        EventExtractor rulesOnly = new EventExtractor(lexicon, null);
        EvalReport rules = EventEvaluation.evaluate(gold.name() + ", rules", documents,
                d -> rulesOnly.process(analyses.get(d)), line -> { });
        List<EventExtractor> byFold = new ArrayList<>();
        for (int fold = 0; fold < folds; fold++) {
            List<Instance> training = new ArrayList<>();
            for (Document document : documents) {
                if (foldOf.get(document) != fold) {
                    training.addAll(instances(document, analyses.get(document)));
                }
            }
            byFold.add(new EventExtractor(lexicon, fit(training, threshold)));
        }
        EvalReport model = EventEvaluation.evaluate(gold.name() + ", model, " + folds + "-fold cross-validation",
                documents, d -> byFold.get(foldOf.get(d)).process(analyses.get(d)), line -> { });
        List<Instance> all = new ArrayList<>();
        for (Document document : documents) {
            all.addAll(instances(document, analyses.get(document)));
        }
        ArgumentScorer scorer = fit(all, threshold);
        write(scorer, out, gold.name(), all.size());
        return new Result(rules, model, folds, all.size(), out.toString());
    }

    /** The scored gold events of a document, each at the token where its trigger starts. */
    private List<Instance> instances(Document document, Analysis analysis) {
        ArticleView view = new ArticleView(analysis, lexicon);
        ArgumentFinder finder = new ArgumentFinder(view);
        List<Instance> instances = new ArrayList<>();
        for (GoldEvent event : document.events()) {
            String goldClass = EventEvaluation.classOf(event.type());
            int token = tokenAt(view, event.trigger());
            if (token < 0) {
                continue;
            }
            int s = view.sentenceIndex(token);
            Sentence sentence = analysis.sentences().get(s);
            List<EventLexicon.Trigger> readings = lexicon.readings(view.form(token));
            // The reading the extractor would take; a gold trigger whose context allows none still counts as
            // its first reading, as the word says what kind of event it is.
            EventLexicon.Trigger allowed = readings == null ? null
                    : EventExtractor.readingAt(view, token, sentence, readings);
            EventLexicon.Trigger trigger = readings == null ? null
                    : java.util.Objects.requireNonNullElse(allowed, readings.get(0));
            boolean noun = trigger != null ? EventExtractor.isNoun(view, token, sentence, trigger)
                    : !Words.looksVerbal(view.form(token));
            String code = trigger != null ? trigger.code()
                    : goldClass == null ? UNMAPPED : EventEvaluation.MAPPING.get(goldClass).get(0);
            EventArgument[] rules = EventExtractor.arguments(view, finder, token, s, noun, allowed);
            boolean agentless = !noun && rules[0] == null && finder.readsPassive(token, sentence);
            instances.add(new Instance(view, new ArgumentScorer.TriggerContext(token, s, noun,
                    EventExtractor.rootOf(code), agentless), rules, event));
        }
        return instances;
    }

    private static int tokenAt(ArticleView view, Stretch stretch) {
        for (int i = 0; i < view.tokens.size(); i++) {
            if (stretch.overlaps(view.tokens.get(i).start(), view.tokens.get(i).end())) {
                return i;
            }
        }
        return -1;
    }

    /** Fits the weights of every slot on the instances. */
    private ArgumentScorer fit(List<Instance> instances, double threshold) {
        record Example(String slot, List<String> features, boolean positive) {
        }
        List<Example> examples = new ArrayList<>();
        for (Instance instance : instances) {
            for (ArgumentScorer.Candidate candidate : ArgumentScorer.candidates(instance.view(), instance.trigger(),
                    instance.rules())) {
                for (String slot : ArgumentScorer.SLOTS) {
                    examples.add(new Example(slot, ArgumentScorer.features(instance.view(), instance.trigger(),
                            candidate, slot, instance.rules()), isGold(instance.gold(), slot, candidate.argument())));
                }
            }
        }
        Map<String, Double> averaged = new HashMap<>();
        for (int run = 0; run < RUNS; run++) {
            Map<String, Double> weights = new HashMap<>();
            Random random = new Random(17 + run);
            List<Example> order = new ArrayList<>(examples);
            for (int epoch = 0; epoch < EPOCHS; epoch++) {
                Collections.shuffle(order, random);
                for (Example example : order) {
                    double gradient = (example.positive() ? 1 : 0)
                            - ArgumentScorer.probability(weights, example.slot(), example.features());
                    for (String feature : example.features()) {
                        weights.merge(example.slot() + "|" + feature, 0.0,
                                (w, zero) -> w + LEARNING_RATE * (gradient - L2 * w));
                    }
                }
            }
            weights.forEach((feature, w) -> averaged.merge(feature, w / RUNS, Double::sum));
        }
        Map<String, Double> weights = new TreeMap<>(averaged);
        weights.values().removeIf(w -> Math.abs(w) < MIN_WEIGHT);
        return new ArgumentScorer(weights, threshold);
    }

    private static boolean isGold(GoldEvent gold, String slot, EventArgument argument) {
        for (Argument candidate : gold.arguments()) {
            if (slot.equals(EventEvaluation.slotOf(gold.type(), candidate.role()))
                    && candidate.stretches().stream().anyMatch(s -> s.overlaps(argument.start(), argument.end()))) {
                return true;
            }
        }
        return false;
    }

    private static void write(ArgumentScorer scorer, Path out, String source, int events) throws IOException {
        AtomicFile.writeText(out, writer -> {
            writer.write("# Event argument scorer (org.lede.events.ArgumentScorer), trained by 'lede train events' on "
                    + source + ", " + events + " gold events. slot|feature<TAB>weight\n");
            writer.write(String.format(Locale.ROOT, "threshold\t%.2f%n", scorer.threshold()));
            for (Map.Entry<String, Double> entry : new TreeMap<>(scorer.weights()).entrySet()) {
                writer.write(String.format(Locale.ROOT, "%s\t%.4f%n", entry.getKey(), entry.getValue()));
            }
        });
    }
}
