package org.lede.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.lede.eval.EvalReport;
import org.lede.events.EventEvaluation;
import org.lede.events.GoldEvents;
import org.lede.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lede eval events FILE}: event triggers and arguments against WikiEvents or RAMS. */
@Command(name = "events",
        mixinStandardHelpOptions = true,
        description = "Score event triggers and arguments (actor, target, place, instrument) against WikiEvents "
                + "(.jsonl) or RAMS (.jsonlines), for the gold types that map to Lede's CAMEO codes.")
final class EvalEventsCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "e.g. ../shared/data/events/wikievents/dev.jsonl or "
            + "../shared/data/events/rams/dev.jsonlines")
    Path file;

    @Option(names = "--errors", paramLabel = "FILE", description = "Also write every error to FILE, one "
            + "tab-separated line each: document, kind (trigger-fp, trigger-fn, argument-fp, argument-fn), type or "
            + "slot, the words, the gold or predicted counterpart, the sentence with the words in [brackets].")
    Path errors;

    @Mixin
    EvalOutput output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        GoldEvents gold = EventEvaluation.read(file);
        Pipeline pipeline = Pipeline.standard();
        PrintWriter err = spec.commandLine().getErr();
        Progress progress = new Progress(err, System.console() != null, gold.size());
        EvalReport report;
        if (errors == null) {
            report = new EventEvaluation(pipeline).evaluate(gold, progress::advance);
        } else {
            try (PrintWriter lines = new PrintWriter(Files.newBufferedWriter(errors, StandardCharsets.UTF_8))) {
                report = new EventEvaluation(pipeline).evaluate(gold, progress::advance, lines::println);
            }
        }
        progress.hide();
        output.print(report, spec.commandLine().getOut());
        return 0;
    }
}
