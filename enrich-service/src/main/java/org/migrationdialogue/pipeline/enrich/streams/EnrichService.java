package org.migrationdialogue.pipeline.enrich.streams;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.migrationdialogue.pipeline.common.service.Health;
import org.migrationdialogue.pipeline.common.service.Service;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The enrich-service as a {@link Service}: a Kafka Streams app running {@link EnrichTopology}. Poison records never
 * reach a stream thread's death (the exception handlers dead-letter them); what does (a dead letter that cannot be
 * sent, the broker refusing the app) shuts the client down, and a client in error, or one that stopped on its own,
 * is the service's failure: the process exits and is restarted.
 */
public final class EnrichService implements Service {

    private static final Logger LOG = LoggerFactory.getLogger(EnrichService.class);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);
    private static final Set<KafkaStreams.State> IN_ERROR =
            Set.of(KafkaStreams.State.PENDING_ERROR, KafkaStreams.State.ERROR);
    private static final Set<KafkaStreams.State> STOPPED =
            Set.of(KafkaStreams.State.PENDING_SHUTDOWN, KafkaStreams.State.NOT_RUNNING);

    private final KafkaStreams streams;
    private volatile boolean closing;
    private volatile Throwable threadError;

    public EnrichService(Topology topology, Properties config) {
        this.streams = new KafkaStreams(topology, config);
        // Replacing the thread would process the same record again and fail again, forever, with health up.
        streams.setUncaughtExceptionHandler(error -> {
            threadError = error;
            LOG.error(
                    "Stream thread failed; shutting the client down so that the service exits and is restarted", error);
            return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
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
        Map<String, Object> details = new HashMap<>();
        details.put("state", state.name());
        Optional<String> failure = failure();
        failure.ifPresent(reason -> details.put("error", reason));
        boolean up = state == KafkaStreams.State.RUNNING || state == KafkaStreams.State.REBALANCING;
        return new Health(up && failure.isEmpty(), details);
    }

    @Override
    public Optional<String> failure() {
        KafkaStreams.State state = streams.state();
        if (IN_ERROR.contains(state) || (!closing && STOPPED.contains(state))) {
            return Optional.of("Kafka Streams is in state " + state
                    + (threadError == null ? "" : " after a stream thread died: " + threadError.getMessage()));
        }
        return Optional.empty();
    }

    @Override
    public void close() {
        closing = true;
        streams.close(CLOSE_TIMEOUT);
    }
}
