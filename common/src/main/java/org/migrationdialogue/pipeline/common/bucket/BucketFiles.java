package org.migrationdialogue.pipeline.common.bucket;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Puts a file into the folder bucket so that the watcher only ever sees it complete. */
public final class BucketFiles {

    private BucketFiles() {}

    /** Copies to a hidden temporary name beside the target (ignored by the ingest-service), then renames. */
    public static void copyAtomically(Path source, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        Path partial = target.resolveSibling("." + target.getFileName() + ".partial");
        Files.copy(source, partial, StandardCopyOption.REPLACE_EXISTING);
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
