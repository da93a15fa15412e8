package org.migrationdialogue.pipeline.system.faults;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.migrationdialogue.pipeline.system.faults.BatchInFlight.OUTAGE;
import static org.migrationdialogue.pipeline.system.faults.BatchInFlight.PATIENCE;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.migrationdialogue.pipeline.system.PipelineUnderTest;
import org.migrationdialogue.pipeline.system.Probe;

/**
 * Faults in the middle of a corpus run, on one {@code pipeline up}: kill -9 of each service in turn (the
 * {@code up} supervisor restarts it), then Elasticsearch frozen (SIGSTOP) for 30 s. After each, every report of the
 * batch is in Elasticsearch exactly once, every recommendation on the topic exactly once, and the DLQ is empty
 * (there is no bad input in these batches).
 */
@Tag("slow")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MidRunFaultsIT {

    private final String run = "f" + UUID.randomUUID().toString().substring(0, 6);
    private PipelineUnderTest pipeline;
    private Probe probe;
    private FaultCorpus corpus;

    @BeforeAll
    void up() throws IOException {
        pipeline = new PipelineUnderTest();
        pipeline.up();
        probe = new Probe(pipeline);
        corpus = new FaultCorpus(pipeline.uploads());
        await().atMost(PATIENCE).until(() -> probe.reports() == 2);
    }

    @AfterAll
    void down() throws Exception {
        probe.close();
        pipeline.close();
    }

    @Test
    @Order(1)
    void shouldLoseAndDuplicateNothingWhenTheIngestServiceIsKilledMidRun() throws Exception {
        killMidRun("ingest-service");
    }

    @Test
    @Order(2)
    void shouldLoseAndDuplicateNothingWhenTheEnrichServiceIsKilledMidRun() throws Exception {
        killMidRun("enrich-service");
    }

    @Test
    @Order(3)
    void shouldLoseAndDuplicateNothingWhenTheIndexServiceIsKilledMidRun() throws Exception {
        killMidRun("index-service");
    }

    @Test
    @Order(4)
    void shouldLoseAndDuplicateNothingWhenElasticsearchIsFrozenFor30SecondsMidRun() throws Exception {
        // given a batch in flight
        String batch = run + "esfreeze";
        List<String> keys = BatchInFlight.start(corpus, probe, batch);
        // when Elasticsearch stops answering for 30 s (SIGSTOP of its processes), then comes back (SIGCONT)
        List<ProcessHandle> elasticsearch = pipeline.elasticsearchProcesses();
        Signals.send("STOP", elasticsearch);
        await().during(OUTAGE)
                .atMost(OUTAGE.plusSeconds(10))
                .until(() -> elasticsearch.stream().allMatch(ProcessHandle::isAlive));
        Signals.send("CONT", elasticsearch);
        // then nothing is lost or duplicated, and nothing went to the DLQ
        Outcome.assertExactlyOnce(probe, "Elasticsearch frozen 30 s", batch, keys);
        assertEquals(List.of(), Outcome.deadLetters(probe));
    }

    @Test
    @Order(5)
    void shouldLoseAndDuplicateNothingWhenElasticsearchIsKilledMidRun() throws Exception {
        // given a batch in flight
        String batch = run + "eskill";
        List<String> keys = BatchInFlight.start(corpus, probe, batch);
        // when Elasticsearch's processes are killed with SIGKILL (a crash)
        pipeline.elasticsearchProcesses().forEach(ProcessHandle::destroyForcibly);
        // then up starts it again on the same data, and nothing is lost or duplicated, and nothing went to the DLQ
        await().atMost(PATIENCE).until(() -> Files.readString(pipeline.output()).contains("Elasticsearch died"));
        Outcome.assertExactlyOnce(probe, "kill -9 Elasticsearch", batch, keys);
        assertEquals(List.of(), Outcome.deadLetters(probe));
    }

    private void killMidRun(String module) throws Exception {
        // given a batch in flight
        String batch = run + module.substring(0, module.indexOf('-'));
        List<String> keys = BatchInFlight.start(corpus, probe, batch);
        // when the service is killed with SIGKILL
        ProcessHandle victim = pipeline.service(module);
        victim.destroyForcibly();
        // then up restarts it, and nothing is lost or duplicated, and nothing went to the DLQ
        await().atMost(PATIENCE).until(() -> Files.readString(pipeline.output()).contains("Restarted " + module));
        assertNotEquals(victim.pid(), pipeline.service(module).pid());
        Outcome.assertExactlyOnce(probe, "kill -9 " + module, batch, keys);
        assertEquals(List.of(), Outcome.deadLetters(probe));
    }
}
