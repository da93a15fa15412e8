package org.migrationdialogue.pipeline.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The upload folder of a stack. Files are first copied into a hidden staging folder inside it (which the bucket
 * ignores), so that an upload is one atomic rename, timed with {@link System#nanoTime()}.
 */
final class TimedUploads {

    private final Path uploads;
    private final Path staging;
    private final Map<String, Long> uploadedAt = new HashMap<>();

    TimedUploads(Path uploads) throws IOException {
        this.uploads = uploads;
        this.staging = Files.createDirectories(uploads.resolve(".staging"));
    }

    void stage(List<CorpusFile> files) throws IOException {
        for (CorpusFile file : files) {
            Path staged = staging.resolve(file.key());
            Files.createDirectories(staged.getParent());
            Files.copy(file.file(), staged, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Moves a staged file into the bucket and remembers when. */
    void upload(CorpusFile file) throws IOException {
        Path target = uploads.resolve(file.key());
        Files.createDirectories(target.getParent());
        Files.move(staging.resolve(file.key()), target, StandardCopyOption.ATOMIC_MOVE);
        uploadedAt.put(file.key(), System.nanoTime());
    }

    long uploadedAt(String key) {
        return uploadedAt.get(key);
    }
}
