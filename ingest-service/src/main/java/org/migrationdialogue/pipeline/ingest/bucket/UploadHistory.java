package org.migrationdialogue.pipeline.ingest.bucket;

import java.util.Map;

/**
 * What {@code reports.uploaded} has announced of the bucket, whoever announced it (the bucket's own notifications or
 * this service): per object key, the etag of its latest announced version; a key whose latest event is a delete is
 * absent. Closed by the thread that reads it.
 */
public interface UploadHistory extends AutoCloseable {

    /** Everything announced up to now; throws when the topic cannot be read now. */
    Map<String, String> announced() throws Exception;

    @Override
    void close();
}
