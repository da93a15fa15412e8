package org.migrationdialogue.pipeline.ingest.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An object copied to a local file, with the hash of its bytes. Closing deletes the file; a file that cannot
 * be deleted is logged, not failed: the extraction it served is complete.
 *
 * @param file          the local copy
 * @param size          its size in bytes
 * @param contentSha256 SHA-256 of its bytes, hex
 */
record SpooledObject(Path file, long size, String contentSha256) implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SpooledObject.class);

    @Override
    public void close() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("cannot delete spool file {}", file, e);
        }
    }
}
