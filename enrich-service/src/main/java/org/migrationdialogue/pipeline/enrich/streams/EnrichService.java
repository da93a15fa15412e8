package org.migrationdialogue.pipeline.enrich.streams;

import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.migrationdialogue.pipeline.common.service.Health;
import org.migrationdialogue.pipeline.common.service.Service;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Map;
import java.util.Properties;

/** The enrich-service as a {@link Service}: a Kafka Streams app running {@link EnrichTopology}. */
public final class EnrichService implements Service {

    private static final Logger LOG = LoggerFactory.getLogger(EnrichService.class);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

    private final KafkaStreams streams;

    public EnrichService(Topology topology, Properties config) {
        this.streams = new KafkaStreams(topology, config);
        // A thread that dies of an unexpected error is replaced; poison records never get here (they go to the DLQ).
        streams.setUncaughtExceptionHandler(error -> {
            LOG.error("Stream thread failed; replacing it", error);
            return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        streams.setStateListener((now, before) -> LOG.info("Kafka Streams state {} -> {}", before, now));
    }

    @Override
    public String name() {
        return EnrichStreamsConfig.APPLICATION_ID;
    }

    @Override
    public void start() {
        streams.start();
    }

    @Override
    public Health health() {
        KafkaStreams.State state = streams.state();
        boolean up = state == KafkaStreams.State.RUNNING || state == KafkaStreams.State.REBALANCING;
        return new Health(up, Map.of("state", state.name()));
    }

    @Override
    public void close() {
        streams.close(CLOSE_TIMEOUT);
    }
}
