package org.migrationdialogue.pipeline.web.search;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.ErrorCause;
import java.io.IOException;

/**
 * Calls to Elasticsearch as the page sees them: an answer, a query it rejected (with its reason, for the reader),
 * an index that is not there yet, or Elasticsearch unreachable (the page shows a banner and tries again).
 */
public final class Elastic {

    private Elastic() {}

    /** A call to the Elasticsearch client. */
    @FunctionalInterface
    public interface Call<T> {
        T run() throws IOException;
    }

    public static <T> T call(String url, Call<T> call) {
        try {
            return call.run();
        } catch (ElasticsearchException e) {
            if ("index_not_found_exception".equals(e.error().type())) {
                throw new NoIndexYet();
            }
            if (e.status() == 400) {
                throw new QueryRejected(reason(e.error()));
            }
            throw new Unreachable(url, "it answered " + e.status() + ": " + reason(e.error()));
        } catch (IOException | RuntimeException e) {
            throw new Unreachable(url, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    /** The innermost reason, which for a query parse error says where the query is wrong. */
    private static String reason(ErrorCause error) {
        ErrorCause deepest = error;
        if (!error.rootCause().isEmpty()) {
            deepest = error.rootCause().getFirst();
        }
        while (deepest.causedBy() != null) {
            deepest = deepest.causedBy();
        }
        return deepest.reason() == null ? String.valueOf(error.reason()) : deepest.reason();
    }

    /** Elasticsearch does not answer, or answers with a server error. */
    public static final class Unreachable extends RuntimeException {
        private final String url;

        Unreachable(String url, String reason) {
            super(reason);
            this.url = url;
        }

        public String url() {
            return url;
        }
    }

    /** Elasticsearch could not read the query (unbalanced quotes, a stray bracket, …). */
    public static final class QueryRejected extends RuntimeException {
        QueryRejected(String reason) {
            super(reason);
        }
    }

    /** No report has been indexed yet (the alias does not exist). */
    public static final class NoIndexYet extends RuntimeException {
        NoIndexYet() {
            super("no report is indexed yet");
        }
    }
}
