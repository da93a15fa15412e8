package org.migrationdialogue.pipeline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.migrationdialogue.pipeline.common.events.EnrichedReport;
import org.migrationdialogue.pipeline.common.events.ExtractedReport;
import org.migrationdialogue.pipeline.common.events.ReportId;
import org.migrationdialogue.pipeline.common.events.SourceObject;
import org.migrationdialogue.pipeline.common.serde.Json;
import org.migrationdialogue.pipeline.enrich.core.Enricher;
import org.migrationdialogue.pipeline.index.core.ReportDocuments;
import org.migrationdialogue.pipeline.ingest.extract.ExtractionResult;
import org.migrationdialogue.pipeline.ingest.extract.ExtractionSettings;
import org.migrationdialogue.pipeline.ingest.extract.ReportExtractor;
import org.migrationdialogue.pipeline.testing.PdfReport;

/**
 * Scores the enrichment on the annotated corpus through the production path: each document goes through
 * ingest-service's extraction and cleaning ({@link ReportExtractor}: Tika, layout, blocks), then the enrichment
 * ({@link Enricher}), then index-service's mapping to the Elasticsearch report document ({@link ReportDocuments});
 * those documents are scored against the annotations by the corpus's own scorer ({@code score.py}), for all
 * documents and per language.
 *
 * <pre>
 * java ... CorpusEvaluation --corpus ../shared/corpus --part dev|check|all --format text|pdf --ner on|off --out DIR
 * </pre>
 *
 * The corpus is not part of the project (its texts stay outside it): without it the command says so and exits 2.
 */
public final class CorpusEvaluation {

    private static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");

    private CorpusEvaluation() {}

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        Path corpus = options.path("corpus", Path.of("..", "shared", "corpus"))
                .toAbsolutePath()
                .normalize();
        String part = options.text("part", "dev");
        String format = options.text("format", "text");
        String ner = options.text("ner", "on");
        Path out = options.path("out", Path.of("benchmarks", "target", "corpus-eval", part + "-" + format));
        if (!Files.isRegularFile(corpus.resolve("split.json")) || !Files.isRegularFile(corpus.resolve("score.py"))) {
            System.err.println("CorpusEvaluation: no annotated corpus at " + corpus
                    + " (expected split.json and score.py there; pass --corpus DIR)");
            System.exit(2);
        }
        List<Scored> scored = enrichAll(documents(corpus, part), format, ner, out);
        int status = score(corpus, scored, "all documents");
        for (String language :
                scored.stream().map(Scored::language).distinct().sorted().toList()) {
            score(
                    corpus,
                    scored.stream().filter(s -> s.language().equals(language)).toList(),
                    "language " + language);
        }
        System.exit(status);
    }

    /** A corpus document: its name in split.json, its text and its annotation. */
    record Document(String name, Path text, Path gold) {}

    /** An enriched document written where the scorer reads it. */
    record Scored(Document document, String language, Path enriched) {}

    static List<Document> documents(Path corpus, String part) throws IOException {
        JsonNode split = Json.mapper().readTree(corpus.resolve("split.json").toFile());
        List<String> names = new ArrayList<>();
        for (String p : part.equals("all") ? List.of("dev", "check") : List.of(part)) {
            if (!split.has(p)) {
                throw new IllegalArgumentException("split.json has no part '" + p + "' (dev, check or all)");
            }
            split.get(p).forEach(name -> names.add(name.asText()));
        }
        JsonNode texts = split.path("texts");
        List<Document> documents = new ArrayList<>();
        for (String name : names) {
            Path text = texts.has(name)
                    ? corpus.resolve(texts.get(name).asText()).normalize()
                    : corpus.resolve(name + ".txt");
            documents.add(new Document(name, text, corpus.resolve(name + ".json")));
        }
        return documents;
    }

    private static List<Scored> enrichAll(List<Document> documents, String format, String ner, Path out)
            throws IOException {
        Files.createDirectories(out);
        Path spool = Files.createDirectories(out.resolve("spool"));
        Enricher enricher = Enricher.fromResources(ner);
        List<Scored> scored = new ArrayList<>();
        try (ReportExtractor extractor =
                new ReportExtractor(ExtractionSettings.defaults().withSpoolDirectory(spool))) {
            for (Document document : documents) {
                Path upload = upload(document, format, out);
                String key = upload.getFileName().toString();
                ExtractionResult result = extractor.extractFile(
                        upload, key, ReportId.sha256Hex(Files.readString(document.text(), StandardCharsets.UTF_8)));
                if (!(result instanceof ExtractionResult.Extracted extracted)) {
                    System.out.println(document.name() + ": not extracted: " + result);
                    continue;
                }
                ExtractedReport report = report(key, upload, extracted);
                EnrichedReport enriched = new EnrichedReport(report, enricher.enrich(report), NOW);
                ObjectNode indexed = ReportDocuments.of(enriched, NOW).report();
                Path file = out.resolve(document.name().replace('/', '_') + ".json");
                Json.mapper().writerWithDefaultPrettyPrinter().writeValue(file.toFile(), indexed);
                scored.add(new Scored(document, goldLanguage(document), file));
            }
        }
        return scored;
    }

    /** The file a user would upload: the text as it is, or the text laid out on PDF pages. */
    private static Path upload(Document document, String format, Path out) throws IOException {
        String base = document.name().replace('/', '_');
        return switch (format) {
            case "text" -> document.text();
            case "pdf" -> {
                Path pdf = out.resolve("uploads").resolve(base + ".pdf");
                Files.createDirectories(pdf.getParent());
                PdfReport.writeText(pdf, base, Files.readString(document.text(), StandardCharsets.UTF_8));
                yield pdf;
            }
            default -> throw new IllegalArgumentException("--format is text or pdf, not " + format);
        };
    }

    /** As ingest-service's upload handler builds it. */
    private static ExtractedReport report(String key, Path upload, ExtractionResult.Extracted extracted)
            throws IOException {
        String contentType = extracted.metadata().getOrDefault("content_type", "application/octet-stream");
        SourceObject source = new SourceObject("corpus", key, "\"eval\"", Files.size(upload), contentType, NOW);
        return extracted.report(source, NOW);
    }

    private static String goldLanguage(Document document) throws IOException {
        return Json.mapper().readTree(document.gold().toFile()).path("language").asText("und");
    }

    /** Runs the corpus's scorer on the documents; returns its exit status (1 when a target is missed). */
    private static int score(Path corpus, List<Scored> scored, String label) throws IOException, InterruptedException {
        System.out.println();
        System.out.println("== " + label + " (" + scored.size() + " documents)");
        List<String> command =
                new ArrayList<>(List.of("python3", corpus.resolve("score.py").toString()));
        for (Scored s : scored) {
            command.add(s.document().gold().toString());
            command.add(s.enriched().toString());
        }
        Process scorer = new ProcessBuilder(command).inheritIO().start();
        return scorer.waitFor();
    }
}
