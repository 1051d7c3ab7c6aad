package org.lede.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OrderedParallelTest {

    @Test
    void resultsArriveInInputOrderWithABoundedNumberInFlight() throws InterruptedException {
        List<Integer> items = IntStream.range(0, 200).boxed().collect(Collectors.toList());
        AtomicInteger started = new AtomicInteger();
        AtomicInteger handedOn = new AtomicInteger();
        AtomicInteger mostInFlight = new AtomicInteger();
        List<Integer> results = new ArrayList<>();

        new OrderedParallel(3).run(items, item -> {
            int inFlight = started.incrementAndGet() - handedOn.get();
            mostInFlight.accumulateAndGet(inFlight, Math::max);
            sleep(ThreadLocalRandom.current().nextInt(3));
            return item * 10;
        }, result -> {
            results.add(result);
            handedOn.incrementAndGet();
        });

        assertThat(results).isEqualTo(items.stream().map(i -> i * 10).collect(Collectors.toList()));
        assertThat(mostInFlight.get()).isLessThanOrEqualTo(3 * 4 + 1);
    }

    private static void sleep(int millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
