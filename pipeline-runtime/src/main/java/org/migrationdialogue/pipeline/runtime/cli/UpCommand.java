package org.migrationdialogue.pipeline.runtime.cli;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.migrationdialogue.pipeline.common.config.Config;
import org.migrationdialogue.pipeline.common.config.Settings;
import org.migrationdialogue.pipeline.common.kafka.KafkaConnection;
import org.migrationdialogue.pipeline.common.search.ElasticsearchClients;
import org.migrationdialogue.pipeline.common.status.PipelineSnapshot;
import org.migrationdialogue.pipeline.common.status.SearchCounts;
import org.migrationdialogue.pipeline.common.status.TopicCounter;
import org.migrationdialogue.pipeline.common.topics.Topics;
import org.migrationdialogue.pipeline.runtime.local.LocalRuntime;
import org.migrationdialogue.pipeline.runtime.local.LocalServices;
import org.migrationdialogue.pipeline.runtime.local.Ports;
import org.migrationdialogue.pipeline.runtime.local.ServiceProcess;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code pipeline up}: the whole system on the local default, until Ctrl-C. */
@Command(
        name = "up",
        description = "Start Kafka, Elasticsearch, the three services and the search page; ingest the seeds "
                + "on first start; watch the upload folder. Ctrl-C stops everything cleanly.")
final class UpCommand implements Callable<Integer> {

    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(2);

    @Option(names = "--no-seeds", description = "Do not copy the seed reports into the upload folder on first start.")
    boolean noSeeds;

    private final CountDownLatch stopping = new CountDownLatch(1);
    /** Whether OCR was said to be on or off yet: once, when the ingest-service first answers. */
    private boolean ocrReported;

    private final CountDownLatch stopped = new CountDownLatch(1);
    private final PrintStream out = System.out;
    /** What the last failed restart of Elasticsearch said (null: none since the last start). */
    private String elasticsearchRestartFailure;

