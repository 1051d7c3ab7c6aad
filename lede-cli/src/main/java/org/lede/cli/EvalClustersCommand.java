package org.lede.cli;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.lede.cluster.ArticleClusterer;
import org.lede.cluster.EcbPlusClusterEvaluation;
import org.lede.eval.EvalReport;
import org.lede.pipeline.Pipeline;
import org.lede.source.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code lede eval clusters --ecbplus DIR}: same-event article clusters and event coreference on ECB+. */
@Command(name = "clusters",
        mixinStandardHelpOptions = true,
        description = "Score same-event article clusters (B-cubed over documents) and cross-document event "
                + "coreference of the gold event mentions (MUC, B-cubed, CEAF-e, CoNLL F1) against ECB+.")
final class EvalClustersCommand implements Callable<Integer> {
    @Mixin
    EvalOutput output;

    @Spec
    CommandSpec spec;

    @Option(names = "--ecbplus", paramLabel = "DIR", required = true,
            description = "The ECB+ folder of topic folders, e.g. ../shared/data/clustering/ecbplus/ECB+.")
    Path data;

    @Option(names = "--threshold", paramLabel = "T", defaultValue = ClusterCommand.DEFAULT_THRESHOLD,
            description = "Least average similarity for two clusters to join (default: ${DEFAULT-VALUE}).")
    double threshold;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(data)) {
            throw new NoSuchFileException(data.toString());
        }
        List<Path> files = EcbPlusClusterEvaluation.documents(data);
        if (files.isEmpty()) {
            throw new InputException(data.toString(), "no ECB+ .xml documents in this folder; give the ECB+ folder "
                    + "of topic folders");
        }
        Pipeline pipeline = Pipeline.standard();
        Progress progress = new Progress(spec.commandLine().getErr(), System.console() != null, files.size());
        // ECB+ carries no publication dates, so the date window never applies.
        EvalReport report = new EcbPlusClusterEvaluation(pipeline, new ArticleClusterer(threshold, Integer.MAX_VALUE))
                .evaluate(files, progress::advance);
        progress.hide();
        output.print(report, spec.commandLine().getOut());
        return 0;
    }
}
