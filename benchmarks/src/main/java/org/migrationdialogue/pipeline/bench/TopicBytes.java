package org.migrationdialogue.pipeline.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.LogDirDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.migrationdialogue.pipeline.common.kafka.KafkaConnection;
import org.migrationdialogue.pipeline.common.topics.Topic;

/**
 * What the topics of a stack hold, to tell how many bytes a phase put on each: a snapshot of every partition's end
 * offset and size on the broker's disk (compressed batches, as written); {@link #since} also reads the records
 * added since an earlier snapshot to sum their keys and values as the clients see them (uncompressed).
 */
final class TopicBytes {

    private static final Duration POLL = Duration.ofMillis(300);

    private final Map<TopicPartition, Long> ends;
    private final Map<TopicPartition, Long> diskBytes;

    private TopicBytes(Map<TopicPartition, Long> ends, Map<TopicPartition, Long> diskBytes) {
        this.ends = ends;
        this.diskBytes = diskBytes;
    }

    /** Every partition of every topic of the broker, internal topics of Kafka itself left out. */
    static TopicBytes of(String bootstrap) {
        KafkaConnection kafka = KafkaConnection.plaintext(bootstrap);
        Map<TopicPartition, Long> disk = new TreeMap<>(TopicBytes::compare);
        try (Admin admin = Admin.create(kafka.clientConfig())) {
            List<Integer> brokers =
                    admin.describeCluster().nodes().get().stream().map(Node::id).toList();
            for (Map<String, LogDirDescription> dirs :
                    admin.describeLogDirs(brokers).allDescriptions().get().values()) {
                dirs.values()
                        .forEach(dir -> dir.replicaInfos().forEach((partition, replica) -> {
                            if (!partition.topic().startsWith("__")) {
                                disk.merge(partition, replica.size(), Long::sum);
                            }
                        }));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Cannot describe the broker's log folders", e.getCause());
        }
        try (KafkaConsumer<byte[], byte[]> consumer = consumer(kafka)) {
            Map<TopicPartition, Long> ends = new TreeMap<>(TopicBytes::compare);
            ends.putAll(consumer.endOffsets(disk.keySet()));
            return new TopicBytes(ends, disk);
        }
    }

    /** Per topic: records (offsets) added, bytes added on disk, and key + value bytes read, per report. */
    String since(TopicBytes before, String bootstrap, int reports) {
        Map<String, long[]> byTopic = new TreeMap<>();
        diskBytes.forEach((partition, bytes) -> {
            long[] sums = byTopic.computeIfAbsent(partition.topic(), topic -> new long[3]);
            sums[0] += ends.get(partition) - before.ends.getOrDefault(partition, 0L);
            sums[1] += bytes - before.diskBytes.getOrDefault(partition, 0L);
        });
        try (KafkaConsumer<byte[], byte[]> consumer = consumer(KafkaConnection.plaintext(bootstrap))) {
            List<TopicPartition> partitions = new ArrayList<>(ends.keySet());
            consumer.assign(partitions);
            for (TopicPartition partition : partitions) {
                consumer.seek(partition, before.ends.getOrDefault(partition, 0L));
            }
            long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition))
                    && System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
                    if (record.offset() < ends.get(new TopicPartition(record.topic(), record.partition()))) {
                        byTopic.get(record.topic())[2] += length(record.key()) + length(record.value());
                    }
                }
            }
        }
        StringBuilder text = new StringBuilder(
                String.format("%-55s %10s %16s %22s%n", "topic", "offsets", "disk B/report", "key+value B/report"));
        byTopic.forEach((topic, sums) -> text.append(String.format(
                "%-55s %10d %16.0f %22.0f%n", topic, sums[0], sums[1] / (double) reports, sums[2] / (double) reports)));
        return text.toString();
    }

    private static KafkaConsumer<byte[], byte[]> consumer(KafkaConnection kafka) {
        Map<String, Object> config = kafka.clientConfig();
        config.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, Topic.MAX_MESSAGE_BYTES);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        // Streams purges its repartition topic once consumed: read what is left of a purged range.
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        return new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    private static long length(byte[] bytes) {
        return bytes == null ? 0 : bytes.length;
    }

    private static int compare(TopicPartition a, TopicPartition b) {
        int byTopic = a.topic().compareTo(b.topic());
        return byTopic != 0 ? byTopic : Integer.compare(a.partition(), b.partition());
    }
}
