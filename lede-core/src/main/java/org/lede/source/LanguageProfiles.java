package org.lede.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.lede.io.AtomicFile;

/**
 * Builds the language profiles {@link LanguageIdentifier} ships, from TextCat fingerprints (the
 * {@code .lm} files of libexttextcat: one n-gram and its count a line, most frequent first). Languages with
 * an ISO 639-1 code are kept ({@code sr-Latn} and {@code sr-Cyrl} both as "sr"), each with its
 * {@link LanguageIdentifier#PROFILE_SIZE} most frequent n-grams of at most {@link LanguageIdentifier#MAX_GRAM}
 * characters.
 */
public final class LanguageProfiles {
    private static final Pattern FINGERPRINT = Pattern.compile("([a-z]{2})(?:-[A-Za-z]+)?\\.lm");

    private LanguageProfiles() {
    }

    /** Writes the profiles of the fingerprints in {@code folder} to {@code out}; returns how many languages. */
    public static int build(Path folder, Path out) throws IOException {
        Map<String, List<String>> profiles = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                Matcher name = FINGERPRINT.matcher(file.getFileName().toString());
                if (name.matches()) {
                    String key = profiles.containsKey(name.group(1)) ? name.group(1) + "~" + profiles.size()
                            : name.group(1);
                    profiles.put(key, grams(file));
                }
            }
        }
        if (profiles.isEmpty()) {
            throw new InputException(folder.toString(), "holds no TextCat fingerprints (xx.lm files)");
        }
        AtomicFile.writeGzippedText(out, writer -> {
            for (Map.Entry<String, List<String>> profile : profiles.entrySet()) {
                String code = profile.getKey().replaceAll("~.*", "");
                writer.write(code + "\t" + String.join("\t", profile.getValue()) + "\n");
            }
        });
        return profiles.size();
    }

    private static List<String> grams(Path fingerprint) throws IOException {
        List<String> grams = new ArrayList<>();
        for (String line : Files.readAllLines(fingerprint, StandardCharsets.UTF_8)) {
            String gram = line.split("\t")[0].strip();
            if (!gram.isEmpty() && gram.codePointCount(0, gram.length()) <= LanguageIdentifier.MAX_GRAM) {
                grams.add(gram);
                if (grams.size() == LanguageIdentifier.PROFILE_SIZE) {
                    break;
                }
            }
        }
        return grams;
    }
}
