package org.migrationdialogue.pipeline.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.migrationdialogue.pipeline.common.search.ElasticsearchClients;
import org.migrationdialogue.pipeline.common.search.IndexAliases;

/**
 * Tells when uploaded objects became searchable: a search of the {@code reports} alias by {@code source.key},
 * without forcing a refresh, so a document counts once a user's search would find it. Records, per key, the
 * {@link System#nanoTime()} of the first search that found it.
 */
final class Searchability implements AutoCloseable {

    private static final int BATCH = 500;

    private final ElasticsearchClient client;
    private final Map<String, Long> firstSeen = new HashMap<>();

    Searchability(String elasticsearchUrl) {
        this.client = ElasticsearchClients.create(elasticsearchUrl);
    }

    /** Searches for the keys not seen yet; returns whether all of them are now seen. */
    boolean sweep(Collection<String> keys) {
        List<String> missing =
                keys.stream().filter(key -> !firstSeen.containsKey(key)).toList();
        for (int start = 0; start < missing.size(); start += BATCH) {
            List<String> batch = missing.subList(start, Math.min(missing.size(), start + BATCH));
            long now = System.nanoTime();
            found(batch).forEach(key -> firstSeen.putIfAbsent(key, now));
        }
        return keys.stream().allMatch(firstSeen::containsKey);
    }

    /** Report documents whose object key starts with {@code prefix}, once refreshed. */
    long count(String prefix) throws IOException {
        client.indices().refresh(request -> request.index(IndexAliases.REPORTS));
        return client.count(count -> count.index(IndexAliases.REPORTS)
                        .query(query -> query.prefix(p -> p.field("source.key").value(prefix))))
                .count();
    }

    /** Documents of the {@code recommendations} alias whose text has a word starting with {@code marker}. */
    long recommendations(String marker) throws IOException {
        client.indices().refresh(request -> request.index(IndexAliases.RECOMMENDATIONS));
        return client.count(count -> count.index(IndexAliases.RECOMMENDATIONS)
                        .query(query -> query.prefix(p -> p.field("text").value(marker.toLowerCase(Locale.ROOT)))))
                .count();
    }

    long firstSeen(String key) {
        return firstSeen.get(key);
    }

    private List<String> found(List<String> keys) {
        List<FieldValue> values = keys.stream().map(FieldValue::of).toList();
        try {
            List<Hit<ObjectNode>> hits = client.search(
                            search -> search.index(IndexAliases.REPORTS)
                                    .size(keys.size())
                                    .source(source -> source.filter(filter -> filter.includes("source.key")))
                                    .query(query -> query.terms(
                                            terms -> terms.field("source.key").terms(t -> t.value(values)))),
                            ObjectNode.class)
                    .hits()
                    .hits();
            List<String> found = new ArrayList<>();
            hits.forEach(
                    hit -> found.add(hit.source().path("source").path("key").asText()));
            return found;
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    @Override
    public void close() throws IOException {
        client.close();
    }
}
