package org.migrationdialogue.pipeline.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.migrationdialogue.pipeline.common.events.ExtractedReport;
import org.migrationdialogue.pipeline.ingest.extract.ExtractionResult.Extracted;
import org.migrationdialogue.pipeline.ingest.extract.ExtractionResult.Failed;

/**
 * Scans through the Tika adapter, with the Tesseract of this host where it has one (those tests are skipped, saying
 * so, where it has none) and with OCR disabled, which every host can test: scanned pages, images and mixed PDFs are
 * then extracted with what text they have and flagged, not dead-lettered.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OcrExtractionTest {

    /** The share of a scanned page's words OCR must read right (the bar). */
    private static final double MIN_RECOGNISED = 0.95;

    private static final String TEXT_PAGE_SENTENCE =
            "The second session focused on the management of population " + "movements in crisis contexts.";

    private ReportExtractor withOcr;
    private ReportExtractor withoutOcr;

    @BeforeAll
    void startExtractors(@TempDir Path spool) {
        ExtractionSettings settings = ExtractionSettings.defaults().withSpoolDirectory(spool);
        withOcr = new ReportExtractor(settings);
        withoutOcr = new ReportExtractor(settings.withOcr(settings.ocr().disabled()));
    }

    @AfterAll
    void closeExtractors() {
        withOcr.close();
        withoutOcr.close();
    }

    @Test
    void shouldReadAScannedEnglishPageByOcr() throws IOException {
        assumeOcr();
        // given a page of the Rabat seed, scanned at 300 dpi into a PDF without a text layer
        byte[] scan = ScannedPages.imageOnlyPdf(List.of(ScannedPages.ENGLISH));
        // when
        Extracted extracted = extracted(withOcr, "scans/som-rabat-page.pdf", scan);
        // then nearly every word is read, the page is reported as read by OCR, nothing is missing
        assertRecognised("English scanned page", ScannedPages.ENGLISH, extracted);
        assertEquals("en", extracted.language());
        assertEquals(new OcrOutcome(List.of(1), List.of()), extracted.ocr());
    }

    @Test
    void shouldReadAScannedFrenchPageByOcrWithItsAccents() throws IOException {
        assumeOcr();
        // given a French page scanned at 300 dpi
        byte[] scan = ScannedPages.imageOnlyPdf(List.of(ScannedPages.FRENCH));
        // when
        Extracted extracted = extracted(withOcr, "scans/crise-paris-page.pdf", scan);
        // then its words are read with their accents ("réunion", not "reunion"), in French
        assertRecognised("French scanned page", ScannedPages.FRENCH, extracted);
        assertEquals("fr", extracted.language());
        assertTrue(extracted.cleanText().contains("Réunion thématique"), extracted::cleanText);
    }

    @Test
    void shouldKeepTheTextPagesAndReadTheScannedPagesOfAMixedPdf() throws IOException {
        assumeOcr();
        // given a PDF whose pages 1 and 3 have a text layer and pages 2 and 4 are scans
        byte[] mixed = mixedPdf();
        // when
        Extracted extracted = extracted(withOcr, "scans/mixed.pdf", mixed);
        // then both are in the text, and only the scanned pages were read by OCR
        assertTrue(extracted.cleanText().contains(TEXT_PAGE_SENTENCE), extracted::cleanText);
        assertTrue(extracted.cleanText().contains("Réunion thématique"), extracted::cleanText);
        assertRecognised(
                "scanned pages of the mixed PDF", concat(ScannedPages.ENGLISH, ScannedPages.FRENCH), extracted);
        assertEquals(new OcrOutcome(List.of(2, 4), List.of()), extracted.ocr());
        assertEquals(4, extracted.pageCount());
    }

    @Test
    void shouldReadAScannedPngByOcr() throws IOException {
        assumeOcr();
        // given a scanned page saved as a PNG image
        byte[] png = ScannedPages.png(ScannedPages.FRENCH);
        // when
        Extracted extracted = extracted(withOcr, "scans/page-1.png", png);
        // then
        assertRecognised("French PNG", ScannedPages.FRENCH, extracted);
        assertEquals(new OcrOutcome(List.of(1), List.of()), extracted.ocr());
    }

    @Test
    void shouldReadTheScannedImagesOfADocx() throws IOException {
        assumeOcr();
        // given a Word report with a paragraph of text and a scanned annex pasted in as an image
        byte[] docx = docxWithScannedImage();
        // when
        Extracted extracted = extracted(withOcr, "reports/with-annex.docx", docx);
        // then the paragraph and the image's text are both there, and the image counts as read by OCR
        assertTrue(extracted.cleanText().contains(TEXT_PAGE_SENTENCE), extracted::cleanText);
        assertRecognised("image in a DOCX", ScannedPages.FRENCH, extracted);
        assertEquals("1", extracted.metadata().get("ocr_images"));
    }

    @Test
    void shouldNeitherReadNorFlagAnyPageOfATextPdfWithOrWithoutOcr() throws IOException {
        // given a text PDF
        GoodFixture pdf = GoodFixture.all().get(0);
        for (ReportExtractor extractor : List.of(withOcr, withoutOcr)) {
            // when
            Extracted extracted = extracted(extractor, pdf.key(), pdf.content());
            // then no page was rendered for OCR, none is missing: it has a text layer on every page
            assertEquals(OcrOutcome.NONE, extracted.ocr(), extractor.ocr()::describe);
            assertNull(extracted.ocr().textMissing());
        }
    }

    @Test
    void shouldFlagAScannedPdfAsTextMissingWhenOcrIsOff() throws IOException {
        // given OCR disabled, and a two-page scan
        byte[] scan = ScannedPages.imageOnlyPdf(List.of(ScannedPages.ENGLISH, ScannedPages.FRENCH));
        // when
        Extracted extracted = extracted(withoutOcr, "scans/two-pages.pdf", scan);
        // then it is extracted (name and metadata searchable), its text empty, both pages flagged as missing
        assertEquals("", extracted.cleanText());
        assertEquals(new OcrOutcome(List.of(), List.of(1, 2)), extracted.ocr());
        assertEquals(ExtractedReport.OCR_OFF, extracted.ocr().textMissing());
        assertEquals(2, extracted.pageCount());
        assertTrue(extracted.metadata().get("ocr").startsWith("off: OCR is disabled"), extracted.metadata()::toString);
    }

    @Test
    void shouldKeepTheTextPagesOfAMixedPdfAndFlagItsScannedPagesWhenOcrIsOff() throws IOException {
        // given OCR disabled, and a PDF with text pages 1 and 3, scanned pages 2 and 4
        byte[] mixed = mixedPdf();
        // when
        Extracted extracted = extracted(withoutOcr, "scans/mixed.pdf", mixed);
        // then the text pages are there, the scanned ones flagged as missing
        assertTrue(extracted.cleanText().contains(TEXT_PAGE_SENTENCE), extracted::cleanText);
        assertEquals(new OcrOutcome(List.of(), List.of(2, 4)), extracted.ocr());
    }

    @Test
    void shouldFlagAScannedImageAsTextMissingWhenOcrIsOff() throws IOException {
        // given OCR disabled, and a scanned page as a PNG
        byte[] png = ScannedPages.png(ScannedPages.ENGLISH);
        // when
        Extracted extracted = extracted(withoutOcr, "scans/page-1.png", png);
        // then
        assertEquals("", extracted.cleanText());
        assertEquals(new OcrOutcome(List.of(), List.of(1)), extracted.ocr());
        assertEquals("image/png", extracted.metadata().get("content_type"));
    }

    private void assumeOcr() {
        assumeTrue(
                withOcr.ocr().on(),
                () -> "OCR cannot run on this host: " + withOcr.ocr().describe());
    }

    private static Extracted extracted(ReportExtractor extractor, String key, byte[] content) {
        ExtractionResult result = extractor.extract(
                new ObjectContent(key, null, content.length, () -> new ByteArrayInputStream(content)));
        if (result instanceof Failed failed) {
            throw new AssertionError(key + " failed: " + failed);
        }
        return assertInstanceOf(Extracted.class, result);
    }

    /** Prints the share of words read right, and requires {@link #MIN_RECOGNISED}. */
    private static void assertRecognised(String what, List<String> lines, Extracted extracted) {
        double share = ScannedPages.recognisedShare(lines, extracted.cleanText());
        System.out.printf(
                "[ocr] %s: %.1f %% of %d words recognised%n",
                what, 100 * share, ScannedPages.words(String.join(" ", lines)).size());
        assertTrue(share >= MIN_RECOGNISED, () -> what + ": " + share + " of the words in\n" + extracted.cleanText());
    }

    /** Text page (the Paris seed's sentence), English scan, text page, French scan. */
    private static byte[] mixedPdf() throws IOException {
        List<String> textPage = List.of("Summary of debates", "", TEXT_PAGE_SENTENCE);
        return ScannedPages.mixedPdf(
                List.of(textPage, ScannedPages.ENGLISH, textPage, ScannedPages.FRENCH),
                List.of(false, true, false, true));
    }

    private static byte[] docxWithScannedImage() throws IOException {
        byte[] png = ScannedPages.png(ScannedPages.FRENCH);
        try (XWPFDocument docx = new XWPFDocument()) {
            docx.createParagraph().createRun().setText(TEXT_PAGE_SENTENCE);
            XWPFRun image = docx.createParagraph().createRun();
            try {
                image.addPicture(
                        new ByteArrayInputStream(png),
                        Document.PICTURE_TYPE_PNG,
                        "annex-scan.png",
                        Units.toEMU(420),
                        Units.toEMU(594));
            } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
                throw new IOException(e);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            docx.write(out);
            return out.toByteArray();
        }
    }

    private static List<String> concat(List<String> first, List<String> second) {
        return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
    }
}
