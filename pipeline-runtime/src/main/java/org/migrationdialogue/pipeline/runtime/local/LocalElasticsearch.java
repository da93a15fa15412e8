package org.migrationdialogue.pipeline.runtime.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Elasticsearch server (the minimal distribution unpacked by the build) run as a child process, with its
 * data on disk under a node folder, bound to loopback. As root it runs as {@code nobody}, since Elasticsearch
 * refuses to run as root.
 */
public final class LocalElasticsearch implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LocalElasticsearch.class);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

    private final ElasticsearchSettings settings;
    private final NodeFolder node;
    private Process process;
    /** The exit code of a crash not yet recovered from (the restart failed, e.g. the dying server still held a port). */
    private Integer crashExit;

    public LocalElasticsearch(ElasticsearchSettings settings) {
        this.settings = settings;
        this.node = new NodeFolder(settings.nodeDir());
    }

    public String url() {
        return "http://127.0.0.1:" + settings.httpPort();
    }

    public synchronized LocalElasticsearch start() {
        requireDistribution();
        Ports.requireFree(settings.httpPort(), "Elasticsearch (ELASTICSEARCH_PORT)");
        Ports.requireFree(settings.transportPort(), "the Elasticsearch transport");
        node.prepare(settings.esHome().resolve("config"), Unprivileged.needed());
        Unprivileged.requireAccess(settings.esHome().resolve("bin/elasticsearch"), node.data());
        try {
            process = processBuilder().start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start Elasticsearch from " + settings.esHome(), e);
        }
        awaitHealthy();
        LOG.info("Elasticsearch up at {} (data in {})", url(), node.data());
        return this;
    }

    private void requireDistribution() {
        if (!Files.isExecutable(settings.esHome().resolve("bin/elasticsearch"))) {
            throw new IllegalStateException("No Elasticsearch distribution at " + settings.esHome()
                    + ": build it with ./mvnw -q package -DskipTests (it unpacks the server) or set PIPELINE_ES_HOME.");
        }
    }

    private ProcessBuilder processBuilder() {
        List<String> command = new ArrayList<>(Unprivileged.prefix());
        command.add(settings.esHome().resolve("bin/elasticsearch").toString());
        serverSettings().forEach((key, value) -> command.add("-E" + key + "=" + value));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(node.logs().toFile())
                .redirectErrorStream(true)
                .redirectOutput(
                        ProcessBuilder.Redirect.appendTo(node.consoleLog().toFile()));
        Map<String, String> env = builder.environment();
        env.put("ES_JAVA_HOME", settings.javaHome().toString());
        env.remove("JAVA_HOME");
        env.put("ES_PATH_CONF", node.config().toString());
        env.put("ES_TMPDIR", node.tmp().toString());
        env.put("ES_JAVA_OPTS", "-Xms" + settings.heap() + " -Xmx" + settings.heap());
        return builder;
    }

    private Map<String, String> serverSettings() {
        return Map.of(
                "cluster.name", "meeting-reports",
                "node.name", "local",
                "network.host", "127.0.0.1",
                "http.port", Integer.toString(settings.httpPort()),
                "transport.port", Integer.toString(settings.transportPort()),
                "discovery.type", "single-node",
                "path.data", node.data().toString(),
                "path.logs", node.logs().toString(),
                // The minimal distribution has security but no certificates; the local server is loopback-only.
                "xpack.security.enabled", "false",
                // A developer disk may be nearly full; do not turn indices read-only on the local server.
                "cluster.routing.allocation.disk.threshold_enabled", "false");
    }

    private void awaitHealthy() {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Elasticsearch exited with code " + process.exitValue()
                        + " while starting. Last lines of " + node.consoleLog() + ":\n" + node.consoleTail(30));
            }
            if (isHealthy(http)) {
                return;
            }
            waitBriefly();
        }
        close();
        throw new IllegalStateException("Elasticsearch did not become healthy within " + START_TIMEOUT.toSeconds()
                + " s. Last lines of " + node.consoleLog() + ":\n" + node.consoleTail(30));
    }

    private boolean isHealthy(HttpClient http) {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(url() + "/_cluster/health?wait_for_status=yellow&timeout=1s"))
                .timeout(Duration.ofSeconds(5))
                .GET()
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Elasticsearch", e);
        }
    }

    private void waitBriefly() {
        try {
            process.waitFor(250, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Elasticsearch", e);
        }
    }

    /**
     * Starts the server again when its process died without being closed (a crash, a kill); returns the exit code
     * it died with, or null when it is running or was closed. When the start fails (a killed server's JVM may hold its
     * ports for a moment after its launcher is gone), it throws, and the next call tries again.
     */
    public synchronized Integer restartIfDead() {
        if (process != null && process.isAlive()) {
            return null;
        }
        if (process != null) {
            crashExit = process.exitValue();
            LOG.warn("Elasticsearch died (exit code {}); starting it again", crashExit);
            process = null;
        }
        if (crashExit == null) {
            return null;
        }
        start();
        int exit = crashExit;
        crashExit = null;
        return exit;
    }

    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** Stops the server with SIGTERM, the way it shuts down cleanly; kills it only if it does not stop in time. */
    @Override
    public synchronized void close() {
        crashExit = null;
        if (process == null) {
            return;
        }
        GracefulStop.stop(process, STOP_TIMEOUT, "Elasticsearch");
        process = null;
        LOG.info("Elasticsearch stopped");
    }
}
