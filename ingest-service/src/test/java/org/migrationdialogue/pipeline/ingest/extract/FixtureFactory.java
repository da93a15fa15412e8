package org.migrationdialogue.pipeline.ingest.extract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Builds the good fixtures from the seed reports, by code, so they are reproducible and reviewable: a
 * multi-page PDF with a running header and page numbers, DOCX, ODT, RTF, HTML, Markdown and plain text.
 * DOC is left out: POI cannot write Word 97 files from scratch.
 */
final class FixtureFactory {

    static final String HEADER_LEFT = "Project funded by the European Union";
    static final String HEADER_RIGHT = "Project implemented by ICMPD and FIIAPP";
    static final String AUTHOR = "Rabat Process Support Project";
    static final int LINES_PER_PAGE = 50;

    private static final float MARGIN = 50;
    private static final float FONT_SIZE = 9;
    private static final float LEADING = 12;
    /** Standard 14 fonts encode WinAnsi (windows-1252) only; other characters are replaced. */
    private static final Charset WIN_ANSI = Charset.forName("windows-1252");

    private FixtureFactory() {}

    /** Pages the PDF of {@code document} has. */
    static int pdfPages(SeedDocument document) {
        return (document.wrappedLines().size() + LINES_PER_PAGE - 1) / LINES_PER_PAGE;
    }

