package org.migrationdialogue.pipeline.runtime.cli;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.migrationdialogue.pipeline.common.config.Config;
import org.migrationdialogue.pipeline.common.config.Settings;
import org.migrationdialogue.pipeline.common.events.UploadEvent;
import org.migrationdialogue.pipeline.common.search.ElasticsearchClients;
import org.migrationdialogue.pipeline.common.topics.Topics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code pipeline reprocess}: extracts again the reports indexed without their text (scans extracted while OCR was
 * off), by publishing their upload events again, as the bucket scanner does for a new file: the ingest-service reads
 * them from the bucket with the OCR it has now, and the new version replaces the flagged one down the pipeline.
 */
@Command(
        name = "reprocess",
        description = "Extract again the reports indexed without their text because OCR was off "
                + "(install Tesseract and restart ./pipeline up first): publishes their upload events again.")
final class ReprocessCommand implements Callable<Integer> {

    @Option(names = "--force", description = "Reprocess even if the ingest-service says OCR is still off.")
    boolean force;

    private final PrintStream out = System.out;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Config config = PipelineHome.current().config();
        FlaggedReports.Found flagged;
        try (ElasticsearchClient client = ElasticsearchClients.create(config)) {
            flagged = FlaggedReports.find(client);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException(
                    "Cannot list the flagged reports at " + config.get(Settings.ELASTICSEARCH_URL)
                            + ": is ./pipeline up running?",
                    e);
        }
        if (flagged.reports().isEmpty()) {
            out.println("No indexed report is missing its text: nothing to reprocess.");
            return 0;
        }
        Optional<String> ocr = IngestOcr.fetch(config.getInt(Settings.INGEST_HEALTH_PORT));
        if (ocr.filter(IngestOcr::isOff).isPresent() && !force) {
            out.println("The ingest-service has OCR " + ocr.get() + ": reprocessing would flag the "
                    + flagged.reports().size() + " report(s) again. Install Tesseract, restart ./pipeline up, then run "
                    + "./pipeline reprocess again (or add --force).");
            return 1;
        }
        publish(config.get(Settings.KAFKA_BOOTSTRAP_SERVERS), flagged);
        return 0;
    }

    private void publish(String bootstrap, FlaggedReports.Found flagged) {
        Map<String, Object> settings = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrap,
                // Each event once, written when every in-sync replica has it.
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                true,
                ProducerConfig.ACKS_CONFIG,
                "all",
                // Fail within seconds when no broker answers, instead of the default minute.
                ProducerConfig.MAX_BLOCK_MS_CONFIG,
                10_000,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG,
                20_000,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG,
                10_000);
        try (KafkaProducer<String, UploadEvent> producer = new KafkaProducer<>(
                settings,
                Topics.UPLOADED.keySerde().serializer(),
                Topics.UPLOADED.valueSerde().serializer())) {
            Instant now = Instant.now();
            for (FlaggedReports.Flagged report : flagged.reports()) {
                UploadEvent event = UploadEvent.created(
                        report.bucket(), report.key(), report.size(), report.etag(), report.contentType(), now);
                producer.send(new ProducerRecord<>(Topics.UPLOADED.name(), event.kafkaKey(), event))
                        .get();
                out.println("Re-extracting " + report.describe());
            }
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(
                    "Cannot publish to " + Topics.UPLOADED.name() + " at " + bootstrap + ": is ./pipeline up running?",
                    e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while publishing upload events", e);
        }
        out.printf(
                "%d report(s) sent to the ingest-service again%s. Follow them with ./pipeline status.%n",
                flagged.reports().size(),
                flagged.total() > flagged.reports().size()
                        ? " (" + (flagged.total() - flagged.reports().size())
                                + " more: run it again when they are done)"
                        : "");
    }
}
