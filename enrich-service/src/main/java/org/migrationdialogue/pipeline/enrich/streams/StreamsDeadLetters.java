package org.migrationdialogue.pipeline.enrich.streams;

import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.migrationdialogue.pipeline.common.topics.DeadLetters;
import org.migrationdialogue.pipeline.common.topics.Topics;

/**
 * The dead letters the exception handlers hand back to Kafka Streams (KIP-1034): Streams sends them in the same
 * transaction as the task's other output and its offsets, so a record's offset is committed only with its dead
 * letter. They go to {@code errors.dead.letter.queue.topic.name} ({@code reports.dlq}).
 */
final class StreamsDeadLetters {

    private final String topic;

    private StreamsDeadLetters(String topic) {
        this.topic = topic;
    }

    /** From a handler's configuration. */
    static StreamsDeadLetters from(Map<String, ?> configs) {
        Object topic = configs.get(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG);
        return new StreamsDeadLetters(topic == null ? Topics.DLQ.name() : String.valueOf(topic));
    }

    String topic() {
        return topic;
    }

    /** The dead letter of the source record the task was processing when {@code error} happened. */
    List<ProducerRecord<byte[], byte[]>> of(ErrorHandlerContext context, String stage, Exception error) {
        return of(context, context.sourceRawKey(), context.sourceRawValue(), stage, error);
    }

    List<ProducerRecord<byte[], byte[]>> of(
            ErrorHandlerContext context, byte[] key, byte[] value, String stage, Exception error) {
        return List.of(DeadLetters.record(
                topic,
                key,
                value,
                stage,
                error,
                new DeadLetters.SourceRecord(context.topic(), context.partition(), context.offset())));
    }
}
