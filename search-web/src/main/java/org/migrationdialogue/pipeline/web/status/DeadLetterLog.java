package org.migrationdialogue.pipeline.web.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.migrationdialogue.pipeline.common.kafka.KafkaConnection;
import org.migrationdialogue.pipeline.common.topics.DeadLetterHeaders;
import org.migrationdialogue.pipeline.common.topics.Topics;
import org.migrationdialogue.pipeline.web.ConsumerThread;

/**
 * The latest dead letters, read from {@code reports.dlq} from its beginning by a consumer without a group (it
 * disturbs no subscriber), kept in memory for the status page and for following an upload to its end.
 */
public final class DeadLetterLog extends ConsumerThread<byte[], byte[]> {

    private static final int KEPT = 1_000;
    private static final Duration POLL = Duration.ofMillis(500);

    private final KafkaConnection kafka;
    private final Deque<DeadLetter> latest = new ArrayDeque<>();

    public DeadLetterLog(KafkaConnection kafka) {
        super(Topics.DLQ.name(), "dead-letter-log");
        this.kafka = kafka;
    }

    /** Newest first. */
    public synchronized List<DeadLetter> latest(int count) {
        return latest.stream().limit(count).toList();
    }

    public synchronized long size() {
        return latest.size();
    }

    /** The newest dead letter with one of these keys, written at or after {@code since}. */
    public synchronized Optional<DeadLetter> find(Collection<String> keys, Instant since) {
        return latest.stream()
                .filter(letter -> keys.contains(letter.key()) && !letter.at().isBefore(since))
                .findFirst();
    }

    @Override
    protected KafkaConsumer<byte[], byte[]> newConsumer() {
        Map<String, Object> config = kafka.clientConfig();
        // The DLQ is written by transactional (enrich) and plain producers: only what was committed.
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        // Fail over to the retry loop within seconds when the broker is away.
        config.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000);
        return new KafkaConsumer<>(
                config,
                Topics.DLQ.keySerde().deserializer(),
                Topics.DLQ.valueSerde().deserializer());
    }

    /** From the beginning each time, without a group: it disturbs no subscriber. */
    @Override
    protected void read(KafkaConsumer<byte[], byte[]> kafka) {
        List<TopicPartition> partitions = kafka.partitionsFor(Topics.DLQ.name()).stream()
                .map(info -> new TopicPartition(info.topic(), info.partition()))
                .toList();
        kafka.assign(partitions);
        kafka.seekToBeginning(partitions);
        synchronized (this) {
            latest.clear();
        }
        while (running()) {
            kafka.poll(POLL).forEach(this::keep);
        }
    }

    private void keep(ConsumerRecord<byte[], byte[]> record) {
        String key = record.key() == null ? "" : new String(record.key(), StandardCharsets.UTF_8);
        DeadLetter letter = new DeadLetter(
                key,
                header(record, DeadLetterHeaders.STAGE),
                header(record, DeadLetterHeaders.ERROR_CLASS),
                header(record, DeadLetterHeaders.ERROR_MESSAGE),
                header(record, DeadLetterHeaders.SOURCE_TOPIC),
                Instant.ofEpochMilli(record.timestamp()));
        synchronized (this) {
            latest.addFirst(letter);
            if (latest.size() > KEPT) {
                latest.removeLast();
            }
        }
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }
}
