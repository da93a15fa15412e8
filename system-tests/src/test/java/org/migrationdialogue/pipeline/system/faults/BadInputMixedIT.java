package org.migrationdialogue.pipeline.system.faults;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.migrationdialogue.pipeline.common.config.Settings;
import org.migrationdialogue.pipeline.common.topics.DeadLetterHeaders;
import org.migrationdialogue.pipeline.common.topics.Topics;
import org.migrationdialogue.pipeline.ingest.extract.BadInput;
import org.migrationdialogue.pipeline.ingest.extract.BadInputCorpus;
import org.migrationdialogue.pipeline.system.PipelineUnderTest;
import org.migrationdialogue.pipeline.system.Probe;

/**
 * The ingest-service's bad-input corpus ({@link BadInputCorpus}) mixed into a corpus run on {@code pipeline up}, with
 * the limits the corpus expects: each bad file ends on the DLQ once, at its stage and with its reason; every good
 * report is indexed once and its recommendations published once. Fast: runs in the default verify.
 */
class BadInputMixedIT {

    private static final int GOOD_REPORTS = 10;
    private static final Duration PATIENCE = Duration.ofMinutes(6);

    @TempDir
    Path scratch;

    @Test
    void shouldDeadLetterEachCaseOfTheBadInputCorpusWithItsReasonAndIndexEveryGoodReport() throws Exception {
        String batch = "f" + UUID.randomUUID().toString().substring(0, 6) + "mixed";
        try (PipelineUnderTest pipeline = new PipelineUnderTest()) {
            // given a pipeline with the corpus's limits, so that every case's expected reason applies
            pipeline.with(Settings.MAX_UPLOAD_BYTES, Long.toString(BadInputCorpus.MAX_BYTES))
                    .with(Settings.MAX_EXTRACTED_CHARS, Integer.toString(BadInputCorpus.MAX_CHARS))
                    .up();
            try (Probe probe = new Probe(pipeline)) {
                // when good reports and every case of the bad-input corpus are dropped together
                List<String> good = new FaultCorpus(pipeline.uploads()).write(batch, GOOD_REPORTS);
                Map<String, BadInput> bad = new BadUploads(pipeline.uploads(), scratch).write(batch);
                // then every good report is indexed once, its recommendations published once
                Outcome.assertExactlyOnce(probe, "bad-input corpus mixed in", batch, good);
                // and each bad file is on the DLQ once, at its stage with its reason, and nothing else is
                List<ConsumerRecord<String, byte[]>> deadLetters = awaitDeadLetters(probe, bad);
                List<CaseOutcome> outcomes = bad.entrySet().stream()
                        .map(entry -> CaseOutcome.of(entry.getKey(), entry.getValue(), deadLetters))
                        .toList();
                outcomes.forEach(CaseOutcome::print);
                assertAll(outcomes.stream().<Executable>map(outcome -> outcome::assertAsExpected));
                assertEquals(
                        bad.size(),
                        deadLetters.size(),
                        "one dead letter per bad file, nothing else: "
                                + deadLetters.stream().map(Outcome::describe).toList());
            }
        }
    }

    /** The DLQ once every bad file has its dead letter there; the timeout message lists the keys found. */
    private static List<ConsumerRecord<String, byte[]>> awaitDeadLetters(Probe probe, Map<String, BadInput> bad) {
        String[] expected =
                bad.keySet().stream().map(CaseOutcome::deadLetterKey).toArray(String[]::new);
        await("a dead letter for every bad file")
                .atMost(PATIENCE)
                .until(
                        () -> probe.records(Topics.DLQ.name()).stream()
                                .map(ConsumerRecord::key)
                                .toList(),
                        hasItems(expected));
        return probe.records(Topics.DLQ.name());
    }

    /** One case of the corpus and the dead letters whose key is its object. */
    private record CaseOutcome(String key, BadInput input, List<ConsumerRecord<String, byte[]>> letters) {

        static CaseOutcome of(String key, BadInput input, List<ConsumerRecord<String, byte[]>> deadLetters) {
            return new CaseOutcome(
                    key,
                    input,
                    deadLetters.stream()
                            .filter(record -> deadLetterKey(key).equals(record.key()))
                            .toList());
        }

        /** The DLQ key of an upload: the uploaded event's key, bucket and object key. */
        static String deadLetterKey(String key) {
            return Settings.UPLOAD_BUCKET.defaultValue() + "/" + key;
        }

        String expectedStage() {
            return "ingest." + input.stage().name().toLowerCase(Locale.ROOT);
        }

        String stage() {
            return letters.isEmpty() ? "none" : Outcome.header(letters.getFirst(), DeadLetterHeaders.STAGE);
        }

        String reason() {
            return letters.isEmpty() ? "none" : Outcome.header(letters.getFirst(), DeadLetterHeaders.ERROR_MESSAGE);
        }

        void print() {
            System.out.printf(
                    "[fault] bad input '%s' (%s): expected %s '%s'; found %d dead letter(s), %s '%s'%n",
                    input.name(), key, expectedStage(), input.reasonFragment(), letters.size(), stage(), reason());
        }

        void assertAsExpected() {
            assertEquals(1, letters.size(), input.name() + ": dead letters of " + key);
            assertEquals(expectedStage(), stage(), input.name() + ": stage");
            assertTrue(
                    reason().contains(input.reasonFragment()),
                    input.name() + ": '" + reason() + "' should say '" + input.reasonFragment() + "'");
        }
    }
}
