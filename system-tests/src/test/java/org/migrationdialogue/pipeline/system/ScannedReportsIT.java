package org.migrationdialogue.pipeline.system;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.migrationdialogue.pipeline.common.config.Settings;
import org.migrationdialogue.pipeline.common.events.ExtractedReport;
import org.migrationdialogue.pipeline.ingest.extract.OcrSettings;
import org.migrationdialogue.pipeline.ingest.extract.OcrStatus;
import org.migrationdialogue.pipeline.ingest.extract.ScannedPages;

/**
 * Scanned reports through {@code pipeline up} as a user runs it. First with OCR off ({@code OCR_ENABLED=false}, so
 * every host runs it): {@code up} says so once, a scan is indexed without its text but flagged, found by its name,
 * listed by {@code status}. Then, where Tesseract is installed (skipped, saying so, elsewhere), {@code up} again
 * with OCR on: {@code reprocess} reads the flagged scan; English and French scans are found by a phrase of their
 * text, with nearly all their words read (printed); a mixed PDF keeps its text pages and its scanned pages.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScannedReportsIT {

    private static final Duration PATIENCE = Duration.ofMinutes(6);
    private static final double MIN_RECOGNISED = 0.95;
    private static final String DECLARATION = "scans/signed-declaration.pdf";
    private static final String ENGLISH_PHRASE = "a partnership built upon a regional and global approach";
    private static final String FRENCH_PHRASE = "la coopération régionale et de la protection des migrants";
    private static final String TEXT_PAGE =
            "The second session focused on the management of population movements " + "in crisis contexts.";

    private PipelineUnderTest pipeline;
    private Probe probe;

    @BeforeAll
    void upWithOcrOff() throws IOException {
        pipeline = new PipelineUnderTest().with(Settings.OCR_ENABLED, "false");
        pipeline.up();
        probe = new Probe(pipeline);
    }

    @AfterAll
    void down() throws Exception {
        probe.close();
        pipeline.close();
    }

    @Test
    @Order(1)
    void shouldIndexAScanWithoutItsTextFlaggedWhenOcrIsOffAndSaySo() throws Exception {
        // given a pipeline with OCR off, when a one-page scan is dropped into the bucket
        drop(DECLARATION, ScannedPages.imageOnlyPdf(List.of(ScannedPages.ENGLISH)));
        // then it is indexed with an empty text, flagged, the page named
        ObjectNode report = awaitReport(DECLARATION);
        assertEquals("", report.path("text").asText());
        assertEquals(ExtractedReport.OCR_OFF, report.path("text_missing").asText());
        assertEquals("[1]", report.path("text_missing_pages").toString());
        // and found by the words of its name, the search saying its text is missing
        String search = cli("search", "signed", "declaration");
        assertTrue(search.contains(DECLARATION) && search.contains("Text missing (ocr_off) on page(s) 1"), search);
        // and status says OCR is off and lists it
        String status = cli("status");
        assertTrue(status.contains("OCR            OFF: OCR is disabled (OCR_ENABLED=false)"), status);
        assertTrue(status.contains("Text missing   1 report(s)") && status.contains(DECLARATION + " (page 1)"), status);
        // and up said so, once
        await("up says OCR is off")
                .atMost(PATIENCE)
                .until(() -> !upLines("OCR OFF: OCR is disabled").isEmpty());
        assertEquals(1, upLines("OCR OFF: OCR is disabled").size(), () -> output());
    }

    @Test
    @Order(2)
    void shouldReadTheFlaggedScanWhenReprocessedWithOcrOn() throws Exception {
        assumeTesseract();
        // given the pipeline up again with OCR on
        pipeline.interrupt();
        pipeline.with(Settings.OCR_ENABLED, "true").up();
        await("up says OCR is on")
                .atMost(PATIENCE)
                .until(() -> !upLines("OCR on: tesseract").isEmpty());
        // when the flagged reports are reprocessed
        String reprocess = cli("reprocess");
        assertTrue(reprocess.contains("Re-extracting " + DECLARATION + " (page 1)"), reprocess);
        // then the scan's new version replaces the flagged one: its text is read, nothing is missing any more
        await("the declaration read by OCR")
                .atMost(PATIENCE)
                .until(() -> probe.reportOfKey(DECLARATION)
                        .filter(report -> !report.has("text_missing")
                                && report.path("ocr_pages").toString().equals("[1]"))
                        .isPresent());
        assertTrue(probe.keysWithPhrase(ENGLISH_PHRASE).contains(DECLARATION));
        assertFalse(cli("status").contains("Text missing"));
    }

    @Test
    @Order(3)
    void shouldFindScannedEnglishAndFrenchPagesByAPhraseWithNearlyAllTheirWordsRead() throws Exception {
        assumeTesseract();
        // given an English and a French scanned page, at 300 dpi without a text layer
        drop("scans/som-rabat.pdf", ScannedPages.imageOnlyPdf(List.of(ScannedPages.ENGLISH)));
        drop("scans/crise-paris.pdf", ScannedPages.imageOnlyPdf(List.of(ScannedPages.FRENCH)));
        // then each is found by a phrase of its text, in its language, nearly every word read
        ObjectNode english = awaitReport("scans/som-rabat.pdf");
        ObjectNode french = awaitReport("scans/crise-paris.pdf");
        assertTrue(probe.keysWithPhrase(ENGLISH_PHRASE).contains("scans/som-rabat.pdf"));
        assertEquals(List.of("scans/crise-paris.pdf"), probe.keysWithPhrase(FRENCH_PHRASE));
        assertEquals("en", english.path("language").asText());
        assertEquals("fr", french.path("language").asText());
        assertRecognised("English scanned page", ScannedPages.ENGLISH, english);
        assertRecognised("French scanned page", ScannedPages.FRENCH, french);
    }

    @Test
    @Order(4)
    void shouldKeepTheTextPagesAndTheScannedPagesOfAMixedPdf() throws Exception {
        assumeTesseract();
        // given a PDF whose pages 1 and 3 have a text layer and 2 and 4 are scans
        List<String> textPage = List.of("Summary of debates", "", TEXT_PAGE);
        drop(
                "scans/mixed.pdf",
                ScannedPages.mixedPdf(
                        List.of(textPage, ScannedPages.ENGLISH, textPage, ScannedPages.FRENCH),
                        List.of(false, true, false, true)));
        // then its text holds both, and only the scanned pages were read by OCR
        ObjectNode mixed = awaitReport("scans/mixed.pdf");
        assertTrue(mixed.path("text").asText().contains(TEXT_PAGE), mixed.path("text")::asText);
        assertTrue(probe.keysWithPhrase(FRENCH_PHRASE).contains("scans/mixed.pdf"));
        assertEquals("[2,4]", mixed.path("ocr_pages").toString());
        assertFalse(mixed.has("text_missing"));
    }

    private static void assumeTesseract() {
        OcrStatus ocr = OcrStatus.detect(OcrSettings.defaults());
        assumeTrue(ocr.on(), () -> "OCR cannot run on this host: " + ocr.describe());
    }

    /** Prints the share of words read right from the indexed text, and requires {@link #MIN_RECOGNISED}. */
    private static void assertRecognised(String what, List<String> lines, JsonNode report) {
        double share = ScannedPages.recognisedShare(lines, report.path("text").asText());
        System.out.printf("[ocr] %s, indexed: %.1f %% of its words recognised%n", what, 100 * share);
        assertTrue(share >= MIN_RECOGNISED, what + ": " + share);
    }

    /** Written under a hidden name and renamed, as {@code pipeline upload} does. */
    private void drop(String key, byte[] content) throws IOException {
        Path target = pipeline.uploads().resolve(key);
        Files.createDirectories(target.getParent());
        Path partial = target.resolveSibling("." + target.getFileName() + ".partial");
        Files.write(partial, content);
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
    }

    private ObjectNode awaitReport(String key) {
        List<ObjectNode> found = new ArrayList<>();
        await(key + " indexed")
                .atMost(PATIENCE)
                .until(() -> probe.reportOfKey(key).map(found::add).isPresent());
        return found.getLast();
    }

    /** The lines {@code up} printed that start with {@code start}. */
    private List<String> upLines(String start) throws IOException {
        return Files.readAllLines(pipeline.output()).stream()
                .filter(line -> line.startsWith(start))
                .toList();
    }

    private String output() {
        try {
            return Files.readString(pipeline.output());
        } catch (IOException e) {
            return Optional.ofNullable(e.getMessage()).orElse("unreadable");
        }
    }

    private String cli(String... arguments) throws IOException, InterruptedException {
        return CliProcess.run(
                pipeline.repoRoot(),
                pipeline.cliEnvironment(),
                pipeline.uploads().getParent().resolve("logs"),
                arguments);
    }
}
