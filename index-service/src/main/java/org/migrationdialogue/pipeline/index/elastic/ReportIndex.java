package org.migrationdialogue.pipeline.index.elastic;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.migrationdialogue.pipeline.index.core.IndexOperation;

/** The side of the index-service that talks to the search index. */
public interface ReportIndex {

    /** Creates templates, indices and aliases where missing. */
    void ensureSchema() throws IOException;

    /**
     * The recommendation document ids indexed now for each of these reports.
     *
     * @throws IOException               when the index cannot be reached or is overloaded (retriable)
     * @throws RequestRejectedException when the index refuses the request itself (not retriable)
     */
    Map<String, Set<String>> recommendationDocumentIds(Collection<String> reportIds) throws IOException;

    /**
     * Writes a batch in one bulk request.
     *
     * @param refresh make the writes searchable before returning, instead of at the next periodic refresh
     * @return the operations the index refused, each with its HTTP status and reason
     * @throws IOException               when the index cannot be reached or is overloaded (retriable)
     * @throws RequestRejectedException when the index refuses the request as a whole, for what it holds (an id too
     *                                  long, a malformed body, a request too large): not retriable as it is
     */
    List<Rejection> write(List<IndexOperation> operations, boolean refresh) throws IOException;

    /** Whether the index answers cluster health. */
    boolean healthy();

    /**
     * Whether an error status on a whole request means the request's content is at fault (400 bad request, 413
     * too large), rather than an outage: 429 and 5xx are overload and failure, and 401, 403, 404 and 408 are about
     * the cluster or its configuration (credentials, a missing index, a timeout), which retrying may outlast;
     * taking them for rejections would dead-letter every report while they last.
     */
    static boolean rejectsContent(int status) {
        return status == 400 || status == 413;
    }

    /** The index refused a whole request for what it holds; the same request will be refused again. */
    final class RequestRejectedException extends RuntimeException {
        private final int status;

        public RequestRejectedException(int status, String message, Throwable cause) {
            super(message, cause);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    /** An operation the index refused. Status 429 and 5xx are worth retrying; other statuses are poison. */
    record Rejection(IndexOperation operation, int status, String reason) {

        public boolean retriable() {
            return status == 429 || status >= 500;
        }
    }
}
