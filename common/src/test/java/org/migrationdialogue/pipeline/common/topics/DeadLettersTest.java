package org.migrationdialogue.pipeline.common.topics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.compress.Compression;
import org.apache.kafka.common.record.internal.AbstractRecords;
import org.junit.jupiter.api.Test;

class DeadLettersTest {

    private static final DeadLetters.SourceRecord SOURCE = new DeadLetters.SourceRecord(Topics.ENRICHED.name(), 2, 41);
    private static final byte[] KEY = "r-0123456789abcdef01234567".getBytes(StandardCharsets.UTF_8);

    @Test
    void shouldKeepTheFailedValueAsItWasWhenItFits() {
        // given a failed record of a few bytes
        byte[] value = "{\"id\": oops".getBytes(StandardCharsets.UTF_8);
        // when its dead letter is built
        ProducerRecord<byte[], byte[]> dead = DeadLetters.record(KEY, value, "index", "Malformed", "not JSON", SOURCE);
        // then it holds the value unchanged, with the reason and where it came from, and is not marked as cut
        assertArrayEquals(value, dead.value());
        assertEquals(Topics.DLQ.name(), dead.topic());
        assertEquals("not JSON", header(dead, DeadLetterHeaders.ERROR_MESSAGE));
        assertEquals("41", header(dead, DeadLetterHeaders.SOURCE_OFFSET));
        assertNull(dead.headers().lastHeader(DeadLetterHeaders.VALUE_TRUNCATED));
    }

    @Test
    void shouldCutAValueThatWouldNotFitBesideItsHeadersAndSaySo() {
        // given a failed record just under the 10 MB limit, and a long reason
        byte[] value = new byte[Topic.MAX_MESSAGE_BYTES - 200];
        Arrays.fill(value, (byte) 'x');
        String reason = "does not fit: " + "because ".repeat(400);
        // when its dead letter is built
        ProducerRecord<byte[], byte[]> dead =
                DeadLetters.record(KEY, value, "enrich", "RecordTooLargeException", reason, SOURCE);
        // then it fits one record of the limit as the Kafka producer counts it (the producer's own estimate, magic
        // v2), holds the value's first bytes, and its header gives the full length
        int size = AbstractRecords.estimateSizeInBytesUpperBound(
                (byte) 2,
                Compression.NONE.type(),
                ByteBuffer.wrap(dead.key()),
                ByteBuffer.wrap(dead.value()),
                dead.headers().toArray());
        assertTrue(size <= Topic.MAX_MESSAGE_BYTES, "dead letter of " + size + " bytes");
        assertTrue(dead.value().length < value.length);
        assertArrayEquals(Arrays.copyOf(value, dead.value().length), dead.value());
        assertEquals(Integer.toString(value.length), header(dead, DeadLetterHeaders.VALUE_TRUNCATED));
    }

    @Test
    void shouldSendADeadLetterToTheTopicItIsGiven() {
        // given a dead-letter topic other than reports.dlq (Kafka Streams' errors.dead.letter.queue.topic.name)
        // when a dead letter is built for it
        ProducerRecord<byte[], byte[]> dead = DeadLetters.record(
                "other.dlq",
                KEY,
                null,
                "enrich",
                new IllegalArgumentException("no text", new IllegalStateException("cause")),
                SOURCE);
        // then it goes there, with the error's class and its cause in the reason
        assertEquals("other.dlq", dead.topic());
        assertEquals(IllegalArgumentException.class.getName(), header(dead, DeadLetterHeaders.ERROR_CLASS));
        assertEquals("no text | caused by IllegalStateException: cause", header(dead, DeadLetterHeaders.ERROR_MESSAGE));
    }

    private static String header(ProducerRecord<byte[], byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
