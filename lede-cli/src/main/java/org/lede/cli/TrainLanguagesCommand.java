package org.lede.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.lede.source.LanguageProfiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code lede train languages}: the character n-gram profiles language identification ships. */
@Command(name = "languages", mixinStandardHelpOptions = true,
        description = "Build the language identifier's n-gram profiles from TextCat fingerprints "
                + "(Debian's libexttextcat-data installs them in /usr/share/libexttextcat).")
final class TrainLanguagesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--fingerprints", defaultValue = "/usr/share/libexttextcat",
            description = "Folder of xx.lm fingerprint files (default: ${DEFAULT-VALUE}).")
    Path fingerprints;

    @Option(names = "--out", converter = WritableFileConverter.class, defaultValue = "models/languages.tsv.gz",
            description = "Profiles file to write (default: ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() throws Exception {
        int languages = LanguageProfiles.build(fingerprints, out);
        spec.commandLine().getOut().println("wrote " + out + ": " + languages + " language profiles");
        return 0;
    }
}
