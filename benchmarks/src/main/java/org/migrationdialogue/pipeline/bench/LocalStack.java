package org.migrationdialogue.pipeline.bench;

import org.migrationdialogue.pipeline.common.config.Settings;
import org.migrationdialogue.pipeline.runtime.local.JvmFlags;
import org.migrationdialogue.pipeline.runtime.local.Ports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code pipeline up --no-seeds} in a process of its own, as a user runs it, with its own data folder, upload folder
 * and loopback ports (as the system tests start it), so that it runs beside any other pipeline on the machine.
 */
final class LocalStack implements AutoCloseable {

    private static final int ES_TRANSPORT_OFFSET = 100;

    private final Path repoRoot;
    private final Path home;
    private final Map<String, String> environment = new HashMap<>();
    private Process process;

    LocalStack(Path repoRoot, int partitions) throws IOException {
        this.repoRoot = repoRoot;
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        // Under target/, not a 0700 temporary folder: Elasticsearch runs as 'nobody' when started by root.
        this.home = Files.createDirectories(repoRoot.resolve("benchmarks/target/stack-" + stamp));
        environment.put(Settings.PIPELINE_DATA_DIR.variable(), home.resolve("data").toString());
        environment.put(Settings.UPLOAD_DIR.variable(), uploads().toString());
        environment.put(Settings.TOPIC_PARTITIONS.variable(), Integer.toString(partitions));
        environment.put(Settings.KAFKA_PORT.variable(), Integer.toString(Ports.free()));
        environment.put(Settings.KAFKA_CONTROLLER_PORT.variable(), Integer.toString(Ports.free()));
        environment.put(Settings.ELASTICSEARCH_PORT.variable(), Integer.toString(elasticsearchPort()));
        environment.put(Settings.INGEST_HEALTH_PORT.variable(), Integer.toString(Ports.free()));
        environment.put(Settings.ENRICH_HEALTH_PORT.variable(), Integer.toString(Ports.free()));
        environment.put(Settings.INDEX_HEALTH_PORT.variable(), Integer.toString(Ports.free()));
    }

    /** A free port whose transport neighbour (+100) is free too. */
    private static int elasticsearchPort() {
        for (int attempt = 0; attempt < 50; attempt++) {
            int port = Ports.free();
            if (port + ES_TRANSPORT_OFFSET < 65_536 && isFree(port + ES_TRANSPORT_OFFSET)) {
                return port;
            }
        }
        throw new IllegalStateException("No free pair of ports for Elasticsearch");
    }

    private static boolean isFree(int port) {
        try {
            Ports.requireFree(port, "benchmark");
            return true;
        } catch (IllegalStateException e) {
            return false;
        }
    }

    LocalStack start() throws IOException {
        List<String> command = new ArrayList<>(List.of(java(), "-Xmx1g",
                "-Djava.io.tmpdir=" + Files.createDirectories(home.resolve("tmp")),
                "-Dpipeline.home=" + repoRoot, "-Dpipeline.logs=" + home.resolve("logs"),
                "-Dlogback.configurationFile=pipeline-cli-logback.xml"));
        command.addAll(JvmFlags.allowLibraryInternals());
        command.addAll(List.of("-jar", repoRoot.resolve("pipeline-runtime/target/pipeline-runtime.jar").toString(),
                "up", "--no-seeds"));
        ProcessBuilder builder = new ProcessBuilder(command).directory(repoRoot.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(output().toFile()));
        builder.environment().putAll(environment);
        process = builder.start();
        return this;
    }

    static String java() {
        return ProcessHandle.current().info().command().orElseThrow();
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

    String kafka() {
        return "127.0.0.1:" + environment.get(Settings.KAFKA_PORT.variable());
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
