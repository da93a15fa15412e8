package org.migrationdialogue.pipeline.index.elastic;

import org.migrationdialogue.pipeline.index.core.IndexOperation;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The side of the index-service that talks to the search index. */
public interface ReportIndex {

    /** Creates templates, indices and aliases where missing. */
    void ensureSchema() throws IOException;

    /** The recommendation document ids indexed now for each of these reports. */
    Map<String, Set<String>> recommendationDocumentIds(Collection<String> reportIds) throws IOException;

    /**
     * Writes a batch in one bulk request.
     *
     * @param refresh make the writes searchable before returning, instead of at the next periodic refresh
     * @return the operations the index refused, each with its HTTP status and reason
     * @throws IOException when the index cannot be reached (retriable)
     */
    List<Rejection> write(List<IndexOperation> operations, boolean refresh) throws IOException;

    /** Whether the index answers cluster health. */
    boolean healthy();

    /** An operation the index refused. Status 429 and 5xx are worth retrying; other statuses are poison. */
    record Rejection(IndexOperation operation, int status, String reason) {

        public boolean retriable() {
            return status == 429 || status >= 500;
        }
    }
}
