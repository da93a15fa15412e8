package org.migrationdialogue.pipeline.ingest.kafka;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.migrationdialogue.pipeline.common.events.ExtractedReport;
import org.migrationdialogue.pipeline.common.service.ServiceRunner;
import org.migrationdialogue.pipeline.common.kafka.KafkaConnection;
import org.migrationdialogue.pipeline.common.topics.Topics;
import org.migrationdialogue.pipeline.ingest.IngestService;
import org.migrationdialogue.pipeline.ingest.bucket.FolderBucket;
import org.migrationdialogue.pipeline.ingest.extract.ExtractionSettings;
import org.migrationdialogue.pipeline.ingest.extract.IsolatedExtractor;
import org.migrationdialogue.pipeline.testing.ConsumerGroups;
import org.migrationdialogue.pipeline.testing.RealInfrastructure;
import org.migrationdialogue.pipeline.testing.RealInfrastructureExtension;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** How the ingest-service's loop fails, against the real broker. */
@ExtendWith(RealInfrastructureExtension.class)
class ExtractionLoopIT {

    @TempDir
    Path uploads;
    @TempDir
    Path spool;

    @Test
    void shouldLeaveTheOffsetUncommittedAndExitWhenADeadLetterCannotBeSent(RealInfrastructure infra) throws Exception {
        // given an ingest-service whose dead-letter producer refuses anything over 256 bytes, reading from the end
        String bootstrap = infra.kafkaBootstrapServers();
        String group = "ingest-it-dead-letter-fails-" + UUID.randomUUID();
        ConsumerGroups.startAtEnd(bootstrap, group, Topics.UPLOADED.name());
        KafkaProducer<byte[], byte[]> tiny = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrap, ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 256), new ByteArraySerializer(), new ByteArraySerializer());
        KafkaProducer<String, ExtractedReport> reports = IngestClients.producer(KafkaConnection.plaintext(bootstrap), Topics.EXTRACTED);
        FolderBucket bucket = new FolderBucket("reports", uploads);
        IsolatedExtractor extractor = new IsolatedExtractor(ExtractionSettings.defaults().withWorkers(1, "256m")
                .withSpoolDirectory(spool));
        ExecutorService pool = Executors.newFixedThreadPool(1);
        ExtractionLoop loop = new ExtractionLoop(IngestClients.uploadConsumer(KafkaConnection.plaintext(bootstrap), group, 4),
                new UploadHandler(bucket, extractor, reports, tiny, Clock.systemUTC()), pool);
        ServiceRunner runner = new ServiceRunner(new IngestService(Optional.empty(), Optional.empty(), loop, pool,
                List.of(extractor, reports, tiny, bucket)), 0);
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(runner::runUntilStopped);
        try {
            // when a malformed upload event arrives, whose dead letter is larger than that
            RecordMetadata malformed;
            try (var raw = new KafkaProducer<String, byte[]>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap),
                    new StringSerializer(), new ByteArraySerializer())) {
                malformed = raw.send(new ProducerRecord<>(Topics.UPLOADED.name(), 0, "reports/broken-" + group,
                        ("{\"event\": " + "oops ".repeat(100)).getBytes(StandardCharsets.UTF_8))).get();
            }
            // then the service fails and exits with the failure code, and the event's offset is not committed
            assertEquals(ServiceRunner.FAILURE_EXIT_CODE, exit.get(120, TimeUnit.SECONDS));
            assertEquals(malformed.offset(), ConsumerGroups.committed(bootstrap, group,
                    new TopicPartition(Topics.UPLOADED.name(), 0)));
        } finally {
            runner.stop();
        }
    }
}
