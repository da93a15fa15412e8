package org.migrationdialogue.pipeline.index;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.migrationdialogue.pipeline.common.events.ContractSamples;
import org.migrationdialogue.pipeline.common.events.EnrichedReport;
import org.migrationdialogue.pipeline.common.events.ExtractedReport;
import org.migrationdialogue.pipeline.common.events.ReportId;
import org.migrationdialogue.pipeline.common.search.ElasticsearchClients;
import org.migrationdialogue.pipeline.common.search.IndexAliases;
import org.migrationdialogue.pipeline.common.serde.JsonSerde;
import org.migrationdialogue.pipeline.common.topics.Topics;
import org.migrationdialogue.pipeline.index.elastic.ElasticsearchReportIndex;
import org.migrationdialogue.pipeline.index.kafka.BatchLimits;
import org.migrationdialogue.pipeline.index.kafka.IndexClients;
import org.migrationdialogue.pipeline.index.kafka.IndexingLoop;
import org.migrationdialogue.pipeline.index.schema.AliasSwap;
import org.migrationdialogue.pipeline.index.schema.IndexSchema;
import org.migrationdialogue.pipeline.testing.RealInfrastructure;
import org.migrationdialogue.pipeline.testing.RealInfrastructureExtension;

@ExtendWith(RealInfrastructureExtension.class)
class ReindexIT {

    @Test
    void shouldRebuildIntoANewVersionAndSwapTheAliasWhileSearchesKeepWorking(RealInfrastructure infra)
            throws Exception {
        // given reports indexed by the live indexing loop
        ElasticsearchClient client = ElasticsearchClients.create(infra.elasticsearchUrl());
        new IndexSchema(client).ensure();
        String run = UUID.randomUUID().toString();
        List<EnrichedReport> reports =
                IntStream.range(0, 12).mapToObj(i -> report(run, i)).toList();
        IndexingLoop loop = new IndexingLoop(
                IndexClients.consumer(infra.kafka(), "reindex-it-" + run),
                IndexClients.deadLetterProducer(infra.kafka()),
                new ElasticsearchReportIndex(client),
                Clock.systemUTC(),
                BatchLimits.DEFAULT);
        Thread live = Thread.ofPlatform().start(loop);
        publish(infra, reports);
        await().atMost(Duration.ofSeconds(60)).until(() -> count(client, run) == reports.size());
        int before = new AliasSwap(client).currentVersion();

        // when the index is rebuilt while a searcher keeps querying the alias
        Searcher searcher = new Searcher(client, run);
        Thread searching = Thread.ofPlatform().start(searcher);
        int after = new Reindexer(client, infra.kafka(), Clock.systemUTC()).reindex();
        searcher.stop();
        searching.join();
        loop.stop();
        live.join();

        // then the aliases point at the next version, which holds every report, and no search failed or came up short
        assertEquals(before + 1, after);
        assertEquals(after, new AliasSwap(client).currentVersion());
        assertEquals(reports.size(), count(client, run));
        assertTrue(searcher.searches.get() > 0, "searches ran during the reindex");
        assertEquals(0, searcher.failures.get(), "failed or short searches during the reindex");
    }

    private static EnrichedReport report(String run, int i) {
        EnrichedReport sample = ContractSamples.enriched();
        ExtractedReport base = sample.report();
        ExtractedReport extracted = new ExtractedReport(
                ReportId.of("reindex-" + run, "report-" + i + ".pdf"),
                base.source(),
                base.contentSha256(),
                "Reindex " + run,
                "en",
                3,
                Map.of(),
                base.text(),
                base.blocks(),
                base.extractedAt());
        return new EnrichedReport(extracted, sample.enrichment(), sample.enrichedAt());
    }

    private static void publish(RealInfrastructure infra, List<EnrichedReport> reports) {
        try (var producer = new KafkaProducer<>(
                Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infra.kafkaBootstrapServers()),
                new StringSerializer(),
                JsonSerde.of(EnrichedReport.class))) {
            reports.forEach(report -> producer.send(new ProducerRecord<>(Topics.ENRICHED.name(), report.id(), report)));
        }
    }

    private static long count(ElasticsearchClient client, String run) throws IOException {
        client.indices().refresh(request -> request.index(IndexAliases.REPORTS));
        return client.count(request -> request.index(IndexAliases.REPORTS)
                        .query(q -> q.match(m -> m.field("title")
                                .query(run)
                                .operator(co.elastic.clients.elasticsearch._types.query_dsl.Operator.And))))
                .count();
    }

    /** Searches the alias in a loop; a search that fails or finds fewer reports than before counts as a failure. */
    private static final class Searcher implements Runnable {
        private final ElasticsearchClient client;
        private final String run;
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final AtomicLong searches = new AtomicLong();
        private final AtomicLong failures = new AtomicLong();

        Searcher(ElasticsearchClient client, String run) {
            this.client = client;
            this.run = run;
        }

        @Override
        public void run() {
            while (running.get()) {
                try {
                    long found = count(client, run);
                    searches.incrementAndGet();
                    if (found < 12) {
                        failures.incrementAndGet();
                    }
                } catch (IOException | RuntimeException e) {
                    failures.incrementAndGet();
                }
            }
        }

        void stop() {
            running.set(false);
        }
    }
}
