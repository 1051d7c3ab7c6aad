package org.lede.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.lede.io.AtomicFile;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a file option that a command will write at the end of long work (a trainer's model): checked while the
 * command line is read, so a path that cannot be written is refused before the work starts, not after it.
 */
final class WritableFileConverter implements ITypeConverter<Path> {

    @Override
    public Path convert(String value) {
        Path file = Path.of(value);
        try {
            AtomicFile.checkWritable(file);
        } catch (IOException e) {
            throw new TypeConversionException(e.getMessage());
        }
        return file;
    }
}
