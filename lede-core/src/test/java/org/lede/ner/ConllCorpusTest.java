package org.lede.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConllCorpusTest {
    private static List<ConllCorpus.Document> read(String text) throws IOException {
        return ConllCorpus.read(new BufferedReader(new StringReader(text)));
    }

    @Test
    void splitsDocumentsAtDocstartAndSentencesAtBlankLinesKeepingWordAndLastColumn() throws IOException {
        List<ConllCorpus.Document> documents = read("""
                -DOCSTART- -X- -X- O

                Ana NNP I-NP I-PER
                left VBD I-VP O


                Karvel NNP I-NP I-LOC
                -DOCSTART- -X- -X- O

                Zelva NNP I-NP I-ORG
                """);
        assertThat(documents).hasSize(2);
        assertThat(documents.get(0).words()).containsExactly(List.of("Ana", "left"), List.of("Karvel"));
        assertThat(documents.get(0).sentences().get(0).tags()).containsExactly("I-PER", "O");
        assertThat(documents.get(1).sentences()).containsExactly(
                new ConllCorpus.Sentence(List.of("Zelva"), List.of("I-ORG")));
    }

    @Test
    void aLineWithoutATagIsAnErrorThatNamesTheLine() {
        assertThatThrownBy(() -> read("Ana I-PER\nleft\n")).hasMessageStartingWith("line 2:");
    }
}
