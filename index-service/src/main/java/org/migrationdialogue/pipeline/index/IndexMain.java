package org.migrationdialogue.pipeline.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.time.Clock;
import java.util.List;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.migrationdialogue.pipeline.common.config.Config;
import org.migrationdialogue.pipeline.common.config.Settings;
import org.migrationdialogue.pipeline.common.kafka.KafkaConnection;
import org.migrationdialogue.pipeline.common.search.ElasticsearchClients;
import org.migrationdialogue.pipeline.common.service.ServiceRunner;
import org.migrationdialogue.pipeline.index.elastic.ElasticsearchReportIndex;
import org.migrationdialogue.pipeline.index.kafka.BatchLimits;
import org.migrationdialogue.pipeline.index.kafka.IndexClients;
import org.migrationdialogue.pipeline.index.kafka.IndexingLoop;

/** Wires the index-service: {@code reports.enriched} into the Elasticsearch aliases. */
public final class IndexMain {

    private IndexMain() {}

    public static void main(String[] args) throws java.io.IOException {
        Config config = Config.fromEnvironment();
        if (args.length > 0 && "reindex".equals(args[0])) {
            reindex(config);
            return;
        }
        KafkaConnection kafka = KafkaConnection.from(config);
        ElasticsearchClient client = ElasticsearchClients.create(config);
        ElasticsearchReportIndex index = new ElasticsearchReportIndex(client);
        KafkaProducer<byte[], byte[]> deadLetters = IndexClients.deadLetterProducer(kafka);
        IndexingLoop loop = new IndexingLoop(
                IndexClients.consumer(kafka, IndexClients.GROUP_ID),
                deadLetters,
                index,
                Clock.systemUTC(),
                BatchLimits.DEFAULT);
        ServiceRunner.run(
                new IndexService(loop, index, List.of(deadLetters, client)), config.getInt(Settings.INDEX_HEALTH_PORT));
    }

    /** {@code reindex}: rebuilds the index into a new version from reports.enriched and swaps the aliases. */
    private static void reindex(Config config) throws java.io.IOException {
        try (ElasticsearchClient client = ElasticsearchClients.create(config)) {
            int version = new Reindexer(client, KafkaConnection.from(config), Clock.systemUTC()).reindex();
            System.out.println("Reindexed: the aliases now point at version " + version
                    + "; the previous indices are kept until you delete them.");
        }
    }
}
