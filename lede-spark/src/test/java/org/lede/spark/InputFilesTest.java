package org.lede.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {
    @TempDir
    Path dir;

    @Test
    void aFolderGivesItsVisibleFilesLargestFirst() throws IOException {
        Files.write(dir.resolve("small.warc.gz"), new byte[10]);
        Files.write(dir.resolve("large.warc.gz"), new byte[300]);
        Files.write(dir.resolve("middle.warc.gz"), new byte[100]);
        Files.write(dir.resolve("_SUCCESS"), new byte[1000]);
        Files.write(dir.resolve(".part.crc"), new byte[1000]);
        Files.createDirectory(dir.resolve("nested"));

        List<String> files = InputFiles.largestFirst(dir.toString(), new Configuration());

        assertThat(files).extracting(file -> file.substring(file.lastIndexOf('/') + 1))
                .containsExactly("large.warc.gz", "middle.warc.gz", "small.warc.gz");
    }

    @Test
    void aGlobGivesTheFilesItMatches() throws IOException {
        Files.write(dir.resolve("a.warc.gz"), new byte[10]);
        Files.write(dir.resolve("b.warc.gz"), new byte[20]);
        Files.write(dir.resolve("c.txt"), new byte[30]);

        assertThat(InputFiles.largestFirst(dir + "/*.warc.gz", new Configuration()))
                .hasSize(2).allMatch(file -> file.endsWith(".warc.gz"));
    }

    @Test
    void aPathWithNoFilesIsAnError() {
        assertThatThrownBy(() -> InputFiles.largestFirst(dir.resolve("missing-*.warc.gz").toString(),
                new Configuration())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no input");
    }
}
