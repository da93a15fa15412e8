package org.migrationdialogue.pipeline.index;

import org.apache.kafka.clients.producer.Producer;
import org.migrationdialogue.pipeline.common.service.Health;
import org.migrationdialogue.pipeline.common.service.Service;
import org.migrationdialogue.pipeline.index.elastic.ReportIndex;
import org.migrationdialogue.pipeline.index.kafka.IndexingLoop;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** The index-service as a {@link Service}: one indexing loop on its own thread. */
public final class IndexService implements Service {

    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private final IndexingLoop loop;
    private final ReportIndex index;
    private final Producer<byte[], byte[]> deadLetters;
    private final Thread thread;

    public IndexService(IndexingLoop loop, ReportIndex index, Producer<byte[], byte[]> deadLetters) {
        this.loop = loop;
        this.index = index;
        this.deadLetters = deadLetters;
        this.thread = new Thread(loop, "index-loop");
    }

    @Override
    public String name() {
        return "index-service";
    }

    @Override
    public void start() {
        thread.start();
    }

    @Override
    public Health health() {
        boolean elasticsearch = index.healthy();
        Map<String, Object> details = new HashMap<>(loop.counters().snapshot());
        details.put("elasticsearch", elasticsearch ? "up" : "down");
        return new Health(thread.isAlive() && elasticsearch, details);
    }

    @Override
    public void close() {
        loop.stop();
        try {
            thread.join(STOP_TIMEOUT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        deadLetters.close(STOP_TIMEOUT);
    }
}
