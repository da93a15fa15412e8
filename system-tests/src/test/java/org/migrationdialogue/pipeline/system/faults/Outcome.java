package org.migrationdialogue.pipeline.system.faults;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.migrationdialogue.pipeline.common.events.PublishedRecommendation;
import org.migrationdialogue.pipeline.common.serde.JsonSerde;
import org.migrationdialogue.pipeline.common.topics.DeadLetterHeaders;
import org.migrationdialogue.pipeline.common.topics.Topics;
import org.migrationdialogue.pipeline.system.Probe;

/**
 * What a fault scenario must end with: every report of the batch in Elasticsearch exactly once, each of its
 * recommendations on {@code reports.recommendations} exactly once. Prints expected and found counts, which
 * docs/reliability.md records.
 */
final class Outcome {

    private static final Duration PATIENCE = Duration.ofMinutes(6);

    private Outcome() {}

    static void assertExactlyOnce(Probe probe, String scenario, String batch, List<String> keys) {
        String prefix = FaultCorpus.prefix(batch);
        int expectedRecommendations = keys.size() * FaultCorpus.RECOMMENDATIONS;
        await().atMost(PATIENCE).until(() -> probe.reportKeys(prefix).size() >= keys.size());
        await().atMost(PATIENCE).until(() -> recommendationsOf(probe, batch).size() >= expectedRecommendations);
        List<String> indexed = probe.reportKeys(prefix);
        List<String> recommendations = recommendationsOf(probe, batch);
        System.out.printf(
                "[fault] %s: reports expected %d, found %d (distinct %d); recommendations expected %d, "
                        + "found %d (distinct %d)%n",
                scenario,
                keys.size(),
                indexed.size(),
                new HashSet<>(indexed).size(),
                expectedRecommendations,
                recommendations.size(),
                new HashSet<>(recommendations).size());
        assertEquals(new HashSet<>(keys), new HashSet<>(indexed), "every report indexed");
        assertEquals(keys.size(), indexed.size(), "no report indexed twice");
        assertEquals(expectedRecommendations, recommendations.size(), "every recommendation published once");
        assertEquals(expectedRecommendations, new HashSet<>(recommendations).size(), "no recommendation id twice");
    }

    /** The ids of the recommendations on the topic whose text names the batch, one entry per record. */
    static List<String> recommendationsOf(Probe probe, String batch) {
        return probe.records(Topics.RECOMMENDATIONS.name()).stream()
                .filter(record -> JsonSerde.of(PublishedRecommendation.class)
                        .deserialize(record.topic(), record.value())
                        .text()
                        .contains(batch + "n"))
                .map(ConsumerRecord::key)
                .toList();
    }

    /** Records on the DLQ, with their stage and reason. */
    static List<String> deadLetters(Probe probe) {
        return probe.records(Topics.DLQ.name()).stream().map(Outcome::describe).toList();
    }

    static String describe(ConsumerRecord<String, byte[]> record) {
        return record.key() + " [" + header(record, DeadLetterHeaders.STAGE) + "] "
                + header(record, DeadLetterHeaders.ERROR_MESSAGE);
    }

    static String header(ConsumerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }
}
