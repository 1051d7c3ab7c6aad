package org.lede.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a CoNLL-2003 file: one token per line (word first, entity tag last), blank lines between
 * sentences and {@code -DOCSTART-} lines between documents. Only the words and tags are kept, because at
 * run time Lede has no part-of-speech or chunk tagger to fill the middle columns.
 */
public final class ConllCorpus {
    private static final String DOCUMENT_START = "-DOCSTART-";

    private ConllCorpus() {
    }

    /** One sentence: its words and their gold tags, as in the file. */
    public record Sentence(List<String> words, List<String> tags) {
        public Sentence {
            words = List.copyOf(words);
            tags = List.copyOf(tags);
        }
    }

    /** The sentences between two {@code -DOCSTART-} lines. */
    public record Document(List<Sentence> sentences) {
        public Document {
            sentences = List.copyOf(sentences);
        }

        public List<List<String>> words() {
            return sentences.stream().map(Sentence::words).toList();
        }
    }

    public static List<Document> read(Path file) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader);
        }
    }

    public static List<Document> read(BufferedReader reader) throws IOException {
        List<Document> documents = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        List<String> words = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        String line;
        int lineNumber = 0;
        while ((line = reader.readLine()) != null) {
            lineNumber++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith(DOCUMENT_START)) {
                if (!words.isEmpty()) {
                    sentences.add(new Sentence(words, tags));
                    words.clear();
                    tags.clear();
                }
                if (trimmed.startsWith(DOCUMENT_START) && !sentences.isEmpty()) {
                    documents.add(new Document(sentences));
                    sentences.clear();
                }
                continue;
            }
            String[] columns = trimmed.split("\\s+");
            if (columns.length < 2) {
                throw new IOException("line " + lineNumber + ": expected a word and a tag, found \"" + trimmed + "\"");
            }
            words.add(columns[0]);
            tags.add(columns[columns.length - 1]);
        }
        if (!words.isEmpty()) {
            sentences.add(new Sentence(words, tags));
        }
        if (!sentences.isEmpty()) {
            documents.add(new Document(sentences));
        }
        return documents;
    }
}
