package org.migrationdialogue.pipeline.enrich.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.migrationdialogue.pipeline.common.events.Enrichment;
import org.migrationdialogue.pipeline.common.events.Meeting;

class EnricherTest {

    private static final Enricher ENRICHER = Enricher.fromResources();

    @Test
    void shouldReturnAnEmptyEnrichmentForNullOrBlankText() {
        // given no text
        String nothing = null;

        // when
        Enrichment fromNull = ENRICHER.enrich(Reports.of(nothing, null));
        Enrichment fromBlank = ENRICHER.enrich(Reports.of("  \n\n ", "en"));

        // then
        Enrichment empty = new Enrichment(Meeting.unknown(), List.of(), List.of(), List.of(), List.of(), List.of());
        assertEquals(empty, fromNull);
        assertEquals(empty, fromBlank);
    }

    @Test
    void shouldGiveTheSameResultsWhenSharedBetweenThreads() throws InterruptedException, ExecutionException {
        // given one enricher and several texts
        List<String> texts = IntStream.range(0, 40)
                .mapToObj(i -> "Mr. Ali Diallo, Director at the IOM, visited Niger and Mali on " + (1 + i % 28)
                        + " March 2015. The participants emphasised:\n- Support return;\n- Fight trafficking.")
                .toList();
        List<Enrichment> sequential = texts.stream()
                .map(text -> ENRICHER.enrich(Reports.of(text, "en")))
                .toList();

        // when the same texts are enriched concurrently
        List<Enrichment> concurrent;
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<Enrichment>> futures = texts.stream()
                    .map(text -> pool.submit(() -> ENRICHER.enrich(Reports.of(text, "en"))))
                    .toList();
            concurrent = new ArrayList<>();
            for (Future<Enrichment> future : futures) {
                concurrent.add(future.get());
            }
        }

        // then
        assertEquals(sequential, concurrent);
    }
}
