package org.migrationdialogue.pipeline.enrich.streams;

import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An output that cannot be serialized or that the broker refuses for what it is (too large, say) sends its source
 * record to {@code reports.dlq} with the reason, and the app goes on. An outage (a retriable error) is retried. A
 * dead letter that cannot be sent fails the task: the transaction aborts, nothing is committed, the stream thread
 * dies and the service exits so that it is restarted (going on would lose the record).
 *
 * <p>Under exactly-once a producer that refused a record aborts the whole transaction, whatever this handler
 * answers; so outputs too large for a record are caught before they reach the producer ({@link FitsInOneRecord}),
 * and this handler is what remains for the rest.
 */
public final class DeadLetterProductionHandler implements ProductionExceptionHandler {

    static final String STAGE = "enrich.publish";
    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterProductionHandler.class);

    private StreamsDeadLetters deadLetters;

    @Override
    public Response handleError(ErrorHandlerContext context, ProducerRecord<byte[], byte[]> record, Exception error) {
        if (deadLetters.topic().equals(record.topic())) {
            LOG.error(
                    "A dead letter of {}-{}@{} could not be sent to {}: {}; failing, so that nothing is committed",
                    context.topic(),
                    context.partition(),
                    context.offset(),
                    record.topic(),
                    error.getMessage());
            return Response.fail();
        }
        if (error instanceof RetriableException) {
            return Response.retry();
        }
        LOG.warn(
                "Output to {} of {}-{}@{} refused; its source record goes to the dead-letter topic: {}",
                record.topic(),
                context.topic(),
                context.partition(),
                context.offset(),
                error.getMessage());
        return Response.resume(deadLetters.of(context, STAGE, error));
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Response handleSerializationError(
            ErrorHandlerContext context, ProducerRecord record, Exception error, SerializationExceptionOrigin origin) {
        LOG.warn(
                "Output to {} of {}-{}@{} cannot be serialized; its source record goes to the dead-letter topic: {}",
                record.topic(),
                context.topic(),
                context.partition(),
                context.offset(),
                error.getMessage());
        return Response.resume(deadLetters.of(context, STAGE, error));
    }

    @Override
    public void configure(Map<String, ?> configs) {
        deadLetters = StreamsDeadLetters.from(configs);
    }
}
