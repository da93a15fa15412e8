package org.migrationdialogue.pipeline.runtime.local;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.migrationdialogue.pipeline.common.config.Config;
import org.migrationdialogue.pipeline.common.config.Settings;

/**
 * The pipeline services (the three stages and the search page) as child processes, wired to one Kafka broker and one Elasticsearch server: started
 * in order (index, enrich, ingest), restarted with a backoff when one dies, stopped in reverse order. What {@code pipeline up}
 * supervises, and what a test composes with a {@link LocalRuntime} of its own.
 */
public final class LocalServices implements AutoCloseable {

    private static final String HEAP = "512m";
    /** The enrich-service holds the statistical models (about 280 MB for English and French) besides its work. */
    private static final String ENRICH_HEAP = "1g";

    private final Path repoRoot;
    private final Path logs;
    private final Map<String, String> environment;
    private final List<ServiceProcess> started = new ArrayList<>();
    private final boolean searchPage;

    /** Where the services find the infrastructure and keep their state. */
    public record Wiring(String kafkaBootstrapServers, String elasticsearchUrl, Path dataDir, Path uploadDir) {}

    /**
     * Services run from the jars built under {@code repoRoot}, in that folder, logging to {@code <data>/logs}.
     * {@code extraEnvironment} adds or overrides settings, e.g. free health ports ({@link Settings#INGEST_HEALTH_PORT}
     * and the others) for a test that must not clash with a running pipeline.
     */
    public LocalServices(Path repoRoot, Wiring wiring, Map<String, String> extraEnvironment) {
        this.repoRoot = repoRoot;
        this.logs = logs(wiring.dataDir());
        Map<String, String> merged = new HashMap<>(environment(wiring));
        merged.putAll(extraEnvironment);
        this.environment = Map.copyOf(merged);
        Map<String, String> seen = new HashMap<>(System.getenv());
        seen.putAll(merged);
        this.searchPage = new Config(seen).getInt(Settings.SEARCH_WEB_PORT) > 0;
    }

    private static Map<String, String> environment(Wiring wiring) {
        return Map.of(
                Settings.KAFKA_BOOTSTRAP_SERVERS.variable(), wiring.kafkaBootstrapServers(),
                // The local broker is unauthenticated, whatever security the calling shell sets for another one.
                Settings.KAFKA_SECURITY_PROTOCOL.variable(), "PLAINTEXT",
                Settings.ELASTICSEARCH_URL.variable(), wiring.elasticsearchUrl(),
                Settings.STREAMS_STATE_DIR.variable(),
                        wiring.dataDir().resolve("streams").toString(),
                Settings.INGEST_STATE_DIR.variable(),
                        wiring.dataDir().resolve("ingest").toString(),
                Settings.UPLOAD_DIR.variable(), wiring.uploadDir().toString());
    }

    /** The jar of a service module built under {@code repoRoot}. */
    public static Path jar(Path repoRoot, String module) {
        return repoRoot.resolve(module).resolve("target").resolve(module + ".jar");
    }

    /** Starts every service, in order; returns them. */
    public synchronized List<ServiceProcess> start() {
        for (String module : ServiceProcess.serviceModules()) {
            if (module.equals(ServiceProcess.SEARCH_WEB) && !searchPage) {
                continue;
            }
            ServiceProcess service = new ServiceProcess(
                    module,
                    jar(repoRoot, module),
                    repoRoot,
                    logs.resolve(module + ".log"),
                    environment,
                    module.equals("enrich-service") ? ENRICH_HEAP : HEAP);
            service.start();
            started.add(service);
        }
        return List.copyOf(started);
    }

    /**
     * One round of supervision: each service found dead gets a restart time from its backoff, and each whose time
     * has come is started again; returns what it saw and did.
     */
    public synchronized List<ServiceProcess.Event> supervise() {
        Instant now = Instant.now();
        List<ServiceProcess.Event> events = new ArrayList<>();
        for (ServiceProcess service : started) {
            service.supervise(now).ifPresent(events::add);
        }
        return events;
    }

    /** How many restarts there have been, all services together. */
    public synchronized int restarts() {
        return started.stream().mapToInt(ServiceProcess::restarts).sum();
    }

    public synchronized boolean allAlive() {
        return !started.isEmpty() && started.stream().allMatch(ServiceProcess::isAlive);
    }

    /** The folder of the services' logs. */
    public Path logs() {
        return logs;
    }

    /** The folder of the services' logs under a data folder ({@code <data>/logs/<module>.log}). */
    public static Path logs(Path dataDir) {
        return dataDir.resolve("logs");
    }

    /** Stops the services in reverse start order, telling {@code stopped} about each. */
    public synchronized void stop(Consumer<ServiceProcess> stopped) {
        for (ServiceProcess service : started.reversed()) {
            service.close();
            stopped.accept(service);
        }
        started.clear();
    }

    @Override
    public void close() {
        stop(service -> {});
    }
}
