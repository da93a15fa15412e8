package org.migrationdialogue.pipeline.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordDeserializationException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.migrationdialogue.pipeline.common.events.ContractSamples;
import org.migrationdialogue.pipeline.common.events.ExtractedReport;
import org.migrationdialogue.pipeline.common.events.UploadEvent;
import org.migrationdialogue.pipeline.common.kafka.TopicInitializer;
import org.migrationdialogue.pipeline.common.topics.Topic;
import org.migrationdialogue.pipeline.common.topics.Topics;

@ExtendWith(RealInfrastructureExtension.class)
class ContractEventsIT {

    @Test
    void shouldCarryEveryContractEventThroughTheRealBrokerWithTheProjectSerdes(RealInfrastructure infra) {
        // given one sample of each event, produced to its topic with the project's serde
        roundTrip(infra, Topics.UPLOADED, ContractSamples.uploaded().kafkaKey(), ContractSamples.uploaded());
        roundTrip(infra, Topics.EXTRACTED, ContractSamples.extracted().id(), ContractSamples.extracted());
        roundTrip(infra, Topics.ENRICHED, ContractSamples.enriched().id(), ContractSamples.enriched());
        roundTrip(infra, Topics.RECOMMENDATIONS, ContractSamples.published().id(), ContractSamples.published());
    }

    @Test
    void shouldCarryATombstoneAsANullValue(RealInfrastructure infra) {
        // given a deleted report
        String id = "r-deleted-" + UUID.randomUUID();
        roundTrip(infra, Topics.EXTRACTED, id, null);
    }

    @Test
    void shouldCarryAReportNearTheTenMegabyteLimit(RealInfrastructure infra) {
        // given an extracted report with 9 MB of text
        ExtractedReport sample = ContractSamples.extracted();
        ExtractedReport large = new ExtractedReport(
                "r-large-" + UUID.randomUUID(),
                sample.source(),
                sample.contentSha256(),
                sample.title(),
                "en",
                900,
                Map.of(),
                "migration ".repeat(900_000),
                List.of(),
                sample.extractedAt());
        // then it travels through the broker as one record
        roundTrip(infra, Topics.EXTRACTED, large.id(), large);
    }

    @Test
    void shouldReportMalformedValuesWithAClearError(RealInfrastructure infra) {
        // given bytes that are not an UploadEvent, on a topic of this test alone
        Topic<String, UploadEvent> topic = new Topic<>(
                "contract-it-malformed-" + UUID.randomUUID(),
                false,
                Topics.UPLOADED.keySerde(),
                Topics.UPLOADED.valueSerde());
        new TopicInitializer(infra.kafka(), 1, (short) 1).createAll(List.of(topic));
        try (var producer = new KafkaProducer<String, byte[]>(
                producerConfig(infra), new StringSerializer(), new ByteArraySerializer())) {
            producer.send(
                    new ProducerRecord<>(topic.name(), "reports/garbage", "not json".getBytes(StandardCharsets.UTF_8)));
        }
        // when a consumer with the project's serde reads it, then the error names the type and the topic
        try (var consumer = consumer(infra, topic)) {
            consumer.subscribe(List.of(topic.name()));
            RecordDeserializationException error =
                    assertThrows(RecordDeserializationException.class, () -> pollUntilFailure(consumer));
            assertTrue(
                    error.getCause().getMessage().contains("Malformed UploadEvent on topic " + topic.name()),
                    error.getCause().getMessage());
        }
    }

    /** Polls for up to 30 s; the malformed record makes a poll throw long before that. */
    private static void pollUntilFailure(KafkaConsumer<String, UploadEvent> consumer) {
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            consumer.poll(Duration.ofMillis(200));
        }
    }

    private static <T> void roundTrip(RealInfrastructure infra, Topic<String, T> topic, String key, T value) {
        try (var producer = new KafkaProducer<>(
                producerConfig(infra),
                topic.keySerde().serializer(),
                topic.valueSerde().serializer())) {
            producer.send(new ProducerRecord<>(topic.name(), key, value));
        }
        List<ConsumerRecord<String, T>> found;
        try (var reader = TopicReader.of(infra.kafka(), topic)) {
            found = reader.awaitKey(key, Duration.ofSeconds(30));
        }
        assertEquals(1, found.size());
        if (value == null) {
            assertNull(found.getFirst().value());
        } else {
            assertEquals(value, found.getFirst().value());
        }
    }

    private static Map<String, Object> producerConfig(RealInfrastructure infra) {
        return Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                infra.kafkaBootstrapServers(),
                ProducerConfig.MAX_REQUEST_SIZE_CONFIG,
                Topic.MAX_MESSAGE_BYTES,
                ProducerConfig.COMPRESSION_TYPE_CONFIG,
                "zstd");
    }

    private static <T> KafkaConsumer<String, T> consumer(RealInfrastructure infra, Topic<String, T> topic) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                infra.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG,
                "contract-it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest");
        return new KafkaConsumer<>(
                config, topic.keySerde().deserializer(), topic.valueSerde().deserializer());
    }
}
