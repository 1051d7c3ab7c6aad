package org.lede.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.lede.events.ArgumentTrainer;
import org.lede.events.EventEvaluation;
import org.lede.events.GoldEvents;
import org.lede.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code lede train events}: the event argument scorer, with its cross-validated figures beside the rules'. */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = "Train the event argument scorer on RAMS (.jsonlines) or WikiEvents (.jsonl) gold events "
                + "whose types map to CAMEO; prints the rules' figures and the model's cross-validated ones "
                + "(folds of whole source articles), then writes the model trained on every document.")
final class TrainEventsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--gold", required = true,
            description = "Gold events, e.g. ../shared/data/events/rams/dev.jsonlines")
    Path gold;

    @Option(names = "--folds", defaultValue = "5", description = "Cross-validation folds (default: ${DEFAULT-VALUE}).")
    int folds;

    @Option(names = "--threshold", defaultValue = "0.3", description = "Probability a candidate needs to fill a "
            + "slot the rules left empty (default: ${DEFAULT-VALUE}).")
    double threshold;

    @Option(names = "--out", converter = WritableFileConverter.class, defaultValue = "models/event-arguments.tsv",
            description = "Model file to write (default: ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() throws Exception {
        GoldEvents events = EventEvaluation.read(gold);
        PrintWriter err = spec.commandLine().getErr();
        Progress progress = new Progress(err, System.console() != null, events.size());
        // The trainer reads the layers before the events stage and runs that stage itself with each fold's
        // model, so a model already shipped plays no part in what it prints or writes.
        Pipeline pipeline = Pipeline.standard();
        ArgumentTrainer.Result result = new ArgumentTrainer().train(events, pipeline, folds, threshold, out,
                progress::advance);
        progress.hide();
        PrintWriter out = spec.commandLine().getOut();
        out.print(result.rules().toText());
        out.print(result.model().toText());
        out.println("wrote " + result.modelFile() + ": trained on " + result.trainingEvents() + " gold events");
        out.flush();
        err.flush();
        return 0;
    }
}
