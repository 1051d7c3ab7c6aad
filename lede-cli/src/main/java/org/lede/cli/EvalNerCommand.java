package org.lede.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.lede.eval.ConllEval;
import org.lede.eval.ConllPlainText;
import org.lede.eval.PredictedMentions;
import org.lede.ner.BioLabels;
import org.lede.ner.ConllCorpus;
import org.lede.ner.EntityRecognizer;
import org.lede.ner.NerTagger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code lede eval ner}: tags the tokens of a CoNLL-2003 file as given (no tokenizer, the file's own
 * documents and sentences) and scores phrases per CoNLL type as conlleval does, with the tagger's speed.
 * With {@code --write-text} and {@code --predicted} it scores another system (CoreNLP) on the same tokens
 * with the same scorer: the first writes the documents as plain text for it, the second reads back the
 * entity mentions it found there ({@code scripts/ner-vs-corenlp.sh} runs the round trip).
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

    @Option(names = "--write-text", paramLabel = "DIR",
            description = "Score nothing; write each document to DIR/doc-NNNN.txt as plain text (sentences on "
                    + "their own lines, blank lines between, tokens joined by spaces) for another system to read.")
    Path writeText;

    @Option(names = "--predicted", paramLabel = "DIR",
            description = "Score another system instead of Lede: DIR/doc-NNNN.json holds the entity mentions it "
                    + "found in the texts of --write-text, as the CoreNLP harness writes them ({\"entities\": "
                    + "[{type, begin, end}]}). PERSON, LOCATION, ORGANIZATION, MISC (or PER, LOC, ORG) are "
                    + "scored; other types (dates, numbers, money …) count as O and are only counted.")
    Path predicted;

    @Override
    public Integer call() throws Exception {
        if (writeText != null && predicted != null) {
            throw new ParameterException(spec.commandLine(), "--write-text and --predicted exclude each other");
        }
        if (writeText != null) {
            return writeText(ConllCorpus.read(conll));
        }
        if (predicted != null) {
            return scorePredicted(ConllCorpus.read(conll));
        }
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

    private int writeText(List<ConllCorpus.Document> documents) throws IOException {
        Files.createDirectories(writeText);
        long tokens = 0;
        for (int d = 0; d < documents.size(); d++) {
            Files.writeString(writeText.resolve(ConllPlainText.documentName(d) + ".txt"),
                    ConllPlainText.of(documents.get(d)).text(), StandardCharsets.UTF_8);
            tokens += documents.get(d).words().stream().mapToInt(List::size).sum();
        }
        spec.commandLine().getOut().printf("wrote %d documents, %d tokens, to %s%n", documents.size(), tokens, writeText);
        spec.commandLine().getOut().flush();
        return 0;
    }

    private int scorePredicted(List<ConllCorpus.Document> documents) throws IOException {
        ConllEval eval = new ConllEval(BioLabels.TYPES);
        Map<String, Integer> ignored = new TreeMap<>();
        for (int d = 0; d < documents.size(); d++) {
            String name = ConllPlainText.documentName(d);
            Path file = predicted.resolve(name + ".json");
            if (!Files.isRegularFile(file)) {
                throw new IOException(file + " is missing: --predicted needs one JSON file per document that"
                        + " --write-text wrote for " + conll.getFileName());
            }
            PredictedMentions mentions = PredictedMentions.read(name, file);
            mentions.ignoredByType().forEach((type, count) -> ignored.merge(type, count, Integer::sum));
            List<ConllCorpus.Sentence> sentences = documents.get(d).sentences();
            List<List<String>> guessed = ConllPlainText.of(documents.get(d)).tags(mentions.scored());
            for (int s = 0; s < sentences.size(); s++) {
                eval.addSentence(sentences.get(s).tags(), guessed.get(s));
            }
        }
        Map<String, Number> extra = new LinkedHashMap<>();
        ignored.forEach((type, count) -> extra.put("mentions_scored_as_O_" + type, count));
        output.print(eval.report("ner conll " + conll.getFileName() + ", predicted by " + predicted, extra),
                spec.commandLine().getOut());
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
