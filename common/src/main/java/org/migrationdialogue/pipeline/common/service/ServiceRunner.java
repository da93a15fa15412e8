package org.migrationdialogue.pipeline.common.service;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.migrationdialogue.pipeline.common.serde.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.LinkedHashMap;
import java.util.Map;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Runs a service until SIGTERM (or Ctrl-C): starts it, answers {@code GET /health} on a loopback port (200 when
 * up, 503 otherwise, JSON details), and on shutdown closes it gracefully before the JVM exits.
 */
public final class ServiceRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ServiceRunner.class);
    private static final Duration FAILURE_CHECK = Duration.ofSeconds(1);
    private static final int FAILURE_EXIT_CODE = 3;

    private ServiceRunner() {
    }

    /** Blocks until the JVM is asked to stop; a health port of 0 or less serves no health endpoint. */
    public static void run(Service service, int healthPort) {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(service, stopped), service.name() + "-shutdown"));
        service.start();
        HttpServer health = healthPort > 0 ? serveHealth(service, healthPort) : null;
        LOG.info("{} started{}", service.name(), health == null ? "" : " (health on http://127.0.0.1:" + healthPort + "/health)");
        boolean failed = awaitStopOrFailure(service, stopped);
        if (health != null) {
            health.stop(0);
        }
        if (failed) {
            LOG.error("{} failed; exiting so that it is restarted", service.name());
            System.exit(FAILURE_EXIT_CODE);
        }
    }

    private static void stop(Service service, CountDownLatch stopped) {
        LOG.info("{} stopping", service.name());
        try {
            service.close();
        } finally {
            stopped.countDown();
            LOG.info("{} stopped", service.name());
        }
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

    /** Waits for a stop request; returns true if the service failed first. */
    private static boolean awaitStopOrFailure(Service service, CountDownLatch stopped) {
        try {
            while (!stopped.await(FAILURE_CHECK.toMillis(), TimeUnit.MILLISECONDS)) {
                if (service.failed()) {
                    return true;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }
}