    @Override
    public Integer call() throws Exception {
        PipelineHome home = PipelineHome.current();
        Config config = home.config();
        List.of(
                        Settings.INGEST_HEALTH_PORT,
                        Settings.ENRICH_HEALTH_PORT,
                        Settings.INDEX_HEALTH_PORT,
                        Settings.SEARCH_WEB_PORT)
                .stream()
                .filter(port -> config.getInt(port) > 0)
                .forEach(port -> Ports.requireFree(config.getInt(port), port.variable()));
        out.println("Starting Kafka and Elasticsearch (data in " + home.dataDir() + ") …");
        LocalRuntime runtime = LocalRuntime.fromConfig(config, home.root());
        LocalServices services = new LocalServices(
                home.root(),
                new LocalServices.Wiring(
                        runtime.kafkaBootstrapServers(), runtime.elasticsearchUrl(), home.dataDir(), home.uploadDir()),
                Map.of());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> shutDown(services, runtime), "pipeline-shutdown"));
        runtime.start();
        startServices(services);
        SeedLoader.loadOnFirstStart(home, noSeeds, out);
        printWhereEverythingIs(home, runtime, services);
        watch(runtime, services);
        return 0;
    }

    private void startServices(LocalServices services) {
        for (ServiceProcess service : services.start()) {
            out.println("Started " + service.name() + " (pid " + service.pid() + ", log " + service.logFile() + ")");
        }
    }

    private void printWhereEverythingIs(PipelineHome home, LocalRuntime runtime, LocalServices services) {
        out.println();
        out.println("The pipeline is up.");
        out.println(
                "  Upload folder (bucket '" + home.config().get(Settings.UPLOAD_BUCKET) + "'): " + home.uploadDir());
        out.println("  Kafka:          " + runtime.kafkaBootstrapServers() + "   topics: "
                + String.join(
                        ", ", Topics.ALL.stream().map(topic -> topic.name()).toList()));
        out.println("  Elasticsearch:  " + runtime.elasticsearchUrl() + "   aliases: reports, recommendations");
        int searchPage = home.config().getInt(Settings.SEARCH_WEB_PORT);
        if (searchPage > 0) {
            out.println("  Search page:    http://127.0.0.1:" + searchPage
                    + "/   (search, reports, live recommendations, upload, status)");
        }
        out.println("  Service logs:   " + services.logs());
        out.println("  Try: ./pipeline search migration   ./pipeline recommendations   ./pipeline status");
        out.println("Ctrl-C stops everything; the next ./pipeline up continues where this one left off.");
        out.println();
    }

    private void watch(LocalRuntime runtime, LocalServices services) throws InterruptedException {
        try (TopicCounter counter = new TopicCounter(KafkaConnection.plaintext(runtime.kafkaBootstrapServers()));
                ElasticsearchClient elasticsearch = ElasticsearchClients.create(runtime.elasticsearchUrl())) {
            String last = "";
            List<String> lastNotices = List.of();
            while (!stopping.await(PROGRESS_EVERY.toMillis(), TimeUnit.MILLISECONDS)) {
                superviseElasticsearch(runtime);
                superviseServices(services);
                counter.catchUp(Duration.ofSeconds(1));
                String line = PipelineSnapshot.of(counter, SearchCounts.reports(elasticsearch))
                        .line();
                if (!line.equals(last)) {
                    out.println(line);
                    last = line;
                }
                lastNotices = printIngestNotices(lastNotices);
            }
        } catch (java.io.IOException e) {
            out.println("Cannot close the Elasticsearch client: " + e.getMessage());
        }
        stopped.await();
    }

    /**
     * What the ingest-service's health says needs the user (a bucket it cannot list, deletes it holds), printed when it
     * changes; once it is over, a line says so.
     */
    private List<String> printIngestNotices(List<String> before) throws InterruptedException {
        int port = PipelineHome.current().config().getInt(Settings.INGEST_HEALTH_PORT);
        Optional<JsonNode> health =
                ServiceHealth.fetch(port, Duration.ofSeconds(1)).map(ServiceHealth::json);
        reportOcrOnce(health);
        List<String> now = health.map(IngestNotices::of).orElse(before);
        if (!now.equals(before)) {
            now.stream().filter(notice -> !before.contains(notice)).forEach(out::println);
            if (now.isEmpty()) {
                out.println("ingest-service: the upload bucket is readable and no deletes are held any more.");
            }
        }
        return now;
    }

    /** Says once whether scans are read by OCR, as the ingest-service says when it first answers. */
    private void reportOcrOnce(Optional<JsonNode> health) {
        if (!ocrReported) {
            health.flatMap(IngestOcr::of).ifPresent(ocr -> {
                out.println("OCR " + IngestOcr.line(ocr));
                ocrReported = true;
            });
        }
    }

    /**
     * The server is a child process too: a crash or a kill of it is repaired like a service's. A failed restart is
     * said once and tried again at each round.
     */
    private void superviseElasticsearch(LocalRuntime runtime) {
        try {
            Integer exit = runtime.elasticsearch().restartIfDead();
            if (exit != null) {
                out.println("Elasticsearch died (exit code " + exit + "); restarted it.");
                elasticsearchRestartFailure = null;
            }
        } catch (RuntimeException e) {
            if (!e.getMessage().equals(elasticsearchRestartFailure)) {
                out.println("Elasticsearch died and did not start again (trying again every "
                        + PROGRESS_EVERY.toSeconds() + " s): " + e.getMessage());
                elasticsearchRestartFailure = e.getMessage();
            }
        }
    }

    private void superviseServices(LocalServices services) {
        services.supervise().forEach(event -> out.println(event.describe()));
    }

    private void shutDown(LocalServices services, LocalRuntime runtime) {
        stopping.countDown();
        out.println();
        out.println("Stopping …");
        services.stop(service -> out.println("Stopped " + service.name()));
        runtime.close();
        out.println("Stopped Kafka and Elasticsearch. Data kept for the next ./pipeline up.");
        stopped.countDown();
    }
}
