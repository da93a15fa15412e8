package org.migrationdialogue.pipeline.system.faults;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.migrationdialogue.pipeline.common.topics.DeadLetterHeaders;
import org.migrationdialogue.pipeline.common.topics.Topics;
import org.migrationdialogue.pipeline.system.PipelineUnderTest;
import org.migrationdialogue.pipeline.system.Probe;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bad files mixed into a corpus run on {@code pipeline up}: each bad file ends on the DLQ once, with its reason;
 * every good report is indexed once and its recommendations published once. Fast: runs in the default verify.
 */
class BadInputMixedIT {

    private static final int GOOD_REPORTS = 10;
    private static final Duration PATIENCE = Duration.ofMinutes(6);

    @Test
    void shouldDeadLetterEachBadFileWithItsReasonAndIndexEveryGoodOne() throws Exception {
        String batch = "f" + UUID.randomUUID().toString().substring(0, 6) + "mixed";
        try (PipelineUnderTest pipeline = new PipelineUnderTest(Path.of(System.getProperty("pipeline.repo.root", ".."))
                .toAbsolutePath().normalize())) {
            pipeline.up();
            try (Probe probe = new Probe(pipeline)) {
                // given good reports and bad files dropped together
                List<String> good = new FaultCorpus(pipeline.uploads()).write(batch, GOOD_REPORTS);
                Map<String, String> bad = BadFiles.write(pipeline.uploads(), batch);
                // then every good report is indexed once, its recommendations published once
                Outcome.assertExactlyOnce(probe, "bad inputs mixed in", batch, good);
                // and each bad file is on the DLQ once, with its reason, and nothing else is
                await().atMost(PATIENCE).until(() -> probe.records(Topics.DLQ.name()).size() >= bad.size());
                List<ConsumerRecord<String, byte[]>> deadLetters = probe.records(Topics.DLQ.name());
                System.out.printf("[fault] bad inputs mixed in: DLQ expected %d, found %d: %s%n", bad.size(),
                        deadLetters.size(), deadLetters.stream().map(Outcome::describe).toList());
                assertEquals(bad.size(), deadLetters.size(), "one dead letter per bad file, nothing else");
                bad.forEach((key, reason) -> assertDeadLettered(deadLetters, key, reason));
            }
        }
    }

    private static void assertDeadLettered(List<ConsumerRecord<String, byte[]>> deadLetters, String key, String reason) {
        List<ConsumerRecord<String, byte[]>> ofKey = deadLetters.stream()
                .filter(record -> record.key().endsWith("/" + key)).toList();
        assertEquals(1, ofKey.size(), key + " dead-lettered once");
        String message = Outcome.header(ofKey.getFirst(), DeadLetterHeaders.ERROR_MESSAGE);
        assertTrue(message.contains(reason), key + ": '" + message + "' should say '" + reason + "'");
    }
}
