package org.migrationdialogue.pipeline.ingest.extract;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.PDF;
import org.apache.tika.metadata.Property;
import org.apache.tika.parser.pdf.PDFParserConfig;

/**
 * The metadata of one parse, which also sees each PDF page that Tika is about to OCR: at the end of every page, Tika's
 * PDF parser adds the page's character count, then its count of characters without a Unicode mapping, and right after
 * decides by its AUTO rule whether to render the page and OCR it. Seeing the second count, this applies the same rule
 * ({@link OcrPages#withoutText}) and tells {@code ocrStarting}, before the rendering and the OCR, so that the parse
 * deadline grows by a page's time before that time is spent.
 */
final class PageWatchingMetadata extends Metadata {

    private static final long serialVersionUID = 1L;
    private final transient PDFParserConfig.OCRStrategyAuto rule;
    private final transient Runnable ocrStarting;
    private int pageCharacters;

    PageWatchingMetadata(PDFParserConfig.OCRStrategyAuto rule, Runnable ocrStarting) {
        this.rule = rule;
        this.ocrStarting = ocrStarting;
    }

    @Override
    public void add(Property property, int value) {
        super.add(property, value);
        if (PDF.CHARACTERS_PER_PAGE.getName().equals(property.getName())) {
            pageCharacters = value;
        } else if (PDF.UNMAPPED_UNICODE_CHARS_PER_PAGE.getName().equals(property.getName())
                && OcrPages.withoutText(pageCharacters, value, rule)) {
            ocrStarting.run();
        }
    }
}
