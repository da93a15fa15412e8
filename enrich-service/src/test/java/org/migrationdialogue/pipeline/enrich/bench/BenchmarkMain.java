package org.migrationdialogue.pipeline.enrich.bench;

import java.util.Arrays;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the benchmarks whose name matches the first argument (default {@link EnrichmentBenchmark}) with the forks,
 * warm-up and measurement of their annotations; further arguments are added to the forked JVM's options. The system
 * property {@code seeds.dir} names the folder of the seed reports (default "seeds"). See docs/benchmarks.md,
 * "Enrichment (JMH)" and "Statistical NER".
 */
public final class BenchmarkMain {

    private BenchmarkMain() {}

    public static void main(String[] args) throws RunnerException {
        String include = args.length > 0 ? args[0] : EnrichmentBenchmark.class.getSimpleName();
        String[] jvmArgs = args.length > 1 ? Arrays.copyOfRange(args, 1, args.length) : new String[0];
        Options options = new OptionsBuilder()
                .include(include)
                .jvmArgsAppend("-Dseeds.dir=" + System.getProperty("seeds.dir", "seeds"))
                .jvmArgsAppend(jvmArgs)
                .build();
        new Runner(options).run();
    }
}
