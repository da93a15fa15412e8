package org.migrationdialogue.pipeline.ingest.bucket;

import org.migrationdialogue.pipeline.common.events.UploadEvent;

/** Where bucket changes go: {@code reports.uploaded}. Returns once the event is durably accepted. */
@FunctionalInterface
public interface UploadPublisher {

    void publish(UploadEvent event) throws Exception;
}
