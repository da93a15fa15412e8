package org.migrationdialogue.pipeline.bench;

import java.util.HashSet;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.migrationdialogue.pipeline.common.kafka.KafkaConnection;
import org.migrationdialogue.pipeline.common.topics.Topics;
import org.migrationdialogue.pipeline.testing.TopicReader;

/** Counts what the corpus left on a topic, read to its end (read committed). */
final class Recommendations {

    private Recommendations() {}

    /** "found N (distinct D), expected E" for the recommendations whose text contains {@code marker}. */
    static String check(String bootstrap, String marker, int expected) {
        List<String> ids =
                TopicReader.readToEnd(KafkaConnection.plaintext(bootstrap), Topics.RECOMMENDATIONS.name()).stream()
                        .filter(record -> Topics.RECOMMENDATIONS
                                .valueSerde()
                                .deserializer()
                                .deserialize(record.topic(), record.value())
                                .text()
                                .contains(marker))
                        .map(ConsumerRecord::key)
                        .toList();
        return String.format(
                "recommendations of the corpus on %s: found %d (distinct %d), generated %d",
                Topics.RECOMMENDATIONS.name(), ids.size(), new HashSet<>(ids).size(), expected);
    }

    static int count(String bootstrap, String topic) {
        return TopicReader.readToEnd(KafkaConnection.plaintext(bootstrap), topic)
                .size();
    }
}
