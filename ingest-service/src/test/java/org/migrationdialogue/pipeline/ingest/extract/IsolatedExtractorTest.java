package org.migrationdialogue.pipeline.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.migrationdialogue.pipeline.ingest.extract.ExtractionResult.Extracted;
import org.migrationdialogue.pipeline.ingest.extract.ExtractionResult.Failed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The extractor services use, with real worker JVMs: one pool for the class, since a worker takes a second
 * or two to load Tika.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IsolatedExtractorTest {

    private static final Logger LOG = LoggerFactory.getLogger(IsolatedExtractorTest.class);
    private static final int WARM_UP_RUNS = 2;
    private static final int TIMED_RUNS = 3;
    /** The fixtures are small; two 256 MB workers fit beside the test JVM on a shared host. */
    private static final String WORKER_HEAP = "256m";
    /** A heap small enough to exhaust with one crafted document. */
    private static final String TINY_HEAP = "64m";

    private Path spool;
    private IsolatedExtractor extractor;

    @BeforeAll
    void startWorkers(@TempDir Path spoolDirectory) {
        spool = spoolDirectory;
        extractor = new IsolatedExtractor(BadInputCorpus.settings(spool).withWorkers(2, WORKER_HEAP));
    }

    @AfterAll
    void stopWorkers() {
        extractor.close();
    }

    static List<BadInput> badInputs() {
        return BadInputCorpus.all();
    }

    static List<GoodFixture> goodFixtures() throws IOException {
        return GoodFixture.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void shouldTriageEachBadInputAsOneFailure(BadInput bad, @TempDir Path directory) throws IOException {
        // given
        ObjectContent content = bad.maker().make(directory);
        // when
        ExtractionResult result = assertDoesNotThrow(() -> extractor.extract(content));
        // then
        Failed failed = assertInstanceOf(Failed.class, result, result::toString);
        assertAll(
                () -> assertEquals(bad.kind(), failed.kind(), failed::toString),
                () -> assertEquals(bad.stage(), failed.stage(), failed::toString),
                () -> assertTrue(failed.reason().contains(bad.reasonFragment()), failed::reason),
                () -> assertFalse(failed.reason().contains(HostileDocuments.SECRET), failed::reason));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goodFixtures")
    void shouldExtractEachGoodFixtureInAWorker(GoodFixture fixture) {
        // given
        ObjectContent content = FixtureContent.of(fixture);
        // when
        ExtractionResult result = extractor.extract(content);
        // then
        GoodFixtureAssertions.assertMatches(fixture, assertInstanceOf(Extracted.class, result, result::toString));
    }

    @Test
    void shouldGiveTheSameResultInAWorkerAsInProcess() throws IOException {
        // given the SOM report as a PDF, and both extractors warmed up on it
        GoodFixture pdf = GoodFixture.all().get(0);
        try (ReportExtractor inProcess = new ReportExtractor(BadInputCorpus.settings(spool))) {
            // when
            ExtractionResult local = timed("in-process", inProcess, pdf);
            ExtractionResult isolated = timed("in a worker", extractor, pdf);
            // then
            assertEquals(local, isolated);
        }
    }

    /** Logs the mean time of warm extractions: the cost of isolation is the difference. */
    private static ExtractionResult timed(String how, Extractor extractor, GoodFixture fixture) {
        for (int i = 0; i < WARM_UP_RUNS; i++) {
            extractor.extract(FixtureContent.of(fixture));
        }
        long start = System.nanoTime();
        ExtractionResult result = null;
        for (int i = 0; i < TIMED_RUNS; i++) {
            result = extractor.extract(FixtureContent.of(fixture));
        }
        LOG.info("{} {}: {} ms per document", fixture.key(), how, (System.nanoTime() - start) / 1_000_000 / TIMED_RUNS);
        return result;
    }

    @Test
    void shouldServeMoreCallersThanWorkersAtOnce() throws Exception {
        // given four callers and two workers
        List<GoodFixture> fixtures = GoodFixture.all().subList(2, 6);
        try (ExecutorService callers = Executors.newFixedThreadPool(fixtures.size())) {
            // when
            List<Future<ExtractionResult>> results = callers.invokeAll(fixtures.stream()
                    .map(fixture -> (Callable<ExtractionResult>) () -> extractor.extract(FixtureContent.of(fixture)))
                    .toList());
            // then
            for (Future<ExtractionResult> result : results) {
                assertInstanceOf(Extracted.class, result.get());
            }
        }
    }

    @Test
    void shouldRejectAHangingParseAsPoisonOnceTheTimeoutPasses() throws IOException {
        // given a worker allowed 1 ms, far less than any PDF takes
        GoodFixture pdf = GoodFixture.all().get(0);
        try (IsolatedExtractor impatient = new IsolatedExtractor(
                BadInputCorpus.settings(spool).withWorkers(1, WORKER_HEAP).withParseTimeout(Duration.ofMillis(1)))) {
            // when
            ExtractionResult result = impatient.extract(FixtureContent.of(pdf));
            // then
            Failed failed = assertInstanceOf(Failed.class, result, result::toString);
            assertEquals(FailureKind.POISON, failed.kind());
            assertTrue(failed.reason().startsWith("parse timed out after 1 ms"), failed::reason);
        }
    }

    @Test
    void shouldSurviveAWorkerRunningOutOfMemoryAndExtractTheNextDocument(@TempDir Path directory) throws IOException {
        // given a worker with a tiny heap, no zip-bomb or size guard, and a document inflating to 20 MB of text
        ExtractionSettings unguarded = BadInputCorpus.settings(spool)
                .withWorkers(1, TINY_HEAP)
                .withMaxCompressionRatio(Long.MAX_VALUE / 2)
                .withMaxChars(Integer.MAX_VALUE);
        ObjectContent bomb = BadInputCorpus.all().stream()
                .filter(bad -> bad.name().startsWith("zip bomb"))
                .findFirst()
                .orElseThrow()
                .maker()
                .make(directory);
        try (IsolatedExtractor fragile = new IsolatedExtractor(unguarded)) {
            // when
            ExtractionResult crashed = fragile.extract(bomb);
            ExtractionResult next =
                    fragile.extract(FixtureContent.of(GoodFixture.all().get(5)));
            // then
            Failed failed = assertInstanceOf(Failed.class, crashed, crashed::toString);
            assertEquals(FailureKind.POISON, failed.kind());
            assertEquals("parser out of memory (worker exit code 3)", failed.reason());
            assertInstanceOf(Extracted.class, next, next::toString);
        }
    }

    @Test
    void shouldStartWorkersWithNoneOfTheServiceSecrets() throws IOException {
        // given a service whose environment holds the S3 keys and the Elasticsearch password
        Map<String, String> service = new HashMap<>(System.getenv());
        service.putAll(Map.of(
                "S3_ACCESS_KEY_ID",
                "AKIA-TEST-KEY",
                "S3_SECRET_ACCESS_KEY",
                "s3-secret-for-test",
                "ELASTICSEARCH_PASSWORD",
                "es-password-for-test",
                "AWS_SECRET_ACCESS_KEY",
                "aws-secret-for-test"));
        Set<Long> before = workerPids();
        try (IsolatedExtractor isolated =
                new IsolatedExtractor(BadInputCorpus.settings(spool).withWorkers(1, WORKER_HEAP), service)) {
            // when its worker is up
            assertInstanceOf(
                    Extracted.class,
                    isolated.extract(FixtureContent.of(GoodFixture.all().get(5))));
            long worker = workerPids().stream()
                    .filter(pid -> !before.contains(pid))
                    .findFirst()
                    .orElseThrow();
            // then the worker's environment, as the kernel has it, holds no secret and nothing but what parsing needs
            String environment = Files.readString(Path.of("/proc", Long.toString(worker), "environ"));
            for (String secret :
                    List.of("AKIA-TEST-KEY", "s3-secret-for-test", "es-password-for-test", "aws-secret-for-test")) {
                assertFalse(environment.contains(secret), secret);
            }
            for (String variable : environment.split("\0")) {
                String name = variable.substring(0, variable.indexOf('='));
                assertTrue(WorkerCommand.INHERITED.contains(name) || WorkerCommand.SET.containsKey(name), name);
            }
        }
    }

    /** The JVMs this JVM runs now: its extraction workers (the kernel's command line is cut before their class). */
    private static Set<Long> workerPids() {
        return ProcessHandle.current()
                .children()
                .filter(child -> child.info().command().orElse("").endsWith("/java"))
                .map(ProcessHandle::pid)
                .collect(Collectors.toSet());
    }

    @Test
    void shouldReportAMissingJavaForWorkersAsFatal() throws IOException {
        // given a misconfigured java command
        ExtractionSettings misconfigured = BadInputCorpus.settings(spool)
                .withWorkers(1, WORKER_HEAP)
                .withJavaCommand(Path.of("/nonexistent/bin/java"));
        try (IsolatedExtractor broken = new IsolatedExtractor(misconfigured)) {
            // when
            ExtractionResult result =
                    broken.extract(FixtureContent.of(GoodFixture.all().get(5)));
            // then
            Failed failed = assertInstanceOf(Failed.class, result, result::toString);
            assertEquals(FailureKind.FATAL, failed.kind());
            assertEquals(Stage.WORKER, failed.stage());
        }
    }
}
