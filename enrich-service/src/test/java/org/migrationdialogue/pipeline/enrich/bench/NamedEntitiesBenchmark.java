package org.migrationdialogue.pipeline.enrich.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.migrationdialogue.pipeline.enrich.core.ner.CandidatePassages;
import org.migrationdialogue.pipeline.enrich.core.ner.CrfNamedEntities;
import org.migrationdialogue.pipeline.enrich.core.ner.EntitySpan;
import org.migrationdialogue.pipeline.enrich.core.ner.NamedEntities;
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
 * The statistical NER (English model) on a seed report, single-threaded: {@code findInPassages} runs it over the
 * passages a {@link CandidatePassages} selection keeps (the whole text, or some sentences), so time per operation
 * and the seed's size give the throughput per core of the whole text; {@code findInShortPassage} runs it on one
 * short sentence, the fixed cost of a call. CPU-time counters as in {@link EnrichmentBenchmark}. The fork runs with
 * {@code -XX:-DontCompileHugeMethods}, as the services do (pipeline-runtime's JvmFlags). Run with
 * {@link BenchmarkMain} {@code NamedEntitiesBenchmark}; see docs/benchmarks.md, "Statistical NER".
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(
        value = 1,
        jvmArgs = {"-Xmx1g", "-XX:-DontCompileHugeMethods"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 3)
public class NamedEntitiesBenchmark {

    /** A short sentence with names: 29 characters, 7 tokens. */
    private static final String SHORT = "Ms Sara Bayes spoke in Rabat.";

    /** Both models, loaded once per fork. */
    @State(Scope.Benchmark)
    public static class Model {
        NamedEntities named;

        @Setup(Level.Trial)
        public void load() {
            named = CrfNamedEntities.fromResources();
        }
    }

    /** A seed report and the passages a selection keeps of it. */
    @State(Scope.Benchmark)
    public static class Passages {
        @Param({"rabat-process-som-rabat-2014-06.txt", "rabat-process-thematic-meeting-crisis-paris-2014-04.txt"})
        String seed;

        @Param({"WHOLE_TEXT", "CAPITALISED_NOT_INITIAL", "TWO_TITLE_CASE_WORDS"})
        CandidatePassages selection;

        String text;
        List<int[]> passages;

        @Setup(Level.Trial)
        public void read() throws IOException {
            text = Files.readString(
                    Path.of(System.getProperty("seeds.dir", "seeds")).resolve(seed), StandardCharsets.UTF_8);
            passages = selection.passages(text);
            long chars = passages.stream().mapToLong(p -> p[1] - p[0]).sum();
            System.out.printf(
                    "%n%s: %,d chars; %s keeps %,d passages, %,d chars (%.1f %%)%n",
                    seed, text.length(), selection, passages.size(), chars, 100.0 * chars / text.length());
        }
    }

    @Benchmark
    public List<EntitySpan> findInPassages(Model model, Passages seed, EnrichmentBenchmark.CpuTime cpu) {
        long before = cpu.threads.getCurrentThreadCpuTime();
        List<EntitySpan> found = new ArrayList<>();
        for (int[] passage : seed.passages) {
            found.addAll(model.named.find(seed.text, passage[0], passage[1], "en"));
        }
        cpu.record(cpu.threads.getCurrentThreadCpuTime() - before);
        return found;
    }

    @Benchmark
    public List<EntitySpan> findInShortPassage(Model model, EnrichmentBenchmark.CpuTime cpu) {
        long before = cpu.threads.getCurrentThreadCpuTime();
        List<EntitySpan> found = model.named.find(SHORT, "en");
        cpu.record(cpu.threads.getCurrentThreadCpuTime() - before);
        return found;
    }
}
