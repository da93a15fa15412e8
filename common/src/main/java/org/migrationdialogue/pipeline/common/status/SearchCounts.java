package org.migrationdialogue.pipeline.common.status;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import org.migrationdialogue.pipeline.common.search.IndexAliases;

/** Document counts of the aliases, or -1 while Elasticsearch or the alias is not there yet. */
public final class SearchCounts {

    private SearchCounts() {}

    public static long reports(ElasticsearchClient client) {
        return count(client, IndexAliases.REPORTS);
    }

    public static long recommendations(ElasticsearchClient client) {
        return count(client, IndexAliases.RECOMMENDATIONS);
    }

    private static long count(ElasticsearchClient client, String alias) {
        try {
            return client.count(request -> request.index(alias)).count();
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
