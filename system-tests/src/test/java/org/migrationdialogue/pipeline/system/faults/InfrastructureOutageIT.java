package org.migrationdialogue.pipeline.system.faults;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.migrationdialogue.pipeline.system.faults.BatchInFlight.OUTAGE;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.migrationdialogue.pipeline.common.config.Config;
import org.migrationdialogue.pipeline.common.config.Settings;
import org.migrationdialogue.pipeline.runtime.local.IsolatedPipeline;
import org.migrationdialogue.pipeline.runtime.local.LocalElasticsearch;
import org.migrationdialogue.pipeline.runtime.local.LocalKafka;
import org.migrationdialogue.pipeline.runtime.local.LocalRuntime;
import org.migrationdialogue.pipeline.runtime.local.LocalServices;
import org.migrationdialogue.pipeline.system.PipelineUnderTest;
import org.migrationdialogue.pipeline.system.Probe;

/**
 * The infrastructure down in the middle of a corpus run: Elasticsearch stopped for 30 s (its process gone, then
 * started again on the same data), then the Kafka broker restarted. The stack is composed in this JVM, so that each
 * part can be stopped alone: the broker in-process ({@link LocalKafka}), Elasticsearch as a child process
 * ({@link LocalElasticsearch}), the three services as child processes supervised as {@code pipeline up} does
 * ({@link LocalServices}). After each fault, every report of the batch is in Elasticsearch exactly once, every
 * recommendation on the topic exactly once, and the DLQ is empty.
 */
@Tag("slow")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InfrastructureOutageIT {

    private static final Duration SUPERVISION_EVERY = Duration.ofSeconds(2);
    private final String run = "o" + UUID.randomUUID().toString().substring(0, 6);
    private final ScheduledExecutorService supervisor = Executors.newSingleThreadScheduledExecutor();
    private LocalRuntime runtime;
    private LocalServices services;
    private Probe probe;
    private FaultCorpus corpus;

    @BeforeAll
    void up() throws IOException {
        Path repoRoot = PipelineUnderTest.repoRootOfThisBuild();
        // Under target/ (not a 0700 temporary folder): Elasticsearch runs as 'nobody' when the tests run as root.
        Path home = Files.createDirectories(repoRoot.resolve("system-tests/target/outage-" + UUID.randomUUID()));
        Map<String, String> environment = IsolatedPipeline.environment(home);
        Config config = new Config(environment);
        runtime = LocalRuntime.fromConfig(config, repoRoot);
        runtime.start();
        startServices(repoRoot, config, environment);
        probe = new Probe(runtime.elasticsearchUrl(), runtime.kafkaBootstrapServers());
        corpus = new FaultCorpus(Path.of(config.get(Settings.UPLOAD_DIR)));
        System.out.printf("[fault] stack up in %s (service logs in %s)%n", home, services.logs());
    }

    /** The three services wired to this runtime, supervised as {@code pipeline up} does. */
    private void startServices(Path repoRoot, Config config, Map<String, String> environment) {
        services = new LocalServices(
                repoRoot,
                new LocalServices.Wiring(
                        runtime.kafkaBootstrapServers(),
                        runtime.elasticsearchUrl(),
                        Path.of(config.get(Settings.PIPELINE_DATA_DIR)),
                        Path.of(config.get(Settings.UPLOAD_DIR))),
                healthPorts(environment));
        services.start();
        supervisor.scheduleWithFixedDelay(
                this::superviseServices,
                SUPERVISION_EVERY.toMillis(),
                SUPERVISION_EVERY.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** The free health ports the isolated environment chose, so the services do not clash with a running pipeline. */
    private static Map<String, String> healthPorts(Map<String, String> environment) {
        return Map.of(
                Settings.INGEST_HEALTH_PORT.variable(), environment.get(Settings.INGEST_HEALTH_PORT.variable()),
                Settings.ENRICH_HEALTH_PORT.variable(), environment.get(Settings.ENRICH_HEALTH_PORT.variable()),
                Settings.INDEX_HEALTH_PORT.variable(), environment.get(Settings.INDEX_HEALTH_PORT.variable()),
                Settings.SEARCH_WEB_PORT.variable(), environment.get(Settings.SEARCH_WEB_PORT.variable()));
    }

    private void superviseServices() {
        services.supervise().forEach(event -> System.out.println("[fault] " + event.describe()));
    }

    @AfterAll
    void down() throws IOException {
        supervisor.shutdownNow();
        if (probe != null) {
            probe.close();
        }
        if (services != null) {
            System.out.printf("[fault] service restarts during the whole run: %d%n", services.restarts());
            services.close();
        }
        runtime.close();
    }

    @Test
    @Order(1)
    void shouldLoseAndDuplicateNothingWhenElasticsearchIsStoppedFor30SecondsMidRun() throws IOException {
        // given a batch in flight, when Elasticsearch is stopped (SIGTERM, its process gone) for 30 s and started
        // again on the same data, then nothing is lost or duplicated and nothing went to the DLQ
        LocalElasticsearch elasticsearch = runtime.elasticsearch();
        downMidRun(
                run + "esstop",
                new Outage(
                        "Elasticsearch stopped 30 s",
                        elasticsearch::close,
                        elasticsearch::isRunning,
                        elasticsearch::start));
    }

    @Test
    @Order(2)
    void shouldLoseAndDuplicateNothingWhenTheBrokerIsRestartedMidRun() throws IOException {
        // given a batch in flight, when the broker is stopped, stays down 30 s and is started again on the same log
        // and ports, then nothing is lost or duplicated and nothing went to the DLQ
        LocalKafka kafka = runtime.kafka();
        downMidRun(run + "kafka", new Outage("Kafka broker restarted", kafka::close, kafka::isRunning, kafka::start));
    }

    /** A part of the infrastructure that a scenario stops and starts again. */
    private record Outage(String scenario, Runnable stop, BooleanSupplier running, Runnable start) {}

    private void downMidRun(String batch, Outage outage) throws IOException {
        // given a batch in flight
        Instant begin = Instant.now();
        List<String> keys = BatchInFlight.start(corpus, probe, batch);
        // when the part is stopped, stays down 30 s while every service stays up, and is started again
        Instant down = Instant.now();
        outage.stop().run();
        await().during(OUTAGE)
                .atMost(OUTAGE.plusSeconds(10))
                .until(() -> !outage.running().getAsBoolean() && services.allAlive());
        outage.start().run();
        System.out.printf(
                "[fault] %s: unavailable for %d s (stopping, 30 s down, starting)%n",
                batch, Duration.between(down, Instant.now()).toSeconds());
        // then nothing is lost or duplicated, and nothing went to the DLQ
        Outcome.assertExactlyOnce(probe, outage.scenario(), batch, keys);
        assertEquals(List.of(), Outcome.deadLetters(probe));
        System.out.printf(
                "[fault] %s: done in %d s; service restarts so far: %d%n",
                batch, Duration.between(begin, Instant.now()).toSeconds(), services.restarts());
    }
}
