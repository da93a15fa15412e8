package org.migrationdialogue.pipeline.enrich.streams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProductionExceptionHandler.Response;
import org.apache.kafka.streams.errors.ProductionExceptionHandler.Result;
import org.apache.kafka.streams.processor.TaskId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.migrationdialogue.pipeline.common.topics.DeadLetterHeaders;
import org.migrationdialogue.pipeline.common.topics.Topics;

class DeadLetterProductionHandlerTest {

    private static final byte[] SOURCE_KEY = "r-1".getBytes(StandardCharsets.UTF_8);
    private static final byte[] SOURCE_VALUE = "{\"id\":\"r-1\"}".getBytes(StandardCharsets.UTF_8);

    private final DeadLetterProductionHandler handler = new DeadLetterProductionHandler();

    @BeforeEach
    void configure() {
        handler.configure(Map.of(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, Topics.DLQ.name()));
    }

    @Test
    void shouldDeadLetterTheSourceRecordOfAnOutputTheBrokerRefusesAndGoOn() {
        // given an enriched report the producer refused as too large
        ProducerRecord<byte[], byte[]> output = new ProducerRecord<>(Topics.ENRICHED.name(), SOURCE_KEY, new byte[10]);
        // when the handler is asked
        Response response = handler.handleError(new Context(), output, new RecordTooLargeException("too large"));
        // then processing resumes, with the source record (not the output) on reports.dlq
        assertEquals(Result.RESUME, response.result());
        ProducerRecord<byte[], byte[]> dead = response.deadLetterQueueRecords().getFirst();
        assertEquals(Topics.DLQ.name(), dead.topic());
        assertEquals(
                new String(SOURCE_VALUE, StandardCharsets.UTF_8), new String(dead.value(), StandardCharsets.UTF_8));
        assertEquals(
                DeadLetterProductionHandler.STAGE,
                new String(dead.headers().lastHeader(DeadLetterHeaders.STAGE).value(), StandardCharsets.UTF_8));
    }

    @Test
    void shouldFailWhenADeadLetterItselfCannotBeSent() {
        // given a dead letter the broker refused
        ProducerRecord<byte[], byte[]> deadLetter = new ProducerRecord<>(Topics.DLQ.name(), SOURCE_KEY, new byte[10]);
        // when the handler is asked, then the task fails (nothing committed) and no further dead letter is made
        Response response = handler.handleError(new Context(), deadLetter, new RecordTooLargeException("too large"));
        assertEquals(Result.FAIL, response.result());
        assertTrue(response.deadLetterQueueRecords().isEmpty());
    }

    @Test
    void shouldRetryAnOutage() {
        // given an output that timed out (the broker unreachable)
        ProducerRecord<byte[], byte[]> output = new ProducerRecord<>(Topics.ENRICHED.name(), SOURCE_KEY, new byte[10]);
        // when the handler is asked, then it is retried
        assertEquals(
                Result.RETRY,
                handler.handleError(new Context(), output, new TimeoutException("timed out"))
                        .result());
    }

    /** Where the failed output came from: offset 7 of partition 1 of reports.extracted. */
    private static final class Context implements ErrorHandlerContext {
        @Override
        public String topic() {
            return Topics.EXTRACTED.name();
        }

        @Override
        public int partition() {
            return 1;
        }

        @Override
        public long offset() {
            return 7;
        }

        @Override
        public Headers headers() {
            return new RecordHeaders();
        }

        @Override
        public String processorNodeId() {
            return "KSTREAM-SINK-0000000003";
        }

        @Override
        public TaskId taskId() {
            return new TaskId(0, 1);
        }

        @Override
        public long timestamp() {
            return 0;
        }

        @Override
        public byte[] sourceRawKey() {
            return SOURCE_KEY;
        }

        @Override
        public byte[] sourceRawValue() {
            return SOURCE_VALUE;
        }
    }
}
