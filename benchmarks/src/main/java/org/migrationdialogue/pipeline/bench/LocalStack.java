package org.migrationdialogue.pipeline.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.migrationdialogue.pipeline.common.config.Setting;
import org.migrationdialogue.pipeline.common.config.Settings;
import org.migrationdialogue.pipeline.runtime.local.IsolatedPipeline;

/**
 * {@code pipeline up --no-seeds} in a process of its own, as a user runs it, with its own data folder, upload folder
 * and loopback ports (as the system tests start it), so that it runs beside any other pipeline on the machine.
 */
final class LocalStack implements AutoCloseable {

    private final Path repoRoot;
    private final Path home;
    private final Map<String, String> environment = new HashMap<>();
    private Process process;

    LocalStack(Path repoRoot, int partitions) throws IOException {
        // Under target/, not a 0700 temporary folder: Elasticsearch runs as 'nobody' when started by root.
        this(repoRoot, repoRoot.resolve("benchmarks/target"), partitions);
    }

    /** A stack whose home is a new folder {@code stack-<time>} in {@code parent} (which 'nobody' must be able to enter). */
    LocalStack(Path repoRoot, Path parent, int partitions) throws IOException {
        this.repoRoot = repoRoot;
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        this.home = Files.createDirectories(parent.resolve("stack-" + stamp));
        environment.putAll(IsolatedPipeline.environment(home));
        environment.put(Settings.TOPIC_PARTITIONS.variable(), Integer.toString(partitions));
    }

    /** Sets a setting of the stack's services (before {@link #start}), e.g. ENRICH_NER. */
    LocalStack with(Setting setting, String value) {
        environment.put(setting.variable(), value);
        return this;
    }

    /**
     * Fixed loopback ports from {@code base} on (Kafka, its controller, Elasticsearch, the three health ports, the
     * search page: base to base + 6) instead of free ones; Elasticsearch's transport port is its HTTP port + 100.
     */
    LocalStack withPorts(int base) {
        List<Setting> ports = List.of(
                Settings.KAFKA_PORT,
                Settings.KAFKA_CONTROLLER_PORT,
                Settings.ELASTICSEARCH_PORT,
                Settings.INGEST_HEALTH_PORT,
                Settings.ENRICH_HEALTH_PORT,
                Settings.INDEX_HEALTH_PORT,
                Settings.SEARCH_WEB_PORT);
        for (int i = 0; i < ports.size(); i++) {
            with(ports.get(i), Integer.toString(base + i));
        }
        return this;
    }

    LocalStack start() throws IOException {
        List<String> command = IsolatedPipeline.upCommand(repoRoot, home, "--no-seeds");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(repoRoot.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(output().toFile()));
        builder.environment().putAll(environment);
        process = builder.start();
        return this;
    }

    Path home() {
        return home;
    }

    Path uploads() {
        return home.resolve("uploads");
    }

    Path output() {
        return home.resolve("up.out");
    }

    String elasticsearch() {
        return "http://127.0.0.1:" + environment.get(Settings.ELASTICSEARCH_PORT.variable());
    }

    /** The search page that {@code up} serves. */
    String searchPage() {
        return "http://127.0.0.1:" + environment.get(Settings.SEARCH_WEB_PORT.variable());
    }

    String kafka() {
        return "127.0.0.1:" + environment.get(Settings.KAFKA_PORT.variable());
    }

    /** Waits for {@code window} unless {@code up} exits first; true when it was still running at the end. */
    boolean runsThrough(Duration window) throws InterruptedException {
        return !process.waitFor(window.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** CPU used so far by each part of the stack. */
    CpuAccount cpu() {
        return CpuAccount.of(process.toHandle());
    }

    /** How many times the {@code up} supervisor restarted a dead service (its "died" lines). */
    long serviceDeaths() throws IOException {
        try (var lines = Files.lines(output())) {
            return lines.filter(line -> line.contains(" died (exit code ")).count();
        }
    }

    /** Stops the stack as Ctrl-C does (the JVM's shutdown hook stops services, Elasticsearch, Kafka). */
    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(180, TimeUnit.SECONDS)) {
                throw new IllegalStateException("pipeline up did not stop within 180 s; see " + output());
            }
        }
    }
}
