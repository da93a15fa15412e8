package org.migrationdialogue.pipeline.ingest.bucket;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import org.migrationdialogue.pipeline.common.serde.Json;

/**
 * What has been published of a bucket (etag per key) and which unreadable entries were dead-lettered (version per
 * key), persisted so a restart publishes only what changed while the service was down. Written atomically (temporary
 * file, then rename). The first format, a plain map of etags, is still read.
 */
public final class Checkpoint {

    private static final int FORMAT = 2;

    private final Path file;
    private final Map<String, String> published;
    private final Map<String, String> deadLettered;

    private Checkpoint(Path file, Map<String, String> published, Map<String, String> deadLettered) {
        this.file = file;
        this.published = published;
        this.deadLettered = deadLettered;
    }

    /** As stored: {"format": 2, "published": {...}, "dead_lettered": {...}}. */
    private record Stored(int format, Map<String, String> published, Map<String, String> deadLettered) {}

    public static Checkpoint load(Path file) {
        if (!Files.exists(file)) {
            return new Checkpoint(file, new HashMap<>(), new HashMap<>());
        }
        try {
            JsonNode tree = Json.mapper().readTree(file.toFile());
            if (tree.path("format").isInt()) {
                Stored stored = Json.mapper().treeToValue(tree, Stored.class);
                return new Checkpoint(file, copy(stored.published()), copy(stored.deadLettered()));
            }
            Map<String, String> etags = Json.mapper().convertValue(tree, new TypeReference<>() {});
            return new Checkpoint(file, copy(etags), new HashMap<>());
        } catch (IOException | IllegalArgumentException e) {
            throw new UncheckedIOException(
                    "Cannot read the bucket checkpoint " + file + " (delete it to publish every object again)",
                    e instanceof IOException io ? io : new IOException(e));
        }
    }

    private static Map<String, String> copy(Map<String, String> map) {
        return map == null ? new HashMap<>() : new HashMap<>(map);
    }

    /** What has been published, as the scan plans with it. */
    public BucketChanges.Published published() {
        return new BucketChanges.Published(Map.copyOf(published), Map.copyOf(deadLettered));
    }

    public boolean isEmpty() {
        return published.isEmpty() && deadLettered.isEmpty();
    }

    public void created(String key, String etag) {
        published.put(key, etag);
    }

    public void deleted(String key) {
        published.remove(key);
    }

    public void deadLettered(String key, String version) {
        deadLettered.put(key, version);
    }

    public void resolved(String key) {
        deadLettered.remove(key);
    }

    /** @throws UncheckedIOException when the file cannot be written (a full disk): the scanner cannot go on */
    public void save() {
        try {
            Files.createDirectories(file.getParent());
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            Json.mapper().writeValue(temporary.toFile(), new Stored(FORMAT, published, deadLettered));
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the bucket checkpoint " + file + ": " + e.getMessage(), e);
        }
    }
}
