package org.migrationdialogue.pipeline.ingest.bucket;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.migrationdialogue.pipeline.common.serde.Json;

/**
 * What has been published of a bucket (etag per key) and which unreadable entries were dead-lettered (version per
 * key), persisted so a restart publishes only what changed while the service was down.
 *
 * <p>Kept as a snapshot and a journal beside it, so that what one scan changed costs what it changed, not what the
 * bucket holds: {@link #save()} appends the scan's changes to the journal (one JSON line each), and rewrites the
 * snapshot atomically (temporary file, then rename) only once the journal has grown as long as the snapshot, then
 * empties the journal. Loading reads the snapshot and replays the journal in order; the journal holds every change
 * since the snapshot before, so a stop between the two writes ends in the same state. A last journal line cut short by a crash is
 * ignored: its change is published again at the next scan, which is at least once, as the topic promises. The first
 * format, a plain map of etags, is still read.
 */
public final class Checkpoint {

    private static final int FORMAT = 2;
    /** A journal shorter than this is never compacted: a small bucket rewrites a small snapshot now and then. */
    private static final int MIN_COMPACTION = 1_000;

    private final Path file;
    private final Path journal;
    private final TreeMap<String, String> published;
    private final Map<String, String> deadLettered;
    private final List<Change> unsaved = new ArrayList<>();
    private int journalled;

    private Checkpoint(Path file, Map<String, String> published, Map<String, String> deadLettered) {
        this.file = file;
        this.journal = file.resolveSibling(file.getFileName() + ".journal");
        this.published = new TreeMap<>(published);
        this.deadLettered = new HashMap<>(deadLettered);
    }

    /** As stored: {"format": 2, "published": {...}, "dead_lettered": {...}}. */
    private record Stored(int format, Map<String, String> published, Map<String, String> deadLettered) {}

    /**
     * One line of the journal.
     *
     * @param op created, deleted, dead_lettered or resolved
     * @param version the etag (created) or the version (dead_lettered), else null
     */
    private record Change(String op, String key, String version) {}

    public static Checkpoint load(Path file) {
        Checkpoint checkpoint = readSnapshot(file);
        checkpoint.replayJournal();
        return checkpoint;
    }

    private static Checkpoint readSnapshot(Path file) {
        if (!Files.exists(file)) {
            return new Checkpoint(file, Map.of(), Map.of());
        }
        try {
            JsonNode tree = Json.mapper().readTree(file.toFile());
            if (tree.path("format").isInt()) {
                Stored stored = Json.mapper().treeToValue(tree, Stored.class);
                return new Checkpoint(file, orEmpty(stored.published()), orEmpty(stored.deadLettered()));
            }
            Map<String, String> etags = Json.mapper().convertValue(tree, new TypeReference<>() {});
            return new Checkpoint(file, orEmpty(etags), Map.of());
        } catch (IOException | IllegalArgumentException e) {
            throw unreadable(file, e);
        }
    }

    private void replayJournal() {
        if (!Files.exists(journal)) {
            return;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(journal, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw unreadable(journal, e);
        }
        for (int i = 0; i < lines.size(); i++) {
            try {
                apply(Json.mapper().readValue(lines.get(i), Change.class));
                journalled++;
            } catch (JsonProcessingException | IllegalArgumentException e) {
                if (i < lines.size() - 1) {
                    throw unreadable(journal, e);
                }
                // the last line, cut short by a crash while it was written: its change is published again
            }
        }
    }

    private static UncheckedIOException unreadable(Path file, Exception e) {
        return new UncheckedIOException(
                "Cannot read the bucket checkpoint " + file + " (delete it and its .journal to publish every object "
                        + "again)",
                e instanceof IOException io ? io : new IOException(e));
    }

    private static Map<String, String> orEmpty(Map<String, String> map) {
        return map == null ? Map.of() : map;
    }

    /** What has been published, as the scan plans with it (a read-only view: the next save may change it). */
    public BucketChanges.Published published() {
        return new BucketChanges.Published(
                Collections.unmodifiableMap(published), Collections.unmodifiableMap(deadLettered));
    }

    /** What has been published of these keys only, for a scan of them; the count is still the whole bucket's. */
    public BucketChanges.Published published(Iterable<String> keys) {
        Map<String, String> created = new HashMap<>();
        Map<String, String> problems = new HashMap<>();
        for (String key : keys) {
            copy(published, key, created);
            copy(deadLettered, key, problems);
        }
        return new BucketChanges.Published(created, problems, published.size());
    }

    private static void copy(Map<String, String> from, String key, Map<String, String> to) {
        String value = from.get(key);
        if (value != null) {
            to.put(key, value);
        }
    }

    public boolean isEmpty() {
        return published.isEmpty() && deadLettered.isEmpty();
    }

    public void created(String key, String etag) {
        record(new Change("created", key, etag));
    }

    public void deleted(String key) {
        record(new Change("deleted", key, null));
    }

    public void deadLettered(String key, String version) {
        record(new Change("dead_lettered", key, version));
    }

    public void resolved(String key) {
        record(new Change("resolved", key, null));
    }

    private void record(Change change) {
        apply(change);
        unsaved.add(change);
    }

    private void apply(Change change) {
        switch (change.op()) {
            case "created" -> published.put(change.key(), change.version());
            case "deleted" -> published.remove(change.key());
            case "dead_lettered" -> deadLettered.put(change.key(), change.version());
            case "resolved" -> deadLettered.remove(change.key());
            default -> throw new IllegalArgumentException("unknown change " + change.op());
        }
    }

    /**
     * Persists the changes made since the last save.
     *
     * @throws UncheckedIOException when the file cannot be written (a full disk): the scanner cannot go on
     */
    public void save() {
        if (unsaved.isEmpty()) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            append();
            unsaved.clear();
            if (journalled > Math.max(MIN_COMPACTION, published.size() + deadLettered.size())) {
                compact();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the bucket checkpoint " + file + ": " + e.getMessage(), e);
        }
    }

    private void append() throws IOException {
        StringBuilder lines = new StringBuilder();
        for (Change change : unsaved) {
            lines.append(Json.mapper().writeValueAsString(change)).append('\n');
        }
        try (OutputStream out = Files.newOutputStream(
                journal, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            out.write(lines.toString().getBytes(StandardCharsets.UTF_8));
        }
        journalled += unsaved.size();
    }

    /**
     * The snapshot rewritten with everything, then the journal emptied. The journal holds every change since the last
     * snapshot, so replaying it over the new one (a stop between the two) ends where the new one is.
     */
    private void compact() throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        Json.mapper().writeValue(temporary.toFile(), new Stored(FORMAT, published, deadLettered));
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Files.deleteIfExists(journal);
        journalled = 0;
    }
}
