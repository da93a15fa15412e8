package org.migrationdialogue.pipeline.system;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.migrationdialogue.pipeline.common.kafka.KafkaConnection;
import org.migrationdialogue.pipeline.common.search.ElasticsearchClients;
import org.migrationdialogue.pipeline.common.search.IndexAliases;
import org.migrationdialogue.pipeline.testing.TopicReader;

/** Looks at what the pipeline holds: documents in Elasticsearch, records on a topic. */
public final class Probe implements AutoCloseable {

    private final ElasticsearchClient client;
    private final String kafka;

    public Probe(PipelineUnderTest pipeline) {
        this(pipeline.elasticsearch(), pipeline.kafka());
    }

    /** A probe of the Elasticsearch server at {@code elasticsearchUrl} and the broker at {@code kafkaBootstrapServers}. */
    public Probe(String elasticsearchUrl, String kafkaBootstrapServers) {
        this.client = ElasticsearchClients.create(elasticsearchUrl);
        this.kafka = kafkaBootstrapServers;
    }

    public long reports() {
        return count(IndexAliases.REPORTS);
    }

    private long count(String alias) {
        try {
            client.indices().refresh(request -> request.index(alias));
            return client.count(request -> request.index(alias)).count();
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** The report document of an object key, if indexed. */
    Optional<ObjectNode> reportOfKey(String key) {
        try {
            client.indices().refresh(request -> request.index(IndexAliases.REPORTS));
            List<Hit<ObjectNode>> hits = client.search(
                            search -> search.index(IndexAliases.REPORTS)
                                    .query(q ->
                                            q.term(t -> t.field("source.key").value(key))),
                            ObjectNode.class)
                    .hits()
                    .hits();
            return hits.isEmpty()
                    ? Optional.empty()
                    : Optional.of(hits.getFirst().source());
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The object keys of the reports whose text holds {@code phrase}, its words in this order. */
    List<String> keysWithPhrase(String phrase) {
        return keys(Query.of(q -> q.matchPhrase(p -> p.field("text").query(phrase))));
    }

    /** Every record of a topic, read committed from the beginning to its end now. */
    public List<ConsumerRecord<String, byte[]>> records(String topic) {
        return TopicReader.readToEnd(KafkaConnection.plaintext(kafka), topic);
    }

    /** The object keys of the report documents whose key starts with {@code prefix}, one entry per document. */
    public List<String> reportKeys(String prefix) {
        return keys(Query.of(q -> q.prefix(p -> p.field("source.key").value(prefix))));
    }

    /** The object keys of the report documents {@code query} finds, one entry per document. */
    private List<String> keys(Query query) {
        try {
            client.indices().refresh(request -> request.index(IndexAliases.REPORTS));
            List<Hit<ObjectNode>> hits = client.search(
                            search -> search.index(IndexAliases.REPORTS)
                                    .size(10_000)
                                    .source(source -> source.filter(filter -> filter.includes("source.key")))
                                    .query(query),
                            ObjectNode.class)
                    .hits()
                    .hits();
            return hits.stream()
                    .map(hit -> hit.source().path("source").path("key").asText())
                    .toList();
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /** Whether the report of an object key is found by a phrase query on its text, as a search for the words in order. */
    boolean findsPhrase(String key, String phrase) {
        try {
            client.indices().refresh(request -> request.index(IndexAliases.REPORTS));
            return client.count(count -> count.index(IndexAliases.REPORTS)
                                    .query(q -> q.bool(b -> b.filter(f -> f.term(
                                                    t -> t.field("source.key").value(key)))
                                            .must(m -> m.matchPhrase(
                                                    p -> p.field("text").query(phrase))))))
                            .count()
                    == 1;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public void close() throws IOException {
        client.close();
    }
}
