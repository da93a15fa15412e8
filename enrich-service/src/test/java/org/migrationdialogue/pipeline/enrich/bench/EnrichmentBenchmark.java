package org.migrationdialogue.pipeline.enrich.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.migrationdialogue.pipeline.common.events.Enrichment;
import org.migrationdialogue.pipeline.common.events.ExtractedReport;
import org.migrationdialogue.pipeline.enrich.core.Enricher;
import org.migrationdialogue.pipeline.enrich.core.Reports;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Full enrichment of one seed report per operation, single-threaded, with the statistical NER off and on (the
 * {@code ENRICH_NER} setting; on, with the JIT flag the services run with): the time per operation and the report's
 * size give the throughput per core. Besides the wall-clock average, the auxiliary counters {@code cpuNanos} and
 * {@code calls} give the benchmark thread's CPU time per call, which a machine shared with other work inflates
 * less. Run it with {@link BenchmarkMain}; it is not part of the test phase.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(
        value = 1,
        jvmArgs = {"-Xmx1g", "-XX:-DontCompileHugeMethods"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 3)
public class EnrichmentBenchmark {

    @Param({"rabat-process-som-rabat-2014-06.txt", "rabat-process-thematic-meeting-crisis-paris-2014-04.txt"})
    private String seed;

    @Param({"off", "on"})
    private String ner;

    private Enricher enricher;
    private ExtractedReport report;

    @Setup(Level.Trial)
    public void load() throws IOException {
        enricher = Enricher.fromResources(ner);
        Path seeds = Path.of(System.getProperty("seeds.dir", "seeds"));
        // cleaned and laid out by ingest-service's cleaner once, outside the measured operation
        report = Reports.of(Files.readString(seeds.resolve(seed), StandardCharsets.UTF_8), "en");
    }

    @Benchmark
    public Enrichment enrichSeedReport(CpuTime cpu) {
        long before = cpu.threads.getCurrentThreadCpuTime();
        Enrichment enrichment = enricher.enrich(report);
        cpu.record(cpu.threads.getCurrentThreadCpuTime() - before);
        return enrichment;
    }

    /** CPU time the benchmark thread spent enriching, and how many calls it made, per iteration. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class CpuTime {
        public long cpuNanos;
        public long calls;
        final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

        @Setup(Level.Iteration)
        public void reset() {
            cpuNanos = 0;
            calls = 0;
        }

        void record(long nanos) {
            cpuNanos += nanos;
            calls++;
        }
    }
}
