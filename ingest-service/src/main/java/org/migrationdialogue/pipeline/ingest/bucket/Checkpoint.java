package org.migrationdialogue.pipeline.ingest.bucket;

import com.fasterxml.jackson.core.type.TypeReference;
import org.migrationdialogue.pipeline.common.serde.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;

/**
 * What has been published of a bucket (etag per key), persisted so a restart publishes only what changed while
 * the service was down. Written atomically (temporary file, then rename).
 */
public final class Checkpoint {

    private final Path file;
    private final Map<String, String> published;

    private Checkpoint(Path file, Map<String, String> published) {
        this.file = file;
        this.published = published;
    }

    public static Checkpoint load(Path file) {
        if (!Files.exists(file)) {
            return new Checkpoint(file, new HashMap<>());
        }
        try {
            Map<String, String> published = Json.mapper().readValue(file.toFile(), new TypeReference<>() {
            });
            return new Checkpoint(file, new HashMap<>(published));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the bucket checkpoint " + file
                    + " (delete it to publish every object again)", e);
        }
    }

    public Map<String, String> published() {
        return Map.copyOf(published);
    }

    public void created(String key, String etag) {
        published.put(key, etag);
    }

    public void deleted(String key) {
        published.remove(key);
    }

    public void save() {
        try {
            Files.createDirectories(file.getParent());
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            Json.mapper().writeValue(temporary.toFile(), published);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the bucket checkpoint " + file, e);
        }
    }
}
