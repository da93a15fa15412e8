package org.migrationdialogue.pipeline.index.kafka;

import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * How much one bulk request may carry: at most {@code maxRecords} reports and about {@code maxBytes} of source
 * records (a single larger report still goes alone). The time bound is the consumer's poll.
 */
public record BatchLimits(int maxRecords, long maxBytes) {

    public static final BatchLimits DEFAULT = new BatchLimits(200, 8L * 1024 * 1024);

    public List<List<ConsumerRecord<String, byte[]>>> chunks(Iterable<ConsumerRecord<String, byte[]>> records) {
        List<List<ConsumerRecord<String, byte[]>>> chunks = new ArrayList<>();
        List<ConsumerRecord<String, byte[]>> current = new ArrayList<>();
        long bytes = 0;
        for (ConsumerRecord<String, byte[]> record : records) {
            long size = record.value() == null ? 0 : record.value().length;
            if (!current.isEmpty() && (current.size() >= maxRecords || bytes + size > maxBytes)) {
                chunks.add(current);
                current = new ArrayList<>();
                bytes = 0;
            }
            current.add(record);
            bytes += size;
        }
        if (!current.isEmpty()) {
            chunks.add(current);
        }
        return chunks;
    }
}
