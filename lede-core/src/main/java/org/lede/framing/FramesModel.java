package org.lede.framing;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.lede.io.AtomicFile;
import org.lede.model.Article;
import org.lede.model.Analysis;
import org.lede.text.TextAnalyzer;

/**
 * The two trained framing models, span identification and technique classification, as one gzipped file
 * ({@code models/frames-en.bin}, rebuilt by {@code lede train frames}). Immutable and thread-safe.
 */
public final class FramesModel {
    static final String RESOURCE = "/org/lede/models/frames-en.bin";
    private static final int FORMAT = 5;

    final SpanTagger tagger;
    final TechniqueClassifier classifier;
    private final LinearModel taggerWeights;
    private final LinearModel classifierWeights;

    FramesModel(LinearModel taggerWeights, float recallBias, int joinGap, SpanTagger.Confidence confidence,
                LinearModel classifierWeights, float temperature) {
        this.taggerWeights = taggerWeights;
        this.classifierWeights = classifierWeights;
        this.tagger = new SpanTagger(taggerWeights, recallBias, joinGap, confidence);
        this.classifier = new TechniqueClassifier(classifierWeights, temperature);
    }

    /** The model shipped in the jar. */
    public static FramesModel load() {
        try (InputStream in = FramesModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the framing model " + RESOURCE + " is not on the class path; "
                        + "rebuild it with 'lede train frames' (see models/README.md)");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the framing model " + RESOURCE, e);
        }
    }

    static FramesModel read(InputStream raw) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw)));
        int format = in.readInt();
        if (format != FORMAT) {
            throw new IOException("framing model format " + format + ", expected " + FORMAT);
        }
        LinearModel tagger = LinearModel.readFrom(in);
        float recallBias = in.readFloat();
        int joinGap = in.readInt();
        SpanTagger.Confidence confidence = new SpanTagger.Confidence(in.readFloat(), in.readBoolean());
        LinearModel classifier = LinearModel.readFrom(in);
        return new FramesModel(tagger, recallBias, joinGap, confidence, classifier, in.readFloat());
    }

    public void write(Path file) throws IOException {
        AtomicFile.write(file, stream -> {
            GZIPOutputStream gzip = new GZIPOutputStream(stream);
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(gzip));
            out.writeInt(FORMAT);
            taggerWeights.writeTo(out);
            out.writeFloat(tagger.recallBias());
            out.writeInt(tagger.joinGap());
            out.writeFloat(tagger.confidence().least());
            out.writeBoolean(tagger.confidence().perToken());
            classifierWeights.writeTo(out);
            out.writeFloat(classifier.temperature());
            out.flush();
            gzip.finish();
        });
    }

    /** Feature rows of the tagger and of the classifier. */
    public int[] sizes() {
        return new int[] {taggerWeights.size(), classifierWeights.size()};
    }

    /** The framing view of a bare text, tokenised as the pipeline does; for training and evaluation. */
    static FramedText view(String text) {
        Analysis analysis = new TextAnalyzer().process(Analysis.of(Article.of(text)));
        return new FramedText(text, analysis.tokens(), analysis.sentences());
    }

    /** The persuasive stretches found in a text, as [start, end) char offsets. */
    List<int[]> spans(FramedText doc) {
        return tagger.spans(doc);
    }
}
