package org.lede.cli;

import picocli.CommandLine.Command;

/** {@code lede eval …}: each subcommand scores one stage against a gold data set and prints the figures. */
@Command(name = "eval",
        mixinStandardHelpOptions = true,
        description = "Score a stage against gold data; --json prints one JSON object with the figures.",
        subcommands = {EvalNerCommand.class, EvalEntitiesCommand.class, EvalAttributionCommand.class,
                EvalEventsCommand.class, EvalClustersCommand.class,
                EvalExtractCommand.class, EvalFramesCommand.class})
final class EvalCommand {
}
