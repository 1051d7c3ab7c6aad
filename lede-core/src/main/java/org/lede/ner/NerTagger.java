package org.lede.ner;

import java.util.ArrayList;
import java.util.List;

/** Tags the sentences of one document with BIO labels. Thread-safe: model, gazetteer and clusters are immutable. */
public final class NerTagger {
    private final NerModel model;
    private final FeatureExtractor extractor;

    public NerTagger(NerModel model, Gazetteer gazetteer, WordClusters clusters) {
        this.model = model;
        this.extractor = new FeatureExtractor(gazetteer, clusters);
    }

    /** One label array per sentence (see {@link BioLabels}); the document is a list of sentences of words. */
    public List<int[]> tag(List<? extends List<String>> document) {
        List<long[][]> features = extractor.extract(document);
        List<int[]> firstPass = decodeAll(model.firstPass(), features);
        return decodeAll(model.secondPass(), extractor.withHistory(document, features, firstPass));
    }

    static List<int[]> decodeAll(LinearChainModel model, List<long[][]> features) {
        List<int[]> labels = new ArrayList<>(features.size());
        for (long[][] sentence : features) {
            labels.add(model.decode(sentence));
        }
        return labels;
    }

    public NerModel model() {
        return model;
    }
}
