package org.migrationdialogue.pipeline.index;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.migrationdialogue.pipeline.common.service.Health;
import org.migrationdialogue.pipeline.common.service.Service;
import org.migrationdialogue.pipeline.common.service.ServiceLoop;
import org.migrationdialogue.pipeline.index.elastic.ReportIndex;
import org.migrationdialogue.pipeline.index.kafka.IndexingLoop;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The index-service as a {@link Service}: one indexing loop on its own thread; if it dies, the service failed. */
public final class IndexService implements Service {

    private static final Logger LOG = LoggerFactory.getLogger(IndexService.class);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private final ServiceLoop loop;
    private final IndexingLoop indexing;
    private final ReportIndex index;
    private final List<AutoCloseable> clients;

    /** @param clients closed, in order, once the loop stopped (the dead-letter producer, the Elasticsearch client) */
    public IndexService(IndexingLoop indexing, ReportIndex index, List<AutoCloseable> clients) {
        this.indexing = indexing;
        this.index = index;
        this.clients = List.copyOf(clients);
        this.loop = new ServiceLoop("index-loop", indexing, indexing::stop);
    }

    @Override
    public String name() {
        return "index-service";
    }

    @Override
    public void start() {
        loop.start();
    }

    @Override
    public Health health() {
        boolean elasticsearch = index.healthy();
        Map<String, Object> details = new HashMap<>(indexing.counters().snapshot());
        details.put("elasticsearch", elasticsearch ? "up" : "down");
        Optional<String> failure = failure();
        failure.ifPresent(reason -> details.put("error", reason));
        return new Health(loop.isAlive() && failure.isEmpty() && elasticsearch, details);
    }

    @Override
    public Optional<String> failure() {
        return loop.failure();
    }

    @Override
    public void close() {
        loop.stop(STOP_TIMEOUT);
        for (AutoCloseable client : clients) {
            try {
                client.close();
            } catch (Exception e) {
                LOG.warn("Closing {}: {}", client, e.getMessage());
            }
        }
    }
}
