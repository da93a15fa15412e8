package org.migrationdialogue.pipeline.system.faults;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.migrationdialogue.pipeline.system.faults.BatchInFlight.PATIENCE;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.migrationdialogue.pipeline.system.PipelineUnderTest;
import org.migrationdialogue.pipeline.system.Probe;

/**
 * The whole local stack killed with SIGKILL in the middle of a corpus run ({@code up}, the Kafka broker inside it,
 * Elasticsearch, the services and their parser workers, all at once, as a power cut would), then
 * {@code pipeline up} again on the same data: nothing lost, nothing duplicated, nothing on the DLQ.
 */
@Tag("slow")
class WholeStackCrashIT {

    @Test
    void shouldLoseAndDuplicateNothingWhenTheWholeStackIsKilledMidRunAndStartedAgain() throws Exception {
        String batch = "f" + UUID.randomUUID().toString().substring(0, 6) + "stack";
        try (PipelineUnderTest pipeline = new PipelineUnderTest()) {
            pipeline.up();
            try (Probe probe = new Probe(pipeline)) {
                // given a batch in flight
                await().atMost(PATIENCE).until(() -> probe.reports() == 2);
                List<String> keys = BatchInFlight.start(new FaultCorpus(pipeline.uploads()), probe, batch);
                // when everything is killed with SIGKILL, and pipeline up runs again
                pipeline.crash();
                pipeline.up();
                // then nothing is lost or duplicated, and nothing went to the DLQ
                Outcome.assertExactlyOnce(probe, "kill -9 of the whole stack, then up", batch, keys);
                assertEquals(List.of(), Outcome.deadLetters(probe));
            }
        }
    }
}
