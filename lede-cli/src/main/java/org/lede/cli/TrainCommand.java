package org.lede.cli;

import picocli.CommandLine.Command;

/** {@code lede train …}: each subcommand rebuilds one of the model files under {@code models/}. */
@Command(name = "train",
        mixinStandardHelpOptions = true,
        description = "Train a model from data and write the model file Lede ships.",
        subcommands = {TrainNerCommand.class, TrainGazetteerCommand.class, TrainCuesCommand.class,
                TrainLinksCommand.class, TrainClustersCommand.class, TrainLanguagesCommand.class,
                TrainFramesCommand.class, TrainLabelsCommand.class, TrainEventsCommand.class})
final class TrainCommand {
}
