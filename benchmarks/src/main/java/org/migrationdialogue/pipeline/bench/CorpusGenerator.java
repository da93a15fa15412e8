package org.migrationdialogue.pipeline.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.migrationdialogue.pipeline.testing.PdfReport;

/**
 * Generates a corpus of meeting reports from the seeds: PDF, DOCX and text, each with its own recommendations.
 * Deterministic: the same seed number and count give the same files.
 *
 * <pre>java -cp 'benchmarks/target/benchmarks.jar:benchmarks/target/lib/*' \
 *     org.migrationdialogue.pipeline.bench.CorpusGenerator --reports 500 --seed 7 --out target/corpus</pre>
 */
public final class CorpusGenerator {

    /** Reports of 12 to 35 paragraphs: about 15,000 characters. */
    static final Length SHORT = new Length(12, 35);

    private static final int LINES_PER_PAGE = 48;

    private final ReportComposer composer;
    private final long seed;
    private final Length length;

    /** How many paragraphs a report has: from {@code min} to {@code max}, drawn evenly. */
    record Length(int min, int max) {

        /** "12-35", as the {@code --paragraphs} option takes it. */
        static Length parse(String range) {
            String[] bounds = range.split("-", 2);
            return new Length(Integer.parseInt(bounds[0].strip()), Integer.parseInt(bounds[1].strip()));
        }

        int draw(Random random) {
            return min + random.nextInt(max - min + 1);
        }
    }

    public CorpusGenerator(Path repoRoot, long seed) {
        this(repoRoot, seed, SHORT);
    }

    CorpusGenerator(Path repoRoot, long seed, Length length) {
        this.composer = new ReportComposer(SeedSentences.load(repoRoot));
        this.seed = seed;
        this.length = length;
    }

    public static void main(String[] args) throws IOException {
        Options options = Options.parse(args);
        long seed = options.number("seed", 7);
        CorpusGenerator generator = new CorpusGenerator(
                Path.of("").toAbsolutePath(), seed, Length.parse(options.text("paragraphs", "12-35")));
        List<CorpusFile> corpus =
                generator.generate(options.path("out", Path.of("target/corpus")), options.integer("reports", 500));
        System.out.println(describe(corpus));
    }

    /** Writes {@code count} reports under {@code folder}, keys {@code corpus-<seed>/report-NNNN.<ext>}. */
    public List<CorpusFile> generate(Path folder, int count) throws IOException {
        Random random = new Random(seed);
        List<CorpusFile> corpus = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            ReportFormat format = ReportFormat.ofDraw(random.nextInt(10));
            String marker = "corpus" + seed + "r" + String.format("%04d", i);
            ReportText report = composer.compose(random, marker, length.draw(random));
            corpus.add(write(folder, "corpus-" + seed + "/report-" + String.format("%04d", i), format, report));
        }
        return corpus;
    }

    /** One PDF of at least {@code pages} pages (at 48 lines a page), e.g. to check the services' heap. */
    public CorpusFile bigReport(Path folder, int pages) throws IOException {
        String marker = "big" + seed + "p" + pages;
        int paragraphs = pages * 4;
        ReportText report = composer.compose(new Random(seed), marker, paragraphs);
        while (PdfReport.lines(report.blocks()).size() < pages * LINES_PER_PAGE) {
            paragraphs += pages;
            report = composer.compose(new Random(seed), marker, paragraphs);
        }
        return write(folder, "big-" + seed + "/report-" + pages + "-pages", ReportFormat.PDF, report);
    }

    private static CorpusFile write(Path folder, String name, ReportFormat format, ReportText report)
            throws IOException {
        String key = name + "." + format.extension();
        Path file = folder.resolve(key);
        Files.createDirectories(file.getParent());
        format.write(report, file);
        return new CorpusFile(
                key, file, format, report.marker(), report.recommendations().size());
    }

    static String describe(List<CorpusFile> corpus) throws IOException {
        Map<ReportFormat, Integer> byFormat = new TreeMap<>();
        long bytes = 0;
        int recommendations = 0;
        for (CorpusFile file : corpus) {
            byFormat.merge(file.format(), 1, Integer::sum);
            bytes += Files.size(file.file());
            recommendations += file.recommendations();
        }
        return String.format(
                "corpus: %d reports %s, %.1f MB, %d recommendations",
                corpus.size(), byFormat, bytes / 1e6, recommendations);
    }
}
