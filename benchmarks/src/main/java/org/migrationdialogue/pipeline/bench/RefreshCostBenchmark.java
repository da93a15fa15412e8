package org.migrationdialogue.pipeline.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.migrationdialogue.pipeline.common.events.EnrichedReport;
import org.migrationdialogue.pipeline.common.events.ExtractedReport;
import org.migrationdialogue.pipeline.common.events.SourceObject;
import org.migrationdialogue.pipeline.common.search.ElasticsearchClients;
import org.migrationdialogue.pipeline.enrich.core.Enricher;
import org.migrationdialogue.pipeline.index.core.BulkPlan;
import org.migrationdialogue.pipeline.index.core.IndexOperation;
import org.migrationdialogue.pipeline.index.elastic.ElasticsearchReportIndex;
import org.migrationdialogue.pipeline.ingest.extract.ExtractionResult;
import org.migrationdialogue.pipeline.ingest.extract.ExtractionSettings;
import org.migrationdialogue.pipeline.ingest.extract.ObjectContent;
import org.migrationdialogue.pipeline.ingest.extract.ReportExtractor;

/**
 * What a forced refresh per write costs Elasticsearch: the same enriched reports (a corpus extracted and enriched as
 * the services do, statistical model off) written by the index-service's own {@link BulkPlan} and
 * {@link ElasticsearchReportIndex}, into fresh indices made from the pipeline's templates, three ways in one run: one
 * report a bulk with a refresh each, paced as a flow of the pipeline ({@code --interval-ms}); the same without the
 * refresh; and bulks of 100 as FSCrawler writes them. Prints Elasticsearch's CPU per report for each (its process,
 * read from /proc), and deletes the indices it made. Needs a running pipeline's Elasticsearch
 * ({@code ./pipeline up}; the templates are the index-service's).
 *
 * <pre>java -cp 'benchmarks/target/benchmarks.jar:benchmarks/target/lib/*' \
 *     org.migrationdialogue.pipeline.bench.RefreshCostBenchmark --elasticsearch http://127.0.0.1:9200 \
 *     --reports 200 --seed 7 --paragraphs 36-97 --interval-ms 400</pre>
 */
public final class RefreshCostBenchmark {

    private static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");

    private RefreshCostBenchmark() {}

