package org.migrationdialogue.pipeline.testing;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Writes a report as a real PDF (PDFBox), as a user would upload it: A4, Helvetica 10, lines wrapped at 95 characters,
 * 48 lines a page. The PDF writer of the system tests and of the benchmarks' corpora.
 */
public final class PdfReport {

    private static final float MARGIN = 50;
    private static final float LEADING = 14;
    private static final int LINES_PER_PAGE = 48;
    private static final int WIDTH = 95;
    /** What the standard Helvetica of a PDF can show. */
    private static final Charset WIN_ANSI = Charset.forName("windows-1252");

    private PdfReport() {}

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

    /**
     * Writes {@code lines} into an upload folder as a user's copy does: under a hidden name, then renamed, so the
     * folder watcher sees the file complete.
     */
    public static void drop(Path target, String title, List<String> lines) throws IOException {
        Files.createDirectories(target.getParent());
        Path partial = target.resolveSibling("." + target.getFileName() + ".partial");
        write(partial, title, lines);
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Writes a plain text as a user's PDF of it would show it: each line where it is (long lines wrapped), blank
     * lines kept; characters Helvetica cannot show lose their accents or become "?".
     */
    public static void writeText(Path file, String title, String text) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\\R", -1)) {
            lines.addAll(wrap(showable(line)));
        }
        write(file, title, lines);
    }

    private static String showable(String line) {
        CharsetEncoder encoder = WIN_ANSI.newEncoder();
        StringBuilder out = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (encoder.canEncode(c)) {
                out.append(c);
            } else {
                String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKD)
                        .replaceAll("\\p{M}", "");
                out.append(!base.isEmpty() && encoder.canEncode(base) ? base : "?");
            }
        }
        return out.toString().replace('\t', ' ');
    }

    /** Each block wrapped, with a blank line after it: the lines of a report of paragraphs. */
    public static List<String> lines(List<String> blocks) {
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
