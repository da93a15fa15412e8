package org.migrationdialogue.pipeline.runtime.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import org.migrationdialogue.pipeline.common.serde.Json;

/** A service's answer on {@code GET /health} (200 when up, 503 when not, a JSON body either way). */
record ServiceHealth(int status, String body) {

    /** The answer on a loopback port, or empty when nothing answers there. */
    static Optional<ServiceHealth> fetch(int port, Duration timeout) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
                .timeout(timeout)
                .build();
        try (HttpClient client = HttpClient.newBuilder().connectTimeout(timeout).build()) {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return Optional.of(new ServiceHealth(response.statusCode(), response.body()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    boolean up() {
        return status == 200;
    }

    /** The body as JSON; an empty object when it is not JSON. */
    JsonNode json() {
        try {
            return Json.mapper().readTree(body);
        } catch (IOException e) {
            return Json.mapper().createObjectNode();
        }
    }
}
