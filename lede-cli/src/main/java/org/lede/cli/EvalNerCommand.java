package org.lede.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.lede.eval.ConllEval;
import org.lede.ner.BioLabels;
import org.lede.ner.ConllCorpus;
import org.lede.ner.EntityRecognizer;
import org.lede.ner.NerTagger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code lede eval ner}: tags the tokens of a CoNLL-2003 file as given (no tokenizer, the file's own
 * documents and sentences) and scores phrases per CoNLL type as conlleval does, with the tagger's speed.
 */
@Command(name = "ner", mixinStandardHelpOptions = true,
        description = "Score the entity recogniser on a CoNLL-2003 file (conlleval phrase P/R/F1 per type).")
final class EvalNerCommand implements Callable<Integer> {
    private static final int TIMED_RUNS = 3;

    @Spec
    CommandSpec spec;

    @Mixin
    EvalOutput output;

    @Option(names = "--conll", required = true, description = "CoNLL-2003 file with gold tags (e.g. eng.testa).")
    Path conll;

    @Option(names = "--model", description = "Model file; default: the model shipped in the jar.")
    Path model;

    @Override
    public Integer call() throws Exception {
        long loadStarted = System.nanoTime();
        EntityRecognizer recognizer = model == null ? EntityRecognizer.load() : EntityRecognizer.load(model);
        long loadMillis = (System.nanoTime() - loadStarted) / 1_000_000;
        NerTagger tagger = recognizer.tagger();
        List<ConllCorpus.Document> documents = ConllCorpus.read(conll);

        // Untimed runs warm the JIT; the fastest of the timed runs is the speed a long-running Lede has on
        // this machine, least disturbed by whatever else shares it.
        List<List<int[]>> labels = tagAll(tagger, documents);
        tagAll(tagger, documents);
        double seconds = Double.MAX_VALUE;
        for (int run = 0; run < TIMED_RUNS; run++) {
            long started = System.nanoTime();
            tagAll(tagger, documents);
            seconds = Math.min(seconds, (System.nanoTime() - started) / 1e9);
        }

        ConllEval eval = new ConllEval(BioLabels.TYPES);
        for (int d = 0; d < documents.size(); d++) {
            List<ConllCorpus.Sentence> sentences = documents.get(d).sentences();
            for (int s = 0; s < sentences.size(); s++) {
                eval.addSentence(sentences.get(s).tags(), BioLabels.toIob1Tags(labels.get(d).get(s)));
            }
        }
        Map<String, Number> extra = new LinkedHashMap<>();
        extra.put("tokens_per_second", Math.round(eval.tokens() / seconds));
        extra.put("model_load_ms", loadMillis);
        output.print(eval.report("ner conll " + conll.getFileName(), extra), spec.commandLine().getOut());
        return 0;
    }

    private static List<List<int[]>> tagAll(NerTagger tagger, List<ConllCorpus.Document> documents) {
        List<List<int[]>> labels = new ArrayList<>(documents.size());
        for (ConllCorpus.Document document : documents) {
            labels.add(tagger.tag(document.words()));
        }
        return labels;
    }
}
