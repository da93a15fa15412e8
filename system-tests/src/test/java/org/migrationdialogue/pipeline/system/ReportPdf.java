package org.migrationdialogue.pipeline.system;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/** Writes a small report as a real PDF (PDFBox), one line of text per line, as a user would upload it. */
public final class ReportPdf {

    private static final float MARGIN = 50;
    private static final float LEADING = 14;
    private static final int LINES_PER_PAGE = 48;

    private ReportPdf() {
    }

    /** Writes under a hidden name, then renames, so the folder watcher sees the file complete. */
    public static void write(Path target, String title, List<String> lines) throws IOException {
        Files.createDirectories(target.getParent());
        Path partial = target.resolveSibling("." + target.getFileName() + ".partial");
        try (PDDocument pdf = new PDDocument()) {
            pdf.getDocumentInformation().setTitle(title);
            for (int start = 0; start < lines.size(); start += LINES_PER_PAGE) {
                page(pdf, lines.subList(start, Math.min(lines.size(), start + LINES_PER_PAGE)));
            }
            pdf.save(partial.toFile());
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
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
