package org.migrationdialogue.pipeline.common.topics;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends dead letters and waits until the broker has each one, so that a consumer commits the offset of a failed
 * record only after its dead letter is safe. A send that fails throws {@link DeadLetterException}: the record
 * could be neither processed nor set aside, so the loop must stop uncommitted, and the service exit to be
 * restarted, rather than go on and lose it.
 */
public final class DeadLetterSender {

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterSender.class);

    private final Producer<byte[], byte[]> producer;

    public DeadLetterSender(Producer<byte[], byte[]> producer) {
        this.producer = producer;
    }

    /** Sends a record built by {@link DeadLetters} and returns once the broker acknowledged it. */
    public void send(ProducerRecord<byte[], byte[]> deadLetter) {
        String key = deadLetter.key() == null ? "(no key)" : new String(deadLetter.key(), StandardCharsets.UTF_8);
        try {
            producer.send(deadLetter).get();
        } catch (ExecutionException e) {
            throw new DeadLetterException(
                    "Cannot publish the dead letter of " + key + " to " + deadLetter.topic() + ": "
                            + e.getCause().getMessage(),
                    e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeadLetterException("Interrupted while publishing the dead letter of " + key, e);
        }
        LOG.warn(
                "Dead letter for {} ({}): {}",
                key,
                header(deadLetter, DeadLetterHeaders.STAGE),
                header(deadLetter, DeadLetterHeaders.ERROR_MESSAGE));
    }

    private static String header(ProducerRecord<byte[], byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** A dead letter the broker did not take: fatal for the loop that sent it. */
    public static final class DeadLetterException extends IllegalStateException {
        DeadLetterException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
