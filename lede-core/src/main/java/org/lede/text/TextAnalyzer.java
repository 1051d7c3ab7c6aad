package org.lede.text;

import java.util.List;
import org.lede.model.Analysis;
import org.lede.model.NormalizedText;
import org.lede.model.Sentence;
import org.lede.model.Token;
import org.lede.pipeline.Stage;

/** The first stage: normalises the text, tokenises it and splits it into sentences. */
public final class TextAnalyzer implements Stage {
    private final TextNormalizer normalizer = new TextNormalizer();
    private final Tokenizer tokenizer = new Tokenizer();
    private final SentenceSplitter splitter = new SentenceSplitter();

    @Override
    public Analysis process(Analysis analysis) {
        String text = analysis.article().text();
        NormalizedText normalized = normalizer.normalize(text);
        List<Token> tokens = tokenizer.tokenize(normalized);
        List<Sentence> sentences = splitter.split(text, tokens);
        return analysis.withText(normalized, sentences, tokens);
    }
}
