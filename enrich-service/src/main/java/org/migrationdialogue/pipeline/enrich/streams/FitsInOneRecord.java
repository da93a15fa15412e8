package org.migrationdialogue.pipeline.enrich.streams;

import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.migrationdialogue.pipeline.common.topics.Topic;

/**
 * Lets a record through only if it fits in one record of its topic (the topics' 10 MB limit, key and headers
 * included); one that does not throws {@link RecordTooLargeException}, so that the processing handler sends its
 * source record to the dead-letter topic and nothing of it is published. (Left to the producer, an oversized record
 * would abort the exactly-once transaction, and the same record would come back, forever.)
 */
final class FitsInOneRecord<V> implements FixedKeyProcessor<String, V, V> {

    private final Topic<String, V> topic;
    private FixedKeyProcessorContext<String, V> context;

    FitsInOneRecord(Topic<String, V> topic) {
        this.topic = topic;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, V> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, V> record) {
        if (record.value() != null) {
            Headers headers = record.headers() == null ? new RecordHeaders() : record.headers();
            byte[] key = topic.keySerde().serializer().serialize(topic.name(), headers, record.key());
            int bytes = topic.valueSerde().serializer().serialize(topic.name(), headers, record.value()).length;
            int room = Topic.roomForValue(key, headers);
            if (bytes > room) {
                throw new RecordTooLargeException("The record for " + topic.name() + " of " + record.key() + " is "
                        + bytes + " bytes; one record of " + topic.name() + " holds at most " + room
                        + " bytes beside its key and headers (topic limit " + Topic.MAX_MESSAGE_BYTES + " bytes)");
            }
        }
        context.forward(record);
    }
}
