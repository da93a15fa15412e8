package org.migrationdialogue.pipeline.bench;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a report as a real PDF (PDFBox): A4, Helvetica 10, lines wrapped at 95 characters, 48 lines a page. Also
 * the PDF writer of the system tests.
 */
public final class PdfReport {

    private static final float MARGIN = 50;
    private static final float LEADING = 14;
    private static final int LINES_PER_PAGE = 48;
    private static final int WIDTH = 95;

    private PdfReport() {
    }

    static void write(ReportText report, Path file) throws IOException {
        write(file, report.title(), lines(report.blocks()));
    }

    /** Writes {@code lines} as they are, 48 a page. */
    public static void write(Path file, String title, List<String> lines) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            pdf.getDocumentInformation().setTitle(title);
            for (int start = 0; start < lines.size(); start += LINES_PER_PAGE) {
                page(pdf, lines.subList(start, Math.min(lines.size(), start + LINES_PER_PAGE)));
            }
            pdf.save(file.toFile());
        }
    }

    /** Each block wrapped, with a blank line after it. */
    static List<String> lines(List<String> blocks) {
        List<String> lines = new ArrayList<>();
        for (String block : blocks) {
            lines.addAll(wrap(block));
            lines.add("");
        }
        return lines;
    }

    private static List<String> wrap(String block) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : block.split(" ")) {
            if (!line.isEmpty() && line.length() + 1 + word.length() > WIDTH) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.isEmpty() ? "" : " ").append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    private static void page(PDDocument pdf, List<String> lines) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        pdf.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
            content.beginText();
            content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
            content.setLeading(LEADING);
            content.newLineAtOffset(MARGIN, page.getMediaBox().getHeight() - MARGIN);
            for (String line : lines) {
                content.showText(line);
                content.newLine();
            }
            content.endText();
        }
    }
}
