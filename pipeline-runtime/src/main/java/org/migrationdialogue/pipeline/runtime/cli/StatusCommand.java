package org.migrationdialogue.pipeline.runtime.cli;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.migrationdialogue.pipeline.common.config.Config;
import org.migrationdialogue.pipeline.common.kafka.KafkaConnection;
import org.migrationdialogue.pipeline.common.search.ElasticsearchClients;
import org.migrationdialogue.pipeline.common.serde.Json;
import org.migrationdialogue.pipeline.common.status.StatusProbe;
import org.migrationdialogue.pipeline.common.status.StatusProbe.PipelineStatus;
import org.migrationdialogue.pipeline.common.status.StatusProbe.ServiceState;
import org.migrationdialogue.pipeline.common.status.TopicCounter;
import org.migrationdialogue.pipeline.common.text.ControlCharacters;
import org.migrationdialogue.pipeline.common.topics.Topics;
import org.migrationdialogue.pipeline.runtime.local.LocalServices;
import picocli.CommandLine.Command;

/**
 * {@code pipeline status}: health of each component, consumer lag per service (with the last lines of the log of
 * a service that is not up), whether scans are read by OCR, document counts, the reports whose text is missing,
 * DLQ size.
 */
@Command(
        name = "status",
        description = "Health of Kafka, Elasticsearch and each service; consumer lag; OCR; counts; "
                + "reports whose text is missing; DLQ size.")
final class StatusCommand implements Callable<Integer> {

    /** Lines of a service's log shown when it is not up. */
    private static final int LOG_LINES = 8;
    /** Flagged reports named on the status line; the rest are counted. */
    private static final int SHOWN_FLAGGED = 10;

    private final PrintStream out = System.out;

    @Override
    public Integer call() {
        PipelineHome home = PipelineHome.current();
        Config config = home.config();
        PipelineStatus status = StatusProbe.probe(config);
        if (status.kafka().up()) {
            out.println("Kafka          up at " + status.kafka().address() + " (cluster "
                    + status.kafka().detail() + ")");
            for (ServiceState service : status.services()) {
                out.printf(
                        "%-14s %-4s %s   lag on %s: %s%n",
                        service.name(),
                        service.health(),
                        ControlCharacters.escape(service.details()),
                        service.input(),
                        service.lag() < 0 ? "no offsets committed yet" : service.lag());
                if (!service.up()) {
                    printLogTail(LocalServices.logs(home.dataDir()).resolve(service.name() + ".log"));
                }
                if (service.name().equals("ingest-service")) {
                    JsonNode health = json(service);
                    IngestNotices.of(health).forEach(notice -> out.println("  " + notice));
                    IngestOcr.of(health).ifPresent(ocr -> out.println("OCR            " + IngestOcr.line(ocr)));
                }
            }
        } else {
            out.println("Kafka          DOWN at " + status.kafka().address() + ": "
                    + status.kafka().detail() + " (is ./pipeline up running?)");
        }
        if (status.elasticsearch().up()) {
            out.println("Elasticsearch  up at " + status.elasticsearch().address() + " (status "
                    + status.elasticsearch().detail() + ")");
            out.println("Indexed        reports: " + status.indexedReports() + "   recommendations: "
                    + status.indexedRecommendations());
            printTextMissing(config);
        } else {
            out.println("Elasticsearch  DOWN at " + status.elasticsearch().address() + ": "
                    + status.elasticsearch().detail() + " (is ./pipeline up running?)");
        }
        if (status.healthy()) {
            printCounts(KafkaConnection.from(config));
        }
        return status.healthy() ? 0 : 1;
    }

    /** What a service that is not up said last: usually why it failed, or that it is starting. */
    private void printLogTail(Path log) {
        List<String> lines = LogTail.of(log, LOG_LINES);
        if (lines.isEmpty()) {
            return;
        }
        out.println("               last lines of " + log + ":");
        lines.forEach(line -> out.println("                 " + line));
    }

    /** The ingest-service's health: its bucket (an error, held deletes, a stopped scanner), its OCR. */
    private static JsonNode json(ServiceState ingest) {
        try {
            return Json.mapper().readTree(ingest.details());
        } catch (JsonProcessingException notJson) {
            return Json.mapper().createObjectNode();
        }
    }

    /** The reports indexed without (some of) their text, the first few by name. */
    private void printTextMissing(Config config) {
        FlaggedReports.Found flagged;
        try (ElasticsearchClient client = ElasticsearchClients.create(config)) {
            flagged = FlaggedReports.find(client);
        } catch (IOException | RuntimeException e) {
            out.println("Text missing   cannot tell: " + StatusProbe.summary(e));
            return;
        }
        if (flagged.total() == 0) {
            return;
        }
        List<String> shown = flagged.reports().stream()
                .limit(SHOWN_FLAGGED)
                .map(FlaggedReports.Flagged::describe)
                .toList();
        out.println("Text missing   " + flagged.total() + " report(s) indexed without (all) their text, OCR was off: "
                + String.join(", ", shown) + (flagged.total() > shown.size() ? ", …" : "")
                + " (./pipeline reprocess reads them once OCR is on)");
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
