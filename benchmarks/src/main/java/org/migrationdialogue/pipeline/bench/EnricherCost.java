package org.migrationdialogue.pipeline.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.migrationdialogue.pipeline.common.events.ExtractedReport;
import org.migrationdialogue.pipeline.common.events.SourceObject;
import org.migrationdialogue.pipeline.enrich.core.Enricher;
import org.migrationdialogue.pipeline.ingest.extract.ExtractionResult;
import org.migrationdialogue.pipeline.ingest.extract.ExtractionSettings;
import org.migrationdialogue.pipeline.ingest.extract.ObjectContent;
import org.migrationdialogue.pipeline.ingest.extract.ReportExtractor;

/**
 * What the enricher itself costs a report, to set beside what the enrich-service process costs in a stack
 * ({@link PeerComparisonBenchmark}'s CPU by part: the rest is Kafka Streams, the serdes, the garbage collector and
 * the JIT): the corpus generated as the peer comparison generates it, extracted in this process as ingest-service
 * extracts it ({@link ReportExtractor}), then enriched on one thread by the production {@link Enricher}, with the
 * statistical NER off and on, {@code --rounds} passes each (the first warms up); it prints the thread's CPU per
 * report of each pass.
 *
 * <pre>java -XX:-DontCompileHugeMethods -Xmx1g -cp 'benchmarks/target/benchmarks.jar:benchmarks/target/lib/*' \
 *     org.migrationdialogue.pipeline.bench.EnricherCost --reports 200 --seed 7 --paragraphs 36-97 --rounds 4</pre>
 */
public final class EnricherCost {

    private EnricherCost() {}

    public static void main(String[] args) throws IOException {
        Options options = Options.parse(args);
        long seed = options.number("seed", 7);
        Path folder = options.path("out", Path.of("benchmarks/target/enricher-corpus-" + seed));
        List<CorpusFile> corpus = new CorpusGenerator(
                        Path.of("").toAbsolutePath(),
                        seed,
                        CorpusGenerator.Length.parse(options.text("paragraphs", "36-97")))
                .generate(folder, options.integer("reports", 200));
        System.out.println(Machine.describe());
        System.out.println(CorpusGenerator.describe(corpus));
        List<ExtractedReport> reports = extract(corpus, Files.createDirectories(folder.resolve("spool")));
        long characters =
                reports.stream().mapToLong(report -> report.text().length()).sum();
        System.out.printf(
                "%d reports extracted, %,d characters a report%n", reports.size(), characters / reports.size());
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (String ner : List.of("off", "on")) {
            Enricher enricher = Enricher.fromResources(ner);
            for (int round = 1; round <= options.integer("rounds", 4); round++) {
                long before = threads.getCurrentThreadCpuTime();
                reports.forEach(enricher::enrich);
                double perReport = (threads.getCurrentThreadCpuTime() - before) / 1e6 / reports.size();
                System.out.printf(
                        "ENRICH_NER=%s, pass %d: %.1f ms of CPU a report (%.2f MB/s a core); load average %s%n",
                        ner,
                        round,
                        perReport,
                        characters / (double) reports.size() / perReport / 1e3,
                        Machine.loadAverage());
            }
        }
    }

    private static List<ExtractedReport> extract(List<CorpusFile> corpus, Path spool) throws IOException {
        ReportExtractor extractor =
                new ReportExtractor(ExtractionSettings.defaults().withSpoolDirectory(spool));
        Instant now = Instant.now();
        List<ExtractedReport> reports = new ArrayList<>();
        for (CorpusFile file : corpus) {
            if (extractor.extract(ObjectContent.ofPath(file.file(), file.key(), null))
                    instanceof ExtractionResult.Extracted extracted) {
                SourceObject source =
                        new SourceObject("reports", file.key(), "\"1\"", Files.size(file.file()), null, now);
                reports.add(extracted.report(source, now));
            }
        }
        return reports;
    }
}
