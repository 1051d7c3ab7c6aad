package org.lede.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lede.store.PutResult;
import org.lede.store.PutResult.Outcome;
import org.lede.store.SearchQuery;
import org.lede.store.SqliteLuceneStore;
import org.lede.store.StoreException;

class BatchedWritesTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final long NEVER = Long.MAX_VALUE;

    @TempDir
    Path data;

    /** The least a lede/1 document needs to be stored: its headline and text. */
    private static ObjectNode bulletin(int n) {
        ObjectNode document = MAPPER.createObjectNode().put("schema", "lede/1");
        document.putObject("article").put("title", "Bulletin " + n).put("text", "Harbour bulletin number " + n + ".");
        return document;
    }

    @Test
    void fullBatchesAreStoredInOrderAndTheRestOnFinish() throws Exception {
        List<List<PutResult>> batches = new ArrayList<>();
        try (SqliteLuceneStore store = SqliteLuceneStore.open(data)) {
            try (BatchedWrites writes = new BatchedWrites(store, 2, NEVER, batches::add)) {
                for (int n : new int[] {1, 2, 3, 1, 4}) {
                    writes.add(bulletin(n));
                }
                writes.finish();
            }

            assertThat(batches).extracting(List::size).containsExactly(2, 2, 1);
            assertThat(batches.stream().flatMap(List::stream).map(PutResult::outcome)).containsExactly(Outcome.STORED,
                    Outcome.STORED, Outcome.STORED, Outcome.UNCHANGED, Outcome.STORED);
            assertThat(batches.get(1).get(1).articleId()).isEqualTo(batches.get(0).get(0).articleId());
            assertThat(store.count()).isEqualTo(4);
            assertThat(store.search(SearchQuery.text("bulletin")).total()).isEqualTo(4);
        }
    }

    @Test
    void aBatchThatHasWaitedLongEnoughIsHandedOnUnfilled() throws Exception {
        List<List<PutResult>> batches = new ArrayList<>();
        try (SqliteLuceneStore store = SqliteLuceneStore.open(data)) {
            try (BatchedWrites writes = new BatchedWrites(store, 100, 0, batches::add)) {
                for (int n = 0; n < 3; n++) {
                    writes.add(bulletin(n));
                }
                writes.finish();
            }

            assertThat(batches).extracting(List::size).containsExactly(1, 1, 1);
            assertThat(store.count()).isEqualTo(3);
        }
    }

    @Test
    void aFailedBatchEndsTheRunAndLeavesTheBatchesBeforeItStored() throws Exception {
        ObjectNode notLede = bulletin(9).put("schema", "lede/0");
        try (SqliteLuceneStore store = SqliteLuceneStore.open(data)) {
            try (BatchedWrites writes = new BatchedWrites(store, 2, NEVER, batch -> { })) {
                writes.add(bulletin(1));
                writes.add(bulletin(2));
                writes.add(bulletin(3));
                writes.add(notLede);

                assertThatThrownBy(writes::finish).isInstanceOf(StoreException.class).hasMessageContaining("lede/1");
            }

            assertThat(store.count()).isEqualTo(2);
            assertThat(store.search(SearchQuery.text("bulletin")).total()).isEqualTo(2);
        }
    }
}
