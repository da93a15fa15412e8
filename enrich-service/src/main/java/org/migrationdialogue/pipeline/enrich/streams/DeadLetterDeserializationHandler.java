package org.migrationdialogue.pipeline.enrich.streams;

import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A record that is not valid JSON of the contract is poison: it goes to {@code reports.dlq} and the app goes on. */
public final class DeadLetterDeserializationHandler implements DeserializationExceptionHandler {

    static final String STAGE = "enrich.deserialize";
    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterDeserializationHandler.class);

    private StreamsDeadLetters deadLetters;

    @Override
    public Response handleError(ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record, Exception error) {
        LOG.warn(
                "Malformed record {}-{}@{} sent to the dead-letter topic: {}",
                context.topic(),
                context.partition(),
                context.offset(),
                error.getMessage());
        return Response.resume(deadLetters.of(context, record.key(), record.value(), STAGE, error));
    }

    @Override
    public void configure(Map<String, ?> configs) {
        deadLetters = StreamsDeadLetters.from(configs);
    }
}
