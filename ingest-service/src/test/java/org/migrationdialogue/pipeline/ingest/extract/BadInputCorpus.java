package org.migrationdialogue.pipeline.ingest.extract;

import static org.migrationdialogue.pipeline.ingest.extract.FailureKind.POISON;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.migrationdialogue.pipeline.ingest.clean.Seeds;

/**
 * Bad objects, built by code: each must give exactly one {@link ExtractionResult.Failed} of the expected
 * kind and stage, under {@link #settings}. Scans without any text (an image-only PDF and a PNG of a grey
 * checkerboard) are bad input only where OCR runs, which then finds nothing in them; where it does not, they are
 * scans whose text is missing, indexed and flagged ({@code OcrExtractionTest}), so the corpus leaves them out.
 */
public final class BadInputCorpus {

    /** 2 MB: lets the corpus test the size limit with small files. */
    public static final long MAX_BYTES = 2L * 1024 * 1024;
    /** 200,000 characters: lets the corpus test the write limit with a 300 kB line. */
    public static final int MAX_CHARS = 200_000;
    /** Fixed, so the random bytes and therefore the outcomes are the same on every run. */
    private static final long SEED = 20140626L;

    private static final String DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private BadInputCorpus() {}

    static ExtractionSettings settings(Path spool) {
        return ExtractionSettings.defaults()
                .withMaxBytes(MAX_BYTES)
                .withMaxChars(MAX_CHARS)
                .withSpoolDirectory(spool);
    }

    /** The corpus for extraction with the default settings on this host: with OCR if Tesseract is installed. */
    public static List<BadInput> all() {
        return all(OcrStatus.detect(OcrSettings.defaults()).on());
    }

    /** The corpus for extraction with OCR ({@code ocr}) or without. */
    static List<BadInput> all(boolean ocr) {
        List<BadInput> corpus = new ArrayList<>(everywhere());
        if (ocr) {
            corpus.add(new BadInput(
                    "image-only PDF without text",
                    BadInputCorpus::imageOnlyPdf,
                    POISON,
                    Stage.CLEAN,
                    "contains no text (OCR read 1 page and found none)"));
            corpus.add(new BadInput(
                    "PNG image without text",
                    BadInputCorpus::pngImage,
                    POISON,
                    Stage.CLEAN,
                    "contains no text (OCR read 1 page and found none)"));
        }
        return List.copyOf(corpus);
    }

    private static List<BadInput> everywhere() {
        return List.of(
                new BadInput("zero-byte object", BadInputCorpus::zeroBytes, POISON, Stage.READ, "empty"),
                new BadInput(
                        "declared size over the limit", BadInputCorpus::declaredTooBig, POISON, Stage.READ, "too big"),
                new BadInput(
                        "stream longer than the limit, size unknown",
                        BadInputCorpus::streamTooLong,
                        POISON,
                        Stage.READ,
                        "too big"),
                new BadInput("sparse 101 MB file", BadInputCorpus::sparseHugeFile, POISON, Stage.READ, "too big"),
                new BadInput("truncated PDF", BadInputCorpus::truncatedPdf, POISON, Stage.PARSE, "corrupt"),
                new BadInput("PDF header then garbage", BadInputCorpus::corruptPdf, POISON, Stage.PARSE, "corrupt"),
                new BadInput("encrypted PDF", BadInputCorpus::encryptedPdf, POISON, Stage.PARSE, "encrypted"),
                new BadInput("PDF with zero pages", BadInputCorpus::zeroPagePdf, POISON, Stage.CLEAN, "no text"),
                new BadInput(
                        "zip bomb disguised as DOCX", BadInputCorpus::zipBombDocx, POISON, Stage.PARSE, "zip bomb"),
                new BadInput(
                        "DOCX holding a nested zip bomb",
                        HostileDocuments::docxWithZipBomb,
                        POISON,
                        Stage.PARSE,
                        "embedded documents nested more than 3 levels deep"),
                new BadInput(
                        "DOCX with 1,001 embedded files",
                        HostileDocuments::docxWithTooManyEmbedded,
                        POISON,
                        Stage.PARSE,
                        "more than 1000 embedded documents"),
                new BadInput(
                        "XXE: ODT with an external entity naming a local file",
                        HostileDocuments::xxeOdt,
                        POISON,
                        Stage.PARSE,
                        "XML declaring entities"),
                new BadInput(
                        "billion laughs: ODT with nested entities",
                        HostileDocuments::billionLaughsOdt,
                        POISON,
                        Stage.PARSE,
                        "XML declaring entities"),
                new BadInput(
                        "DOCX with a broken XML part", BadInputCorpus::brokenXmlDocx, POISON, Stage.PARSE, "corrupt"),
                new BadInput("truncated DOCX", BadInputCorpus::truncatedDocx, POISON, Stage.PARSE, "corrupt"),
                new BadInput(
                        "binary garbage named .pdf",
                        BadInputCorpus::garbageNamedPdf,
                        POISON,
                        Stage.DETECT,
                        "unsupported type application/octet-stream"),
                new BadInput("ELF executable", BadInputCorpus::elfExecutable, POISON, Stage.DETECT, "unsupported type"),
                new BadInput(
                        "zip of nothing",
                        BadInputCorpus::emptyZip,
                        POISON,
                        Stage.DETECT,
                        "unsupported type application/zip"),
                new BadInput("WAV audio", BadInputCorpus::wavAudio, POISON, Stage.DETECT, "unsupported type audio"),
                new BadInput(
                        "gzipped text",
                        BadInputCorpus::gzippedText,
                        POISON,
                        Stage.DETECT,
                        "unsupported type application/gzip"),
                new BadInput("HTML with only script", BadInputCorpus::scriptOnlyHtml, POISON, Stage.CLEAN, "no text"),
                new BadInput("whitespace-only text", BadInputCorpus::whitespaceText, POISON, Stage.CLEAN, "no text"),
                new BadInput("invalid UTF-16 text", BadInputCorpus::invalidUtf16, POISON, Stage.CLEAN, "undecodable"),
                new BadInput(
                        "huge single line",
                        BadInputCorpus::hugeSingleLine,
                        POISON,
                        Stage.PARSE,
                        "more than 200000 characters"));
    }

