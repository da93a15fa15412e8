package org.migrationdialogue.pipeline.common.service;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.migrationdialogue.pipeline.common.serde.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a service the way every service of the pipeline runs: starts it, answers {@code GET /health} on a loopback
 * port (200 when up, 503 otherwise, JSON details), and blocks until it is asked to stop (SIGTERM, Ctrl-C) or until
 * the service fails ({@link Service#failure()}: a fatal error, a dead loop, a Streams client in error). Either way
 * it closes the service, which closes its clients; after a failure the process exits with
 * {@link #FAILURE_EXIT_CODE}, so that {@code pipeline up}, compose or Kubernetes restarts it and it resumes from its
 * committed offsets.
 */
public final class ServiceRunner {

    /** Exit code of a service that failed (not 0: a supervisor restarts it; not 1: the JVM's own failures). */
    public static final int FAILURE_EXIT_CODE = 3;

    private static final Logger LOG = LoggerFactory.getLogger(ServiceRunner.class);
    private static final Duration FAILURE_CHECK = Duration.ofSeconds(1);

    private final Service service;
    private final int healthPort;
    private final CountDownLatch stopRequested = new CountDownLatch(1);
    private final CountDownLatch closed = new CountDownLatch(1);
    private volatile boolean running;

    /** @param healthPort a port of 0 or less serves no health endpoint */
    public ServiceRunner(Service service, int healthPort) {
        this.service = service;
        this.healthPort = healthPort;
    }

    /** Runs the service until the JVM is asked to stop; exits the JVM with {@link #FAILURE_EXIT_CODE} if it fails. */
    public static void run(Service service, int healthPort) {
        ServiceRunner runner = new ServiceRunner(service, healthPort);
        Runtime.getRuntime().addShutdownHook(new Thread(runner::stop, service.name() + "-shutdown"));
        int exitCode = runner.runUntilStopped();
        if (exitCode != 0) {
            System.exit(exitCode);
        }
    }

    /**
     * Starts the service and blocks until {@link #stop()} is called or the service fails; closes the service either
     * way. Returns the exit code the process should end with: 0 after a stop, {@link #FAILURE_EXIT_CODE} after a
     * failure (a service that cannot start fails too).
     */
    public int runUntilStopped() {
        running = true;
        HttpServer health = null;
        Optional<String> failure;
        try {
            service.start();
            health = healthPort > 0 ? serveHealth(service, healthPort) : null;
            LOG.info(
                    "{} started{}",
                    service.name(),
                    health == null ? "" : " (health on http://127.0.0.1:" + healthPort + "/health)");
            failure = awaitStopOrFailure();
        } catch (RuntimeException e) {
            LOG.error("{} could not start: {}", service.name(), e.getMessage(), e);
            failure = Optional.of("could not start: " + e.getMessage());
        }
        if (health != null) {
            health.stop(0);
        }
        failure.ifPresent(reason -> LOG.error(
                "{} failed ({}); closing it and exiting with code {} so that it is " + "restarted",
                service.name(),
                reason,
                FAILURE_EXIT_CODE));
        close();
        return failure.isPresent() ? FAILURE_EXIT_CODE : 0;
    }

    /** Asks {@link #runUntilStopped()} to return, and waits until the service is closed. */
    public void stop() {
        stopRequested.countDown();
        if (running) {
            try {
                closed.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void close() {
        LOG.info("{} stopping", service.name());
        try {
            service.close();
        } catch (RuntimeException e) {
            LOG.warn("{} did not close cleanly: {}", service.name(), e.getMessage(), e);
        } finally {
            closed.countDown();
            LOG.info("{} stopped", service.name());
        }
    }

    /** Waits for a stop request; returns why the service failed if it failed first. */
    private Optional<String> awaitStopOrFailure() {
        try {
            while (!stopRequested.await(FAILURE_CHECK.toMillis(), TimeUnit.MILLISECONDS)) {
                Optional<String> failure = service.failure();
                if (failure.isPresent()) {
                    return failure;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Optional.empty();
    }

    private static HttpServer serveHealth(Service service, int port) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
            server.createContext("/health", exchange -> answer(exchange, service));
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot serve health on port " + port + " (is it taken?)", e);
        }
    }

    private static void answer(HttpExchange exchange, Service service) throws IOException {
        Health health = service.health();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("service", service.name());
        body.put("up", health.up());
        body.putAll(health.details());
        byte[] json = Json.mapper().writeValueAsBytes(body);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(health.up() ? 200 : 503, json.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(json);
        }
    }
}
