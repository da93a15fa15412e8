package org.migrationdialogue.pipeline.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Measures in which order PDF text comes out of two-column pages, for both orders Tika can ask of PDFBox: the
 * content stream's order ({@code sortByPosition=false}, Tika's default and ours) and sorted by position. Tika's
 * PDF2XHTML is a PDFBox {@link PDFTextStripper}, so the lines and their order are the ones measured here.
 *
 * <p>For each output line: the columns its glyphs fall in (left or right of the page's middle). A line with glyphs
 * on both sides spans the page (a title, or two columns' lines run together); between two of those, the lines
 * out of order are those to remove for all left-column lines to come before all right-column lines.
 *
 * <p>Usage: {@code ColumnOrder FILE.pdf ...}, or {@code ColumnOrder --generated DIR} to write and measure two
 * generated two-column pages (content stream column by column, and line by line across the columns).
 */
public final class ColumnOrder extends PDFTextStripper {

    private final List<Line> lines = new ArrayList<>();
    private final List<TextPosition> current = new ArrayList<>();
    private float middle;
    private int page;

    private ColumnOrder(boolean sortByPosition) {
        setSortByPosition(sortByPosition);
    }

    public static void main(String[] args) throws IOException {
        List<Path> files = new ArrayList<>();
        if (args.length == 2 && "--generated".equals(args[0])) {
            files.add(generated(Path.of(args[1]).resolve("generated-column-by-column.pdf"), true));
            files.add(generated(Path.of(args[1]).resolve("generated-line-across.pdf"), false));
        } else {
            for (String arg : args) {
                files.add(Path.of(arg));
            }
        }
        System.out.println("file | order | pages | lines | lines across both columns | column lines out of order");
        for (Path file : files) {
            for (boolean sorted : new boolean[] {false, true}) {
                System.out.println(file.getFileName() + " | " + (sorted ? "sorted by position" : "content stream")
                        + " | " + measure(file, sorted));
            }
        }
    }

    private static String measure(Path file, boolean sorted) throws IOException {
        ColumnOrder stripper = new ColumnOrder(sorted);
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            stripper.getText(document);
        }
        Map<Integer, List<Line>> byPage = new TreeMap<>();
        stripper.lines.forEach(line ->
                byPage.computeIfAbsent(line.page, p -> new ArrayList<>()).add(line));
        int across = 0;
        int outOfOrder = 0;
        for (List<Line> pageLines : byPage.values()) {
            List<Boolean> section = new ArrayList<>();
            for (Line line : pageLines) {
                if (line.left && line.right) {
                    across++;
                    outOfOrder += outOfOrder(section);
                    section.clear();
                } else {
                    section.add(line.right);
                }
            }
            outOfOrder += outOfOrder(section);
        }
        return byPage.size() + " | " + stripper.lines.size() + " | " + across + " | " + outOfOrder;
    }

    /** Lines to remove so that every left-column line (false) comes before every right-column line (true). */
    private static int outOfOrder(List<Boolean> section) {
        int rights = (int) section.stream().filter(right -> right).count();
        int best = rights;
        int lefts = 0;
        for (boolean right : section) {
            if (right) {
                rights--;
            } else {
                lefts++;
            }
            best = Math.max(best, lefts + rights);
        }
        return section.size() - best;
    }

    @Override
    protected void startPage(PDPage pdPage) throws IOException {
        page++;
        middle = pdPage.getMediaBox().getWidth() / 2;
        super.startPage(pdPage);
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        current.addAll(positions);
    }

    @Override
    protected void writeLineSeparator() {
        endLine();
    }

    @Override
    protected void endPage(PDPage pdPage) {
        endLine();
    }

    private void endLine() {
        boolean left = false;
        boolean right = false;
        for (TextPosition glyph : current) {
            if (glyph.getUnicode().isBlank()) {
                continue;
            }
            left |= glyph.getXDirAdj() + glyph.getWidthDirAdj() < middle;
            right |= glyph.getXDirAdj() > middle;
        }
        if (left || right) {
            lines.add(new Line(page, left, right));
        }
        current.clear();
    }

    private record Line(int page, boolean left, boolean right) {}

    /** A page of 40 lines a column under a title, its content stream column by column or line by line across. */
    private static Path generated(Path file, boolean columnByColumn) throws IOException {
        Files.createDirectories(file.getParent());
        try (PDDocument pdf = new PDDocument()) {
            PDPage pdPage = new PDPage(PDRectangle.A4);
            pdf.addPage(pdPage);
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            float top = pdPage.getMediaBox().getHeight() - 50;
            float rightX = pdPage.getMediaBox().getWidth() / 2 + 12;
            try (PDPageContentStream content = new PDPageContentStream(pdf, pdPage)) {
                show(content, font, 50, top, "Summary of debates of the thematic meeting");
                int rows = 40;
                for (int pass = 0; pass < (columnByColumn ? 2 : 1); pass++) {
                    for (int row = 0; row < rows; row++) {
                        float y = top - 36 - row * 12;
                        if (!columnByColumn || pass == 0) {
                            show(content, font, 50, y, "Left column line " + row + " on the protection of migrants");
                        }
                        if (!columnByColumn || pass == 1) {
                            show(content, font, rightX, y, "Right column line " + row + " on return and diaspora");
                        }
                    }
                }
            }
            pdf.save(file.toFile());
        }
        return file;
    }

    private static void show(PDPageContentStream content, PDType1Font font, float x, float y, String text)
            throws IOException {
        content.beginText();
        content.setFont(font, 9);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }
}
