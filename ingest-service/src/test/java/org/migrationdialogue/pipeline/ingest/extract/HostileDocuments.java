package org.migrationdialogue.pipeline.ingest.extract;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Documents built to attack the parser rather than to be read: external entities that would pull a local file
 * into the text (XXE), entities that expand a few bytes into gigabytes ("billion laughs"), and Word files carrying
 * a nested zip bomb or more embedded files than any report has. Office formats, since those are the XML the
 * pipeline accepts.
 */
public final class HostileDocuments {

    /** What the local file an XXE document points at holds: it must never show up in any output. */
    public static final String SECRET = "SECRET-OF-THE-HOST-7f3a9c";
    /** Copies of the level below in each level of the nested zip bomb. */
    private static final int BOMB_FAN_OUT = 10;
    /** Levels of zips in the bomb: the leaves are four embedded documents deep in the DOCX. */
    private static final int BOMB_LEVELS = 3;
    /** 1 MB of zeros per leaf: 1,000 leaves inflate to 1 GB out of 1 MB. */
    private static final int BOMB_LEAF_BYTES = 1024 * 1024;
    /** One more embedded file than the limit allows. */
    private static final int MANY = ExtractionSettings.MAX_EMBEDDED_DOCUMENTS + 1;

    private static final String ODT_TYPE = "application/vnd.oasis.opendocument.text";
    private static final String DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private HostileDocuments() {}

    /** An ODT whose text declares an external entity naming a local file holding {@link #SECRET}. */
    static ObjectContent xxeOdt(Path directory) throws IOException {
        Path secret = Files.writeString(directory.resolve("host-secret.txt"), SECRET);
        String content = ODT_CONTENT.formatted(
                "<!DOCTYPE office:document-content [<!ENTITY secret SYSTEM \"" + secret.toUri() + "\">]>",
                "<text:p>Opening of the meeting: &secret;</text:p>");
        return bytes("minutes-xxe.odt", ODT_TYPE, odt(content));
    }

    /** An ODT whose text is one entity expanding ten times over nine levels: 10⁹ "lol"s out of 1 kB. */
    static ObjectContent billionLaughsOdt(Path directory) throws IOException {
        StringBuilder entities = new StringBuilder("<!ENTITY lol0 \"lol\">");
        for (int level = 1; level <= 9; level++) {
            entities.append("<!ENTITY lol")
                    .append(level)
                    .append(" \"")
                    .append(("&lol" + (level - 1) + ";").repeat(10))
                    .append("\">");
        }
        String content = ODT_CONTENT.formatted(
                "<!DOCTYPE office:document-content [" + entities + "]>", "<text:p>Conclusions: &lol9;</text:p>");
        return bytes("laughs.odt", ODT_TYPE, odt(content));
    }

    /**
     * A DOCX with a short text and, embedded as a package, a zip of zips of zips of 1 MB zero files: 1,110 files
     * inflating to 1 GB, the deepest four levels down.
     */
    static ObjectContent docxWithZipBomb(Path directory) throws IOException {
        byte[] level = zipOfCopies("zeros.bin", new byte[BOMB_LEAF_BYTES]);
        for (int depth = 2; depth <= BOMB_LEVELS; depth++) {
            level = zipOfCopies("level" + (depth - 1) + ".zip", level);
        }
        return bytes("annex-bomb.docx", DOCX_TYPE, docxWithEmbedded("archive", "zip", "application/zip", 1, level));
    }

    /** A DOCX with one more embedded text file than {@link ExtractionSettings#MAX_EMBEDDED_DOCUMENTS}. */
    static ObjectContent docxWithTooManyEmbedded(Path directory) throws IOException {
        return bytes(
                "many-annexes.docx",
                DOCX_TYPE,
                docxWithEmbedded(
                        "annex", "txt", "text/plain", MANY, "Annex to the report.".getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] zipOfCopies(String name, byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < BOMB_FAN_OUT; i++) {
                zip.putNextEntry(new ZipEntry(i + "-" + name));
                zip.write(content);
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** A DOCX whose document relates to {@code count} embedded packages named {@code <name>N.<extension>}. */
    private static byte[] docxWithEmbedded(String name, String extension, String contentType, int count, byte[] content)
            throws IOException {
        StringBuilder relationships = new StringBuilder();
        for (int i = 1; i <= count; i++) {
            relationships
                    .append("<Relationship Id=\"rIdE")
                    .append(i)
                    .append("\" Type=\"")
                    .append("http://schemas.openxmlformats.org/officeDocument/2006/relationships/package")
                    .append("\" Target=\"embeddings/")
                    .append(name)
                    .append(i)
                    .append('.')
                    .append(extension)
                    .append("\"/>");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            FixtureFactory.entry(
                    zip,
                    "[Content_Types].xml",
                    BadInputCorpus.DOCX_CONTENT_TYPES.replace(
                            "<Default Extension=\"xml\"",
                            "<Default Extension=\"" + extension + "\" ContentType=\"" + contentType
                                    + "\"/>\n<Default Extension=\"xml\""));
            FixtureFactory.entry(zip, "_rels/.rels", BadInputCorpus.DOCX_RELS);
            FixtureFactory.entry(zip, "word/document.xml", DOCX_DOCUMENT);
            FixtureFactory.entry(zip, "word/_rels/document.xml.rels", DOCUMENT_RELS.formatted(relationships));
            for (int i = 1; i <= count; i++) {
                zip.putNextEntry(new ZipEntry("word/embeddings/" + name + i + "." + extension));
                zip.write(content);
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] odt(String content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            FixtureFactory.storeMimetype(zip, ODT_TYPE);
            FixtureFactory.entry(zip, "META-INF/manifest.xml", FixtureFactory.ODT_MANIFEST);
            FixtureFactory.entry(zip, "content.xml", content);
        }
        return bytes.toByteArray();
    }

    private static ObjectContent bytes(String key, String declaredType, byte[] content) {
        return new ObjectContent(key, declaredType, content.length, () -> new ByteArrayInputStream(content));
    }

    /** The document type declaration, then the paragraphs. */
    private static final String ODT_CONTENT = """
            <?xml version="1.0" encoding="UTF-8"?>
            %s
            <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
             <office:body><office:text>
             <text:h>Senior Officials Meeting</text:h>
             %s
             </office:text></office:body>
            </office:document-content>
            """;

    private static final String DOCUMENT_RELS = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s</Relationships>
            """;

    private static final String DOCX_DOCUMENT = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
            <w:p><w:r><w:t>Senior Officials Meeting. The annexes follow.</w:t></w:r></w:p>
            </w:body></w:document>
            """;
}
