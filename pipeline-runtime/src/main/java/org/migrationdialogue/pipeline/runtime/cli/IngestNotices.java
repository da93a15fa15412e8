package org.migrationdialogue.pipeline.runtime.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;

/**
 * What the ingest-service's health says that needs the user: a bucket it cannot list, deletes it holds, a scanner that
 * stopped. One line each, saying what to do; {@code pipeline up} prints them when they change.
 */
final class IngestNotices {

    private IngestNotices() {}

    static List<String> of(JsonNode health) {
        List<String> lines = new ArrayList<>();
        if (health.hasNonNull("bucket_error")) {
            lines.add("ingest-service cannot list the upload bucket: "
                    + health.get("bucket_error").asText()
                    + ". Nothing is published from it, no delete either, until it can: is the folder there, mounted "
                    + "and readable (UPLOAD_DIR)?");
        }
        JsonNode held = health.path("held_deletes");
        if (held.isObject()) {
            lines.add("ingest-service holds " + held.path("count").asInt() + " deletes: "
                    + held.path("count").asInt()
                    + " of the " + held.path("published").asInt()
                    + " reports published from the bucket are gone from it "
                    + "at once (first: " + String.join(", ", firstKeys(held)) + "). Deleted on purpose? Run "
                    + "./pipeline confirm-deletes. If not, put them back (is the folder mounted?).");
        }
        String scanner = health.path("scanner").asText("");
        if (scanner.startsWith("stopped")) {
            lines.add("ingest-service: its bucket scanner " + scanner + "; the service exits and is restarted.");
        }
        return lines;
    }

    static List<String> firstKeys(JsonNode held) {
        return StreamSupport.stream(held.path("first_keys").spliterator(), false)
                .map(JsonNode::asText)
                .toList();
    }
}
