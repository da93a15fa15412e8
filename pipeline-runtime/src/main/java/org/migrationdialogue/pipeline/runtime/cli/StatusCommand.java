package org.migrationdialogue.pipeline.runtime.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.migrationdialogue.pipeline.common.kafka.KafkaConnection;
import org.migrationdialogue.pipeline.common.config.Config;
import org.migrationdialogue.pipeline.common.config.Settings;
import org.migrationdialogue.pipeline.common.serde.Json;
import org.migrationdialogue.pipeline.common.status.StatusProbe;
import org.migrationdialogue.pipeline.common.status.StatusProbe.PipelineStatus;
import org.migrationdialogue.pipeline.common.status.StatusProbe.ServiceState;
import org.migrationdialogue.pipeline.common.status.TopicCounter;
import org.migrationdialogue.pipeline.common.topics.Topics;
import picocli.CommandLine.Command;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code pipeline status}: health of each component, consumer lag per service, document counts, DLQ size. */
@Command(name = "status", description = "Health of Kafka, Elasticsearch and each service; consumer lag; counts; DLQ size.")
final class StatusCommand implements Callable<Integer> {

    private final PrintStream out = System.out;

    @Override
    public Integer call() {
        Config config = PipelineHome.current().config();
        PipelineStatus status = StatusProbe.probe(config);
        if (status.kafka().up()) {
            out.println("Kafka          up at " + status.kafka().address() + " (cluster " + status.kafka().detail() + ")");
            for (ServiceState service : status.services()) {
                out.printf("%-14s %-4s %s   lag on %s: %s%n", service.name(), service.health(), service.details(),
                        service.input(), service.lag() < 0 ? "no offsets committed yet" : service.lag());
                if (service.name().equals("ingest-service")) {
                    ingestNotices(service).forEach(notice -> out.println("  " + notice));
                }
            }
        } else {
            out.println("Kafka          DOWN at " + status.kafka().address() + ": " + status.kafka().detail()
                    + " (is ./pipeline up running?)");
        }
        if (status.elasticsearch().up()) {
            out.println("Elasticsearch  up at " + status.elasticsearch().address() + " (status "
                    + status.elasticsearch().detail() + ")");
            out.println("Indexed        reports: " + status.indexedReports() + "   recommendations: "
                    + status.indexedRecommendations());
        } else {
            out.println("Elasticsearch  DOWN at " + status.elasticsearch().address() + ": "
                    + status.elasticsearch().detail() + " (is ./pipeline up running?)");
        }
        if (status.healthy()) {
            printCounts(KafkaConnection.from(config));
        }
        return status.healthy() ? 0 : 1;
    }

    /** What the ingest-service's health says about its bucket (an error, held deletes, a stopped scanner). */
    private static List<String> ingestNotices(ServiceState ingest) {
        try {
            return IngestNotices.of(Json.mapper().readTree(ingest.details()));
        } catch (JsonProcessingException notJson) {
            return List.of();
        }
    }

    private void printCounts(KafkaConnection kafka) {
        try (TopicCounter counter = new TopicCounter(kafka)) {
            counter.catchUp(Duration.ofSeconds(20));
            out.println("Topics         uploads " + counter.records(Topics.UPLOADED) + " · extracted reports "
                    + counter.liveKeys(Topics.EXTRACTED) + " · enriched reports " + counter.liveKeys(Topics.ENRICHED)
                    + " · recommendations " + counter.records(Topics.RECOMMENDATIONS));
            out.println("Dead letters   " + counter.records(Topics.DLQ) + " on " + Topics.DLQ.name());
        }
    }
}
