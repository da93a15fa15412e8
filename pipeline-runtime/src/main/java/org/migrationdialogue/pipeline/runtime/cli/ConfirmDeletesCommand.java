package org.migrationdialogue.pipeline.runtime.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.migrationdialogue.pipeline.common.config.Settings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code pipeline confirm-deletes}: lets through the deletes the ingest-service holds (a listing that lost a large share
 * of the bucket at once, see MASS_DELETE_SHARE_PERCENT). It names the held set by its token, so what it confirms is
 * exactly what it printed.
 */
@Command(
        name = "confirm-deletes",
        description =
                "Publish the deletes the ingest-service holds because a large share of "
                        + "the bucket disappeared at once (check first that the folder is mounted and the files are really gone).")
final class ConfirmDeletesCommand implements Callable<Integer> {

    private static final Duration HEALTH_TIMEOUT = Duration.ofSeconds(3);
    private static final Duration CHECK_EVERY = Duration.ofMillis(500);

    @Option(
            names = "--wait",
            defaultValue = "60",
            description = "Seconds to wait for the deletes to be published (default: ${DEFAULT-VALUE}).")
    int waitSeconds;

    private final PrintStream out = System.out;

    @Override
    public Integer call() throws Exception {
        int port = PipelineHome.current().config().getInt(Settings.INGEST_HEALTH_PORT);
        Optional<ServiceHealth> health = ServiceHealth.fetch(port, HEALTH_TIMEOUT);
        if (health.isEmpty()) {
            out.println("ingest-service does not answer on port " + port + " (is ./pipeline up running?)");
            return 1;
        }
        JsonNode held = health.get().json().path("held_deletes");
        if (!held.isObject()) {
            out.println("No deletes are held.");
            return 0;
        }
        String token = held.path("token").asText();
        out.println("Confirming " + held.path("count").asInt() + " deletes (of the "
                + held.path("published").asInt() + " reports published from the bucket; first: "
                + String.join(", ", IngestNotices.firstKeys(held)) + ")");
        Files.writeString(Path.of(held.path("confirm_file").asText()), token + "\n", StandardCharsets.UTF_8);
        return awaitPublished(port, token);
    }

    /** The scanner takes the confirmation at its next scan (within seconds), then the held deletes are gone. */
    private int awaitPublished(int port, String token) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(waitSeconds).toNanos();
        while (System.nanoTime() < deadline) {
            Thread.sleep(CHECK_EVERY);
            Optional<JsonNode> health =
                    ServiceHealth.fetch(port, HEALTH_TIMEOUT).map(ServiceHealth::json);
            JsonNode held = health.map(json -> json.path("held_deletes")).orElse(null);
            if (held != null && !held.isObject()) {
                out.println("Done: the deletes are published; the reports leave the index within seconds.");
                return 0;
            }
            if (held != null && !held.path("token").asText().equals(token)) {
                out.println("The held deletes changed meanwhile (now "
                        + held.path("count").asInt() + "); nothing was "
                        + "confirmed. Look again (./pipeline status) and run ./pipeline confirm-deletes again.");
                return 1;
            }
        }
        out.println("The ingest-service did not take the confirmation within " + waitSeconds + " s; see its log.");
        return 1;
    }
}
