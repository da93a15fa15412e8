package org.migrationdialogue.pipeline.web;

import java.time.Duration;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Kafka consumer on a thread of its own, for as long as the page runs: when the broker goes away it closes the
 * consumer, waits and starts a new one; {@link #close()} wakes it up and waits for it to end.
 */
public abstract class ConsumerThread<K, V> implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ConsumerThread.class);
    private static final Duration RETRY = Duration.ofSeconds(5);

    private final String topic;
    private final String threadName;
    private Thread thread;
    private volatile boolean running = true;
    private volatile KafkaConsumer<K, V> consumer;

    protected ConsumerThread(String topic, String threadName) {
        this.topic = topic;
        this.threadName = threadName;
    }

    /** A new consumer, each time the previous one failed. */
    protected abstract KafkaConsumer<K, V> newConsumer();

    /** Subscribes or assigns, then polls while {@link #running()}. */
    protected abstract void read(KafkaConsumer<K, V> consumer);

    /** Told when the consumer failed or stopped. */
    protected void stopped() {
        // nothing by default
    }

    protected final boolean running() {
        return running;
    }

    public synchronized void start() {
        thread = Thread.ofPlatform().daemon().name(threadName).start(this::readForever);
    }

    private void readForever() {
        while (running) {
            try (KafkaConsumer<K, V> kafka = newConsumer()) {
                consumer = kafka;
                read(kafka);
            } catch (WakeupException e) {
                return;
            } catch (RuntimeException e) {
                LOG.warn("Cannot read {} ({}); trying again in {} s", topic, e.getMessage(), RETRY.toSeconds());
                pause();
            } finally {
                stopped();
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(RETRY);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public void close() {
        running = false;
        KafkaConsumer<K, V> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        try {
            Thread started;
            synchronized (this) {
                started = thread;
            }
            if (started != null) {
                started.join(Duration.ofSeconds(10));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
