package org.migrationdialogue.pipeline.ingest.bucket;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An operator's confirmation of held deletes: a file in the service's state folder holding the token of the held set
 * ({@code ./pipeline confirm-deletes} writes it; so can anyone who can write the state folder). The scanner reads it at
 * its next scan, applies the deletes if the token is still the held set's, and removes the file either way.
 */
public final class DeleteConfirmation {

    private static final Logger LOG = LoggerFactory.getLogger(DeleteConfirmation.class);

    private final Path file;

    public DeleteConfirmation(Path file) {
        this.file = file.toAbsolutePath().normalize();
    }

    /** For the service's state folder and a bucket. */
    public static DeleteConfirmation in(Path stateDir, String bucket) {
        return new DeleteConfirmation(stateDir.resolve("confirm-deletes-" + bucket));
    }

    public Path file() {
        return file;
    }

    /** The confirmed token, or null when there is no confirmation (or none that can be read: it confirms nothing). */
    public String token() {
        try {
            return Files.isRegularFile(file)
                    ? Files.readString(file, StandardCharsets.UTF_8).strip()
                    : null;
        } catch (IOException e) {
            LOG.warn("Cannot read the delete confirmation {}: {}; it confirms nothing", file, e.getMessage());
            return null;
        }
    }

    public void clear() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Cannot remove the delete confirmation {}: {}", file, e.getMessage());
        }
    }
}
