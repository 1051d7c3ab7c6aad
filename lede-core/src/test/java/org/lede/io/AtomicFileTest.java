package org.lede.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
    @TempDir
    Path folder;

    @Test
    void writesTheFileAndItsMissingFolders() throws IOException {
        Path file = folder.resolve("models/new/model.tsv");
        AtomicFile.writeText(file, out -> out.write("weight\t0.5\n"));
        assertEquals("weight\t0.5\n", Files.readString(file));
        assertEquals(List.of(file), filesUnder(folder));
    }

    @Test
    void aFailedWriteLeavesTheOldFileWholeAndNoPartialFile() throws IOException {
        Path file = folder.resolve("model.tsv");
        Files.writeString(file, "the model trained yesterday\n");
        IOException failure = assertThrows(IOException.class, () -> AtomicFile.writeText(file, out -> {
            out.write("half of a new mo".repeat(10_000));
            throw new IOException("disk full");
        }));
        assertEquals("disk full", failure.getMessage());
        assertEquals("the model trained yesterday\n", Files.readString(file));
        assertEquals(List.of(file), filesUnder(folder));
    }

    @Test
    void aFileThatCannotBeWrittenThereIsNamedAsTheCallerGaveIt() throws IOException {
        Files.writeString(folder.resolve("models"), "a file, not a folder");
        Path file = folder.resolve("models/model.tsv");
        FileSystemException failure = assertThrows(FileSystemException.class,
                () -> AtomicFile.writeText(file, out -> out.write("weights")));
        assertEquals(file.toAbsolutePath().toString(), failure.getFile());
        assertTrue(failure.getMessage().contains("cannot be written there"), failure.getMessage());
    }

    @Test
    void aCheckFailsWhereTheWriteWouldAndLeavesNoFileWhereItPasses() throws IOException {
        Files.writeString(folder.resolve("models"), "a file, not a folder");
        FileSystemException blocked = assertThrows(FileSystemException.class,
                () -> AtomicFile.checkWritable(folder.resolve("models/model.tsv")));
        assertTrue(blocked.getMessage().contains("cannot be written there"), blocked.getMessage());
        FileSystemException onFolder = assertThrows(FileSystemException.class, () -> AtomicFile.checkWritable(folder));
        assertTrue(onFolder.getMessage().contains("is a folder"), onFolder.getMessage());

        AtomicFile.checkWritable(folder.resolve("new/folders/model.tsv"));
        AtomicFile.checkWritable(folder.resolve("model.tsv"));
        try (var left = Files.list(folder)) {
            assertEquals(List.of(folder.resolve("models")), left.toList());
        }
    }

    @Test
    void gzippedTextReadsBackAsWritten() throws IOException {
        Path file = folder.resolve("clusters.tsv.gz");
        AtomicFile.writeGzippedText(file, out -> out.write("café\t12\n"));
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            in.transferTo(bytes);
            assertEquals("café\t12\n", bytes.toString(StandardCharsets.UTF_8));
        }
    }

    private static List<Path> filesUnder(Path folder) throws IOException {
        try (var files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }
}
