package org.migrationdialogue.pipeline.enrich.streams;

import java.util.Map;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A report that enrichment cannot process, or whose enriched form would not fit in one record, is poison: its
 * source record goes to {@code reports.dlq} with the reason (Kafka Streams' dead-letter records, KIP-1034) and the
 * app goes on with the next one.
 */
public final class DeadLetterProcessingHandler implements ProcessingExceptionHandler {

    static final String STAGE = "enrich";
    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterProcessingHandler.class);

    private StreamsDeadLetters deadLetters;

    @Override
    public Response handleError(ErrorHandlerContext context, Record<?, ?> record, Exception error) {
        LOG.warn(
                "Record {}-{}@{} failed in {} and was sent to the dead-letter topic: {}",
                context.topic(),
                context.partition(),
                context.offset(),
                context.processorNodeId(),
                error.getMessage());
        return Response.resume(deadLetters.of(context, STAGE, error));
    }

    @Override
    public void configure(Map<String, ?> configs) {
        deadLetters = StreamsDeadLetters.from(configs);
    }
}