    private static ObjectContent zeroBytes(Path directory) {
        return bytes("empty.pdf", "application/pdf", new byte[0]);
    }

    private static ObjectContent declaredTooBig(Path directory) throws IOException {
        Path file = FixtureFactory.write(directory, "big.pdf", random(3 * 1024 * 1024));
        return ObjectContent.ofPath(file, "big.pdf", "application/pdf");
    }

    private static ObjectContent streamTooLong(Path directory) {
        byte[] content = random(3 * 1024 * 1024);
        return new ObjectContent("big-unknown.pdf", null, -1, () -> new ByteArrayInputStream(content));
    }

    /** A file whose 101 MB occupy no disk and are never read: the limit applies to the declared size. */
    static ObjectContent sparseHugeFile(Path directory) throws IOException {
        Path file = directory.resolve("sparse.pdf");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(101L * 1024 * 1024);
        }
        return ObjectContent.ofPath(file, "sparse.pdf", "application/pdf");
    }

    private static ObjectContent truncatedPdf(Path directory) throws IOException {
        byte[] pdf = FixtureFactory.pdf(SeedDocument.of(Seeds.SOM_RABAT_2014, "truncated"));
        return bytes("truncated.pdf", "application/pdf", Arrays.copyOf(pdf, 1500));
    }

    private static ObjectContent corruptPdf(Path directory) {
        byte[] header = "%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R".getBytes(StandardCharsets.US_ASCII);
        return bytes("corrupt.pdf", "application/pdf", concat(header, random(20_000)));
    }

    private static ObjectContent encryptedPdf(Path directory) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            pdf.addPage(new PDPage());
            pdf.protect(new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission()));
            return bytes("encrypted.pdf", "application/pdf", FixtureFactory.save(pdf));
        }
    }

    private static ObjectContent zeroPagePdf(Path directory) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            return bytes("no-pages.pdf", "application/pdf", FixtureFactory.save(pdf));
        }
    }

    private static ObjectContent imageOnlyPdf(Path directory) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            PDImageXObject image = LosslessFactory.createFromImage(pdf, scan());
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                content.drawImage(image, 50, 300, 500, 250);
            }
            return bytes("scanned.pdf", "application/pdf", FixtureFactory.save(pdf));
        }
    }

    /** A grey rectangle standing in for a scanned page. */
    private static BufferedImage scan() {
        BufferedImage image = new BufferedImage(400, 200, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                image.setRGB(x, y, (x / 20 + y / 20) % 2 == 0 ? 0xDDDDDD : 0x999999);
            }
        }
        return image;
    }

    /** A DOCX-shaped zip whose document part inflates 20 MB out of a few kilobytes. */
    private static ObjectContent zipBombDocx(Path directory) throws IOException {
        String body = "<w:p><w:r><w:t>" + "A".repeat(20 * 1024 * 1024) + "</w:t></w:r></w:p>";
        return bytes("minutes.docx", DOCX_TYPE, docxWithDocumentXml(DOCX_DOCUMENT.formatted(body)));
    }

    private static ObjectContent brokenXmlDocx(Path directory) throws IOException {
        String broken = DOCX_DOCUMENT
                .formatted("<w:p><w:r><w:t>Opening session</w:t></w:r></w:p>")
                .replace("</w:body>", "<w:p><w:r><w:t>unclosed");
        return bytes("broken.docx", DOCX_TYPE, docxWithDocumentXml(broken));
    }

    private static ObjectContent truncatedDocx(Path directory) throws IOException {
        byte[] docx = FixtureFactory.docx(SeedDocument.of(Seeds.SOM_RABAT_2014, "truncated"), 1);
        return bytes("truncated.docx", DOCX_TYPE, Arrays.copyOf(docx, docx.length / 2));
    }

    private static byte[] docxWithDocumentXml(String documentXml) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            FixtureFactory.entry(zip, "[Content_Types].xml", DOCX_CONTENT_TYPES);
            FixtureFactory.entry(zip, "_rels/.rels", DOCX_RELS);
            FixtureFactory.entry(zip, "word/document.xml", documentXml);
        }
        return bytes.toByteArray();
    }

    private static ObjectContent garbageNamedPdf(Path directory) {
        return bytes("report.pdf", "application/pdf", random(64 * 1024));
    }

    private static ObjectContent elfExecutable(Path directory) {
        byte[] header = {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3E, 0};
        return bytes("report.docx", DOCX_TYPE, concat(header, random(4096)));
    }

    private static ObjectContent pngImage(Path directory) throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(scan(), "png", png);
        return bytes("page-1.png", "image/png", png.toByteArray());
    }

    private static ObjectContent emptyZip(Path directory) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new ZipOutputStream(bytes).close();
        return bytes("reports.zip", "application/zip", bytes.toByteArray());
    }

    /** One second of 8 kHz mono silence. */
    private static ObjectContent wavAudio(Path directory) {
        int samples = 8000;
        ByteBuffer wav = ByteBuffer.allocate(44 + samples).order(ByteOrder.LITTLE_ENDIAN);
        wav.put("RIFF".getBytes(StandardCharsets.US_ASCII))
                .putInt(36 + samples)
                .put("WAVEfmt ".getBytes(StandardCharsets.US_ASCII))
                .putInt(16)
                .putShort((short) 1)
                .putShort((short) 1)
                .putInt(8000)
                .putInt(8000)
                .putShort((short) 1)
                .putShort((short) 8)
                .put("data".getBytes(StandardCharsets.US_ASCII))
                .putInt(samples);
        return bytes("minutes.wav", "audio/wav", wav.array());
    }

    private static ObjectContent gzippedText(Path directory) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write(Seeds.SOM_RABAT_2014.text().getBytes(StandardCharsets.UTF_8));
        }
        return bytes("report.txt.gz", "application/gzip", bytes.toByteArray());
    }

    private static ObjectContent scriptOnlyHtml(Path directory) {
        String html = "<html><head><script>var report = 1;</script></head>"
                + "<body><script>document.write('hello');</script></body></html>";
        return bytes("report.html", "text/html", html.getBytes(StandardCharsets.UTF_8));
    }

    private static ObjectContent whitespaceText(Path directory) {
        return bytes("report.txt", "text/plain", " \n\n\t  \n \u00A0\n".getBytes(StandardCharsets.UTF_8));
    }

    /** A UTF-16 byte-order mark followed by unpaired high surrogates: every character is undecodable. */
    private static ObjectContent invalidUtf16(Path directory) {
        byte[] content = new byte[2 + 4000];
        content[0] = (byte) 0xFE;
        content[1] = (byte) 0xFF;
        for (int i = 2; i < content.length; i += 4) {
            content[i] = (byte) 0xD8;
            content[i + 2] = 0x00;
            content[i + 3] = 0x41;
        }
        return bytes("report-utf16.txt", "text/plain", content);
    }

    private static ObjectContent hugeSingleLine(Path directory) {
        byte[] line = "migration ".repeat(30_000).getBytes(StandardCharsets.US_ASCII);
        return bytes("one-line.txt", "text/plain", line);
    }

    private static ObjectContent bytes(String key, String declaredType, byte[] content) {
        return new ObjectContent(key, declaredType, content.length, () -> new ByteArrayInputStream(content));
    }

    private static byte[] random(int size) {
        byte[] bytes = new byte[size];
        new Random(SEED).nextBytes(bytes);
        return bytes;
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    static final String DOCX_CONTENT_TYPES = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
            <Default Extension="xml" ContentType="application/xml"/>
            <Override PartName="/word/document.xml" \
            ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
            </Types>
            """;

    static final String DOCX_RELS = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
            <Relationship Id="rId1" \
            Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
            Target="word/document.xml"/>
            </Relationships>
            """;

    private static final String DOCX_DOCUMENT = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s</w:body>
            </w:document>
            """;
}