    static byte[] pdf(SeedDocument document) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PDFont font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            List<String> lines = document.wrappedLines();
            int pages = pdfPages(document);
            for (int page = 0; page < pages; page++) {
                List<String> pageLines =
                        lines.subList(page * LINES_PER_PAGE, Math.min(lines.size(), (page + 1) * LINES_PER_PAGE));
                addPage(pdf, font, pageLines, page + 1);
            }
            describe(pdf.getDocumentInformation(), document.title());
            return save(pdf);
        }
    }

    private static void addPage(PDDocument pdf, PDFont font, List<String> lines, int number) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        pdf.addPage(page);
        float top = page.getMediaBox().getHeight() - MARGIN;
        float right = page.getMediaBox().getWidth() - MARGIN;
        try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
            text(content, font, MARGIN, top, HEADER_LEFT);
            text(content, font, right - font.getStringWidth(HEADER_RIGHT) / 1000 * FONT_SIZE, top, HEADER_RIGHT);
            float y = top - 3 * LEADING;
            for (String line : lines) {
                text(content, font, MARGIN, y, line);
                y -= LEADING;
            }
            text(content, font, page.getMediaBox().getWidth() / 2, MARGIN / 2, Integer.toString(number));
        }
    }

    private static void text(PDPageContentStream content, PDFont font, float x, float y, String text)
            throws IOException {
        content.beginText();
        content.setFont(font, FONT_SIZE);
        content.newLineAtOffset(x, y);
        content.showText(winAnsi(text));
        content.endText();
    }

    private static String winAnsi(String text) {
        CharsetEncoder encoder = WIN_ANSI.newEncoder();
        StringBuilder out = new StringBuilder(text.length());
        text.chars().forEach(c -> out.append(encoder.canEncode((char) c) ? (char) c : '?'));
        return out.toString();
    }

    private static void describe(PDDocumentInformation info, String title) {
        info.setTitle(title);
        info.setAuthor(AUTHOR);
        Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        created.set(2014, Calendar.JUNE, 30, 12, 0, 0);
        info.setCreationDate(created);
    }

    static byte[] save(PDDocument pdf) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pdf.save(out);
        return out.toByteArray();
    }

    /** DOCX with a running header, headings, paragraphs and bullet items as paragraphs. */
    static byte[] docx(SeedDocument document, int declaredPages) throws IOException {
        try (XWPFDocument docx = new XWPFDocument()) {
            docx.createHeader(HeaderFooterType.DEFAULT)
                    .createParagraph()
                    .createRun()
                    .setText(HEADER_LEFT + "\t" + HEADER_RIGHT);
            for (String block : document.blocks()) {
                XWPFParagraph paragraph = docx.createParagraph();
                paragraph.setStyle(SeedDocument.isHeading(block) ? "Heading2" : "Normal");
                paragraph.createRun().setText(block);
            }
            docx.getProperties().getCoreProperties().setTitle(document.title());
            docx.getProperties().getCoreProperties().setCreator(AUTHOR);
            docx.getProperties()
                    .getExtendedProperties()
                    .getUnderlyingProperties()
                    .setPages(declaredPages);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            docx.write(out);
            return out.toByteArray();
        }
    }

    /** A DOCX list of participants: a heading, a lead-in paragraph and a table of people, a row each. */
    static byte[] participantsDocx(List<List<String>> rows) throws IOException {
        try (XWPFDocument docx = new XWPFDocument()) {
            addHeadingStyle(docx, 1);
            XWPFParagraph heading = docx.createParagraph();
            heading.setStyle("Heading1");
            heading.createRun().setText("List of participants");
            docx.createParagraph().createRun().setText("The following delegations attended the meeting.");
            XWPFTable table = docx.createTable(rows.size(), rows.getFirst().size());
            for (int r = 0; r < rows.size(); r++) {
                XWPFTableRow row = table.getRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.getCell(c).setText(rows.get(r).get(c));
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            docx.write(out);
            return out.toByteArray();
        }
    }

    /** Word's "heading N" style, by which Tika knows a heading (a paragraph style id alone says nothing). */
    private static void addHeadingStyle(XWPFDocument docx, int level) {
        org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle style =
                org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle.Factory.newInstance();
        style.setStyleId("Heading" + level);
        style.addNewName().setVal("heading " + level);
        style.setType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType.PARAGRAPH);
        docx.createStyles().addStyle(new XWPFStyle(style));
    }

    /**
     * One A4 page: a title across the page, then two columns of wrapped lines side by side.
     *
     * @param columnByColumn true to write the left column's lines, then the right's (as LaTeX and Word write
     *                       their content streams); false to write each left line then the right line beside it
     */
    static byte[] twoColumnPdf(String title, List<String> left, List<String> right, boolean columnByColumn)
            throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PDFont font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            float width = page.getMediaBox().getWidth();
            float top = page.getMediaBox().getHeight() - MARGIN;
            float rightColumn = width / 2 + MARGIN / 4;
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                text(content, font, MARGIN, top, title);
                float first = top - 3 * LEADING;
                if (columnByColumn) {
                    column(content, font, MARGIN, first, left);
                    column(content, font, rightColumn, first, right);
                } else {
                    for (int line = 0; line < Math.max(left.size(), right.size()); line++) {
                        float y = first - line * LEADING;
                        if (line < left.size()) {
                            text(content, font, MARGIN, y, left.get(line));
                        }
                        if (line < right.size()) {
                            text(content, font, rightColumn, y, right.get(line));
                        }
                    }
                }
            }
            describe(pdf.getDocumentInformation(), title);
            return save(pdf);
        }
    }

    private static void column(PDPageContentStream content, PDFont font, float x, float top, List<String> lines)
            throws IOException {
        float y = top;
        for (String line : lines) {
            text(content, font, x, y, line);
            y -= LEADING;
        }
    }

    static String html(SeedDocument document) {
        StringBuilder body = new StringBuilder();
        for (String block : document.blocks()) {
            body.append(htmlBlock(block)).append('\n');
        }
        return """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>%s</title>
                <meta name="author" content="%s"></head>
                <body>
                <header>%s &#8212; %s</header>
                %s</body></html>
                """.formatted(escape(document.title()), AUTHOR, HEADER_LEFT, HEADER_RIGHT, body);
    }

    private static String htmlBlock(String block) {
        if (SeedDocument.isItem(block)) {
            return "<ul><li>" + escape(block.replaceFirst("^• ", "")) + "</li></ul>";
        }
        return SeedDocument.isHeading(block) ? "<h2>" + escape(block) + "</h2>" : "<p>" + escape(block) + "</p>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    static String markdown(SeedDocument document) {
        StringBuilder out = new StringBuilder("# ").append(document.title()).append("\n\n");
        for (String block : document.blocks()) {
            String line = SeedDocument.isHeading(block) ? "## " + block : block.replaceFirst("^• ", "- ");
            out.append(line).append(SeedDocument.isItem(block) ? "\n" : "\n\n");
        }
        return out.toString();
    }

    /** RTF 1.x: characters beyond ASCII as \\uN? escapes. */
    static String rtf(SeedDocument document) {
        StringBuilder out = new StringBuilder("{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Times New Roman;}}")
                .append("{\\info{\\title ")
                .append(rtfEscape(document.title()))
                .append("}{\\author ")
                .append(AUTHOR)
                .append("}}\n");
        for (String block : document.blocks()) {
            out.append(rtfEscape(block)).append("\\par\n");
        }
        return out.append('}').toString();
    }

    private static String rtfEscape(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> out.append(c < 128 ? rtfAscii((char) c) : "\\u" + (short) c + "?"));
        return out.toString();
    }

    private static String rtfAscii(char c) {
        return "\\{}".indexOf(c) >= 0 ? "\\" + c : String.valueOf(c);
    }

    /** ODT: a zip with the mimetype first and stored, content.xml and meta.xml (title, page count). */
    static byte[] odt(SeedDocument document, int declaredPages) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            storeMimetype(zip, "application/vnd.oasis.opendocument.text");
            entry(zip, "META-INF/manifest.xml", ODT_MANIFEST);
            entry(zip, "meta.xml", ODT_META.formatted(escape(document.title()), AUTHOR, declaredPages));
            entry(zip, "content.xml", ODT_CONTENT.formatted(odtBody(document)));
        }
        return bytes.toByteArray();
    }

    private static String odtBody(SeedDocument document) {
        StringBuilder body = new StringBuilder();
        for (String block : document.blocks()) {
            String element = SeedDocument.isHeading(block) ? "text:h" : "text:p";
            body.append('<')
                    .append(element)
                    .append('>')
                    .append(escape(block))
                    .append("</")
                    .append(element)
                    .append(">\n");
        }
        return body.toString();
    }

    static void storeMimetype(ZipOutputStream zip, String mimetype) throws IOException {
        byte[] data = mimetype.getBytes(StandardCharsets.US_ASCII);
        ZipEntry entry = new ZipEntry("mimetype");
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(data.length);
        CRC32 crc = new CRC32();
        crc.update(data);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        zip.write(data);
        zip.closeEntry();
    }

    static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    static Path write(Path directory, String name, byte[] content) throws IOException {
        Path file = directory.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(content);
        }
        return file;
    }

    static final String ODT_MANIFEST = """
            <?xml version="1.0" encoding="UTF-8"?>
            <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"
                manifest:version="1.2">
             <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
             <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
             <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
            </manifest:manifest>
            """;

    private static final String ODT_META = """
            <?xml version="1.0" encoding="UTF-8"?>
            <office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
                office:version="1.2">
             <office:meta><dc:title>%s</dc:title><dc:creator>%s</dc:creator>
              <meta:document-statistic meta:page-count="%d"/></office:meta>
            </office:document-meta>
            """;

    private static final String ODT_CONTENT = """
            <?xml version="1.0" encoding="UTF-8"?>
            <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
             <office:body><office:text>
            %s</office:text></office:body>
            </office:document-content>
            """;
}
