package org.migrationdialogue.pipeline.ingest.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.PDF;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Follows one parse for OCR, beside the content handler: the pages read by OCR (their text comes in a
 * {@code <div class="ocr">} inside the page's {@code <div class="page">}), and the images read by OCR outside any
 * page (an image file, or images embedded in a DOCX). Not thread-safe: one per parse.
 */
final class OcrPages extends DefaultHandler {

    private static final String DIV = "div";
    private static final String PAGE = "page";
    private static final String OCR = "ocr";
    /** Tika wraps each embedded document's output in one: pages of an embedded PDF are not the report's pages. */
    private static final String EMBEDDED = "package-entry";

    private final Deque<String> openDivs = new ArrayDeque<>();
    private final SortedSet<Integer> read = new TreeSet<>();
    private int page;
    private int embeddedDepth;
    private int imagesRead;

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        if (!DIV.equals(localName)) {
            return;
        }
        String type = String.valueOf(attributes.getValue("class"));
        openDivs.push(type);
        if (EMBEDDED.equals(type)) {
            embeddedDepth++;
        } else if (PAGE.equals(type) && embeddedDepth == 0) {
            page++;
        } else if (OCR.equals(type)) {
            if (embeddedDepth == 0 && openDivs.contains(PAGE)) {
                read.add(page);
            } else {
                imagesRead++;
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if (DIV.equals(localName) && !openDivs.isEmpty() && EMBEDDED.equals(openDivs.pop())) {
            embeddedDepth--;
        }
    }

    /** Pages (1-based) whose text came from OCR. */
    List<Integer> pagesRead() {
        return List.copyOf(read);
    }

    /** Images read by OCR outside the pages: the image file itself, or images embedded in the document. */
    int imagesRead() {
        return imagesRead;
    }

    /**
     * The pages of a parsed PDF that have no text layer to speak of, by the rule of Tika's AUTO OCR strategy (which
     * OCRs exactly those where it can): at most {@code rule}'s characters, or too many of them unmapped to Unicode.
     * Read from the characters per page Tika records in the metadata.
     */
    static List<Integer> pagesWithoutText(Metadata metadata, PDFParserConfig.OCRStrategyAuto rule) {
        String[] characters = metadata.getValues(PDF.CHARACTERS_PER_PAGE);
        String[] unmapped = metadata.getValues(PDF.UNMAPPED_UNICODE_CHARS_PER_PAGE);
        List<Integer> pages = new ArrayList<>();
        for (int i = 0; i < characters.length; i++) {
            if (withoutText(
                    Integer.parseInt(characters[i]), i < unmapped.length ? Integer.parseInt(unmapped[i]) : 0, rule)) {
                pages.add(i + 1);
            }
        }
        return pages;
    }

    /**
     * Tika's AUTO rule for one page (AbstractPDF2XHTML.endPage): OCR it when it has at most the rule's characters,
     * or too many of them unmapped (a share when the limit is below 1, a count otherwise).
     */
    static boolean withoutText(int characters, int unmapped, PDFParserConfig.OCRStrategyAuto rule) {
        if (characters <= rule.getTotalCharsPerPage()) {
            return true;
        }
        float limit = rule.getUnmappedUnicodeCharsPerPage();
        return limit < 1 ? (float) unmapped / characters > limit : unmapped > limit;
    }
}
