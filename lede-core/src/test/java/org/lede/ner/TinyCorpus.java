package org.lede.ner;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/** Invented training data and a tiny gazetteer for tests that must not need the real corpora. */
final class TinyCorpus {
    private TinyCorpus() {
    }

    /**
     * Invented sentences for the word clusters and vectors: places after "in", people before "said", enough
     * filler words in a ring to cluster, and one sentence of words seen once.
     */
    static WordClusterBuilder.Corpus contexts() {
        WordClusterBuilder.Corpus corpus = new WordClusterBuilder.Corpus();
        List<String> places = List.of("Tirana", "Durres", "Vlore", "Shkoder");
        List<String> people = List.of("Hoxha", "Leka", "Karimi", "Sadeghi");
        for (int round = 0; round < 6; round++) {
            for (String place : places) {
                corpus.add(List.of("Crowds", "gathered", "in", place, ",", "police", "said", "."));
            }
            for (String person : people) {
                corpus.add(List.of("The", "minister", person, "said", "on", "Monday", "."));
            }
            for (int filler = 0; filler < 20; filler++) {
                corpus.add(List.of("word" + filler, "follows", "word" + (filler + 1) % 20, "."));
            }
        }
        corpus.add(List.of("Once", "only", "."));
        return corpus;
    }

    /** Sentences written as {@code word/TAG} pairs, untagged words outside names. */
    static ConllCorpus.Document document(String... sentences) {
        List<ConllCorpus.Sentence> result = new ArrayList<>();
        for (String sentence : sentences) {
            List<String> words = new ArrayList<>();
            List<String> tags = new ArrayList<>();
            for (String item : sentence.split(" ")) {
                int slash = item.lastIndexOf('/');
                words.add(slash < 0 ? item : item.substring(0, slash));
                tags.add(slash < 0 ? "O" : item.substring(slash + 1));
            }
            result.add(new ConllCorpus.Sentence(words, tags));
        }
        return new ConllCorpus.Document(result);
    }

    static List<ConllCorpus.Document> training() {
        return List.of(
                document("Ivo/B-PER Dardan/I-PER met/O Lena/B-PER Moris/I-PER in/O Karvel/B-LOC .",
                        "the/O Zelva/B-ORG Bank/I-ORG said/O profits/O rose/O ./O",
                        "Lena/B-PER Moris/I-PER works/O for/O Zelva/B-ORG Bank/I-ORG ./O"),
                document("police/O in/O Ostrana/B-LOC arrested/O Ivo/B-PER Dardan/I-PER ./O",
                        "Karvel/B-LOC and/O Ostrana/B-LOC signed/O a/O treaty/O ./O",
                        "Pavel/B-PER Kostic/I-PER joined/O Norbeta/B-ORG Group/I-ORG in/O Ostrana/B-LOC ./O",
                        "the/O Norbeta/B-ORG Group/I-ORG denied/O it/O ./O"),
                document("Edna/B-PER Rask/I-PER flew/O to/O Karvel/B-LOC on/O Monday/O ./O",
                        "officials/O in/O Ostrana/B-LOC said/O Edna/B-PER Rask/I-PER had/O left/O ./O"));
    }

    /** A gazetteer that knows the invented places, as {@link GazetteerBuilder} would write it. */
    static Gazetteer gazetteer() throws IOException {
        String lines = "COUNTRY\tOstrana\nCITY\tKarvel\nDEMONYM\tOstranian\nGROUP\tSunnis\nCOUNTRY\tAlbania\n"
                + "CITY\tTirana\nREGION\tNorth Vale\n";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write(lines.getBytes(StandardCharsets.UTF_8));
        }
        return Gazetteer.read(new ByteArrayInputStream(bytes.toByteArray()));
    }
}
