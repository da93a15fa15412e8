package org.migrationdialogue.pipeline.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.migrationdialogue.pipeline.common.events.EnrichedReport;
import org.migrationdialogue.pipeline.common.kafka.KafkaConnection;
import org.migrationdialogue.pipeline.common.search.IndexAliases;
import org.migrationdialogue.pipeline.common.topics.Topic;
import org.migrationdialogue.pipeline.common.topics.Topics;
import org.migrationdialogue.pipeline.index.core.BulkPlan;
import org.migrationdialogue.pipeline.index.core.IndexOperation;
import org.migrationdialogue.pipeline.index.elastic.ElasticsearchReportIndex;
import org.migrationdialogue.pipeline.index.elastic.ReportIndex;
import org.migrationdialogue.pipeline.index.schema.AliasSwap;
import org.migrationdialogue.pipeline.index.schema.IndexSchema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rebuilds the index into a new version: replays {@code reports.enriched} from the beginning into
 * {@code <alias>-v<N+1>}, swaps the aliases atomically, then replays what arrived meanwhile. Searches keep using
 * the old version until the swap. The old indices are kept (delete them by hand once satisfied).
 */
public final class Reindexer {

    private static final Logger LOG = LoggerFactory.getLogger(Reindexer.class);
    private static final Duration POLL = Duration.ofMillis(500);

    private final ElasticsearchClient client;
    private final KafkaConnection kafka;
    private final Clock clock;

    public Reindexer(ElasticsearchClient client, KafkaConnection kafka, Clock clock) {
        this.client = client;
        this.kafka = kafka;
        this.clock = clock;
    }

    /** @return the new version the aliases point at */
    public int reindex() throws IOException {
        IndexSchema schema = new IndexSchema(client);
        schema.ensure();
        AliasSwap aliases = new AliasSwap(client);
        int next = aliases.currentVersion() + 1;
        for (String alias : IndexSchema.ALIASES) {
            schema.putTemplate(alias);
            schema.createIndex(IndexAliases.concreteIndex(alias, next));
        }
        ReportIndex target = new ElasticsearchReportIndex(
                client,
                IndexAliases.concreteIndex(IndexAliases.REPORTS, next),
                IndexAliases.concreteIndex(IndexAliases.RECOMMENDATIONS, next));
        try (KafkaConsumer<String, byte[]> consumer = replayConsumer()) {
            long replayed = replayToEnd(consumer, target);
            // Everything replayed must be searchable the moment the aliases move: searches never come up short.
            client.indices()
                    .refresh(request -> request.index(IndexSchema.ALIASES.stream()
                            .map(alias -> IndexAliases.concreteIndex(alias, next))
                            .toList()));
            aliases.moveTo(next);
            LOG.info("Replayed {} records into version {}; aliases swapped", replayed, next);
            long caughtUp = replayToEnd(consumer, target);
            LOG.info("Caught up {} records that arrived during the reindex", caughtUp);
        }
        return next;
    }

    private KafkaConsumer<String, byte[]> replayConsumer() {
        Map<String, Object> config = kafka.clientConfig();
        // Only what the exactly-once enrich-service committed.
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, Topic.MAX_MESSAGE_BYTES);
        KafkaConsumer<String, byte[]> consumer =
                new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(Topics.ENRICHED.name()).stream()
                .map(info -> new TopicPartition(info.topic(), info.partition()))
                .toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        return consumer;
    }

    private long replayToEnd(KafkaConsumer<String, byte[]> consumer, ReportIndex target) throws IOException {
        Map<TopicPartition, Long> ends = consumer.endOffsets(consumer.assignment());
        long count = 0;
        while (!ends.entrySet().stream().allMatch(end -> consumer.position(end.getKey()) >= end.getValue())) {
            Map<String, BulkPlan.ReportChange> latest = new LinkedHashMap<>();
            for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                readInto(latest, record);
                count++;
            }
            write(target, latest);
        }
        return count;
    }

    /** The latest change per report; a malformed record is skipped (the live index-service dead-letters it). */
    private static void readInto(Map<String, BulkPlan.ReportChange> latest, ConsumerRecord<String, byte[]> record) {
        try {
            EnrichedReport report =
                    Topics.ENRICHED.valueSerde().deserializer().deserialize(record.topic(), record.value());
            latest.remove(record.key());
            latest.put(
                    record.key(),
                    new BulkPlan.ReportChange(
                            record.key(),
                            report,
                            new IndexOperation.SourceOffset(record.topic(), record.partition(), record.offset())));
        } catch (SerializationException e) {
            LOG.warn(
                    "Skipping malformed record {}-{}@{}: {}",
                    record.topic(),
                    record.partition(),
                    record.offset(),
                    e.getMessage());
        }
    }

    private void write(ReportIndex target, Map<String, BulkPlan.ReportChange> latest) throws IOException {
        if (latest.isEmpty()) {
            return;
        }
        List<IndexOperation> operations =
                BulkPlan.plan(latest.values(), target.recommendationDocumentIds(latest.keySet()), clock.instant());
        List<ReportIndex.Rejection> rejections = target.write(operations, false);
        if (!rejections.isEmpty()) {
            LOG.warn(
                    "{} writes rejected during the reindex (the live index-service dead-letters them): {}",
                    rejections.size(),
                    rejections.getFirst().reason());
        }
    }
}
