package org.migrationdialogue.pipeline.enrich.bench;

import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link EnrichmentBenchmark} with the forks, warm-up and measurement of its annotations; the system property
 * {@code seeds.dir} names the folder of the seed reports (default "seeds"). See docs/enrichment.md, "Speed".
 */
public final class BenchmarkMain {

    private BenchmarkMain() {
    }

    public static void main(String[] args) throws RunnerException {
        Options options = new OptionsBuilder()
                .include(EnrichmentBenchmark.class.getSimpleName())
                .jvmArgsAppend("-Dseeds.dir=" + System.getProperty("seeds.dir", "seeds"))
                .build();
        new Runner(options).run();
    }
}
