package org.lede.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.lede.events.EventLexicon;
import org.lede.model.Analysis;
import org.lede.model.Article;
import org.lede.model.EntityType;
import org.lede.model.Mention;
import org.lede.model.MentionKind;
import org.lede.model.Sentence;
import org.lede.model.Token;
import org.lede.pipeline.Stage;

/**
 * Finds proper names: tags each sentence's tokens with the trained {@link NerTagger}, gives each name a
 * fine type with {@link EntityTypeRefiner}, and sets the analysis' mentions (kind NAME, in text order).
 * Built once; thread-safe.
 */
public final class EntityRecognizer implements Stage {
    /** Where the shipped model lives on the classpath (file {@code models/ner-en.bin}). */
    public static final String MODEL_RESOURCE = "org/lede/models/ner-en.bin";

    private final NerTagger tagger;
    private final EntityTypeRefiner refiner;

    public EntityRecognizer(NerModel model, Gazetteer gazetteer, WordClusters clusters) {
        this.tagger = new NerTagger(model, gazetteer, clusters);
        this.refiner = new EntityTypeRefiner(gazetteer, EventLexicon.load().verbsOnly());
    }

    /** The recogniser with the model, gazetteer and word clusters shipped in the jar. */
    public static EntityRecognizer load() {
        try (InputStream in = EntityRecognizer.class.getClassLoader().getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("NER model " + MODEL_RESOURCE + " is missing from the classpath");
            }
            return new EntityRecognizer(NerModel.read(in), Gazetteer.load(), WordClusters.load());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read NER model " + MODEL_RESOURCE, e);
        }
    }

    /** The recogniser with a model file, as training and evaluation produce them, and the shipped gazetteer and clusters. */
    public static EntityRecognizer load(Path modelFile) throws IOException {
        return new EntityRecognizer(NerModel.load(modelFile), Gazetteer.load(), WordClusters.load());
    }

    public NerTagger tagger() {
        return tagger;
    }

    @Override
    public Analysis process(Analysis analysis) {
        List<Token> tokens = analysis.tokens();
        List<List<String>> document = new ArrayList<>(analysis.sentences().size());
        for (Sentence sentence : analysis.sentences()) {
            document.add(analysis.tokensOf(sentence).stream().map(Token::form).toList());
        }
        List<int[]> labels = tagger.tag(document);
        List<Mention> mentions = new ArrayList<>();
        for (int s = 0; s < document.size(); s++) {
            int offset = analysis.sentences().get(s).firstToken();
            List<BioLabels.LabeledSpan> names = BioLabels.spans(labels.get(s));
            for (EntityTypeRefiner.TypedSpan name : refiner.refine(document.get(s), names)) {
                int start = tokens.get(offset + name.start()).start();
                int end = tokens.get(offset + name.end() - 1).end();
                String text = analysis.article().text().substring(start, end);
                mentions.add(new Mention(start, end, text, typeOf(text, start, name.type(), analysis.article()),
                        MentionKind.NAME, offset + name.start(), offset + name.end()));
            }
        }
        return analysis.withMentions(mentions);
    }

    /**
     * The outlet is an organisation whatever the tagger guessed: in a dateline ("DUBAI (Gulf Wire) -") its
     * name sits where a place usually does, and the metadata already tells us what it is. Likewise the
     * dateline's own first name is the place the story was filed from, however its capitals misled the
     * tagger ("DURRES" as an organisation).
     */
    private static EntityType typeOf(String name, int start, EntityType tagged, Article article) {
        if (article.outlet() != null && name.equalsIgnoreCase(article.outlet())) {
            return EntityType.ORG;
        }
        String dateline = article.dateline();
        if (start == 0 && dateline != null && article.text().startsWith(dateline)
                && tagged != EntityType.GPE && tagged != EntityType.LOC
                && name.equalsIgnoreCase(datelinePlace(dateline))) {
            return EntityType.GPE;
        }
        return tagged;
    }

    /** "DURRES" of "DURRES (Adriatic Press) -", "KABUL" of "KABUL, Afghanistan, June 3 -". */
    private static String datelinePlace(String dateline) {
        int end = dateline.length();
        // A dash ends the place only with a space before it: "FUSHE-KRUJE" is one place.
        for (String stop : new String[] {"(", ",", " -", " \u2013", " \u2014"}) {
            int at = dateline.indexOf(stop);
            if (at > 0) {
                end = Math.min(end, at);
            }
        }
        return dateline.substring(0, end).strip();
    }
}
