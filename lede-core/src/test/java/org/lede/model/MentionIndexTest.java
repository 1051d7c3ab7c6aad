package org.lede.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MentionIndexTest {

    private static Mention mention(int start, int end) {
        return new Mention(start, end, "x".repeat(end - start), EntityType.ORG, MentionKind.NAME, 0, 0);
    }

    @Test
    void findsEveryMentionOverlappingASpanAndNoOther() {
        // A long name starting well before the span, a short one inside it, one touching its end, one after.
        Entity group = new Entity("e1", "group", EntityType.ORG, List.of(), List.of(),
                List.of(mention(0, 40), mention(100, 105)));
        Entity camp = new Entity("e2", "camp", EntityType.FAC, List.of(), List.of(),
                List.of(mention(30, 34), mention(50, 60)));
        MentionIndex index = new MentionIndex(List.of(group, camp));

        assertThat(index.overlapping(35, 50)).extracting(e -> e.mention().start()).containsExactly(0);
        assertThat(index.overlapping(31, 51)).extracting(e -> e.mention().start()).containsExactly(0, 30, 50);
        assertThat(index.overlapping(60, 100)).isEmpty();
        assertThat(index.overlapping(104, 200)).extracting(e -> e.entity().id()).containsExactly("e1");
        assertThat(index.within(30, 60)).extracting(e -> e.mention().start()).as("not the one running in from before")
                .containsExactly(30, 50);
        assertThat(index.within(31, 59)).isEmpty();
    }
}
