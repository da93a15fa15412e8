package org.migrationdialogue.pipeline.ingest;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The ingest-service in a process of its own, run by {@link IngestMain#main} as {@code pipeline up} and docker run it,
 * on the test's classpath. As root it runs without CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH (dropped from its bounding
 * set by setpriv), so file permissions bind it as they bind any other user: root ignores them otherwise, and a test of
 * a folder the service cannot read would prove nothing.
 */
public final class IngestProcess implements AutoCloseable {

    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private final Process process;
    private final int healthPort;
    private final Path log;

    private IngestProcess(Process process, int healthPort, Path log) {
        this.process = process;
        this.healthPort = healthPort;
        this.log = log;
    }

    /** Starts the service with these settings on a free health port, its output in {@code log}. */
    public static IngestProcess start(Map<String, String> settings, Path log) throws IOException {
        int port = freePort();
        List<String> command = new ArrayList<>();
        if (isRoot()) {
            command.addAll(List.of("setpriv", "--bounding-set=-dac_override,-dac_read_search"));
        }
        command.addAll(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-cp",
                System.getProperty("java.class.path"),
                IngestMain.class.getName()));
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(settings);
        builder.environment().put("INGEST_HEALTH_PORT", Integer.toString(port));
        return new IngestProcess(builder.start(), port, log);
    }

    /** Whether this JVM runs as root (the owner of /proc/self is the process's user). */
    public static boolean isRoot() throws IOException {
        return ((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")) == 0;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** The body of GET /health, when the service answers. */
    public Optional<String> health() throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + healthPort + "/health"))
                .timeout(Duration.ofSeconds(2))
                .build();
        try (HttpClient client = HttpClient.newHttpClient()) {
            return Optional.of(
                    client.send(request, HttpResponse.BodyHandlers.ofString()).body());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** The exit code, once the process has exited. */
    public int exitCode() {
        return process.exitValue();
    }

    public String output() throws IOException {
        return Files.readString(log);
    }

    /** Stops it as a supervisor does: SIGTERM, a graceful stop, SIGKILL only if that takes too long. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