    /**
     * One way of writing: reports a bulk, whether each bulk refreshes, whether bulks are paced as a flow, and the
     * indices' periodic refresh (null: the templates').
     */
    private record Mode(String name, int perBulk, boolean refresh, boolean paced, String refreshInterval) {}

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        String url = options.text("elasticsearch", "http://127.0.0.1:9200");
        long seed = options.number("seed", 7);
        Duration interval = Duration.ofMillis(options.integer("interval-ms", 400));
        CorpusGenerator.Length length = CorpusGenerator.Length.parse(options.text("paragraphs", "36-97"));
        Path folder = options.path("out", Path.of("benchmarks/target/refresh-corpus-" + seed));
        List<CorpusFile> corpus = new CorpusGenerator(Path.of("").toAbsolutePath(), seed, length)
                .generate(folder, options.integer("reports", 200));
        System.out.println(Machine.describe());
        System.out.println(CorpusGenerator.describe(corpus));
        List<EnrichedReport> reports = enriched(corpus, folder.resolve("spool"));
        ProcessHandle elasticsearch = ProcessHandle.allProcesses()
                .filter(process ->
                        process.info().commandLine().orElse("").contains("org.elasticsearch.bootstrap.Elasticsearch"))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no Elasticsearch process on this machine"));
        String flow = ", a report every " + interval.toMillis() + " ms";
        List<Mode> modes = List.of(
                new Mode("one report a bulk, refresh each" + flow, 1, true, true, null),
                new Mode("one report a bulk, no refresh" + flow, 1, false, true, null),
                new Mode("one report a bulk, no refresh, periodic refresh 5 s" + flow, 1, false, true, "5s"),
                new Mode("bulks of 100, no refresh, at once (FSCrawler's way)", 100, false, false, null));
        try (ElasticsearchClient client = ElasticsearchClients.create(url)) {
            for (int i = 0; i < modes.size(); i++) {
                Mode mode = modes.get(i);
                String suffix = "vrefreshcost" + i;
                double cpu = write(client, suffix, mode, reports, interval, elasticsearch);
                System.out.printf(
                        "%-70s Elasticsearch CPU %6.1f ms a report (%d reports)%n", mode.name(), cpu, reports.size());
            }
        }
        System.out.println("load average " + Machine.loadAverage());
    }

    /** The corpus as the enrich-service publishes it: extracted in process, enriched without the model. */
    private static List<EnrichedReport> enriched(List<CorpusFile> corpus, Path spool) throws Exception {
        Files.createDirectories(spool);
        Enricher enricher = Enricher.fromResources("off");
        List<EnrichedReport> reports = new ArrayList<>();
        try (ReportExtractor extractor =
                new ReportExtractor(ExtractionSettings.defaults().withSpoolDirectory(spool))) {
            for (CorpusFile file : corpus) {
                ExtractionResult result = extractor.extract(ObjectContent.ofPath(file.file(), file.key(), null));
                if (result instanceof ExtractionResult.Extracted extracted) {
                    SourceObject source = new SourceObject(
                            "bench",
                            file.key(),
                            "\"bench\"",
                            file.file().toFile().length(),
                            null,
                            NOW);
                    ExtractedReport report = extracted.report(source, NOW);
                    reports.add(new EnrichedReport(report, enricher.enrich(report), NOW));
                }
            }
        }
        return reports;
    }

    /** Writes every report the mode's way; returns Elasticsearch's CPU per report in milliseconds. */
    private static double write(
            ElasticsearchClient client,
            String suffix,
            Mode mode,
            List<EnrichedReport> reports,
            Duration interval,
            ProcessHandle elasticsearch)
            throws Exception {
        String reportsIndex = "reports-" + suffix;
        String recommendationsIndex = "recommendations-" + suffix;
        ElasticsearchReportIndex index = new ElasticsearchReportIndex(client, reportsIndex, recommendationsIndex);
        if (mode.refreshInterval() != null) {
            for (String name : List.of(reportsIndex, recommendationsIndex)) {
                client.indices()
                        .create(request -> request.index(name)
                                .settings(settings ->
                                        settings.refreshInterval(time -> time.time(mode.refreshInterval()))));
            }
        }
        Duration before = cpu(elasticsearch);
        long start = System.nanoTime();
        for (int from = 0; from < reports.size(); from += mode.perBulk()) {
            List<BulkPlan.ReportChange> changes = new ArrayList<>();
            for (int i = from; i < Math.min(reports.size(), from + mode.perBulk()); i++) {
                EnrichedReport report = reports.get(i);
                changes.add(new BulkPlan.ReportChange(
                        report.report().id(), report, new IndexOperation.SourceOffset("bench", 0, i)));
            }
            List<IndexOperation> operations = BulkPlan.plan(changes, Map.of(), NOW);
            if (!index.write(operations, mode.refresh()).isEmpty()) {
                throw new IllegalStateException("Elasticsearch rejected a write of " + mode.name());
            }
            if (mode.paced()) {
                long due = start + interval.toNanos() * (from / mode.perBulk() + 1);
                Thread.sleep(Math.max(0, (due - System.nanoTime()) / 1_000_000)); // the flow's pace
            }
        }
        client.indices().refresh(request -> request.index(reportsIndex, recommendationsIndex));
        Thread.sleep(5_000); // the merges the writes started finish in the background: their CPU is the mode's
        double perReport = cpu(elasticsearch).minus(before).toNanos() / 1e6 / reports.size();
        client.indices().delete(request -> request.index(reportsIndex, recommendationsIndex));
        return perReport;
    }

    private static Duration cpu(ProcessHandle process) {
        return process.info().totalCpuDuration().orElseThrow();
    }
}
