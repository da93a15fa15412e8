package org.migrationdialogue.pipeline.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.migrationdialogue.pipeline.common.events.ReportId;
import org.migrationdialogue.pipeline.ingest.extract.ExtractionResult.Extracted;
import org.migrationdialogue.pipeline.ingest.extract.ExtractionResult.Failed;

/** The Tika adapter in this JVM: type detection, metadata, cleaning, and the limits applied before parsing. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportExtractorTest {

    private Path spool;
    private ReportExtractor extractor;

    @BeforeAll
    void startExtractor(@TempDir Path spoolDirectory) {
        spool = spoolDirectory;
        extractor = new ReportExtractor(ExtractionSettings.defaults().withSpoolDirectory(spool));
    }

    @AfterAll
    void closeExtractor() {
        extractor.close();
    }

    static List<GoodFixture> goodFixtures() throws IOException {
        return GoodFixture.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goodFixtures")
    void shouldExtractTitleLanguagePagesAndCleanTextOfEachFormat(GoodFixture fixture) {
        // given a report built from a seed, in one of the supported formats
        ObjectContent content = FixtureContent.of(fixture);
        // when
        ExtractionResult result = extractor.extract(content);
        // then
        Extracted extracted = assertInstanceOf(Extracted.class, result, result::toString);
        GoodFixtureAssertions.assertMatches(fixture, extracted);
    }

    @Test
    void shouldHashTheRawBytesOfTheObject() throws IOException {
        // given
        GoodFixture fixture = GoodFixture.all().get(0);
        // when
        ExtractionResult result = extractor.extract(FixtureContent.of(fixture));
        // then
        assertEquals(ReportId.sha256Hex(fixture.content()), ((Extracted) result).contentSha256());
    }

    @Test
    void shouldRejectAnObjectOverTheDefaultLimitWithoutReadingIt(@TempDir Path directory) throws IOException {
        // given a sparse 101 MB file and the default 100 MB limit
        ObjectContent huge = BadInputCorpus.sparseHugeFile(directory);
        // when
        ExtractionResult result = extractor.extract(huge);
        // then
        assertEquals(
                new Failed(
                        "object too big: declared size 105906176 bytes; the limit is 104857600 bytes",
                        Stage.READ,
                        FailureKind.POISON),
                result);
    }

    @Test
    void shouldTriageAFailingBucketReadAsRetriable() {
        // given an object whose stream breaks after some bytes, as a dropped bucket connection does
        ObjectContent broken = new ObjectContent(
                "reports/som.pdf",
                "application/pdf",
                10_000,
                () -> new SequenceInputStream(new ByteArrayInputStream(new byte[5_000]), new FailingStream()));
        // when
        ExtractionResult result = extractor.extract(broken);
        // then
        Failed failed = assertInstanceOf(Failed.class, result);
        assertEquals(FailureKind.RETRIABLE, failed.kind());
        assertEquals(Stage.READ, failed.stage());
        assertTrue(failed.reason().contains("connection reset"), failed::reason);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("utf8Texts")
    void shouldReadAPlainTextFileThatIsValidUtf8AsUtf8(String language, String text) {
        // given a short plain-text report in UTF-8, without a byte-order mark, whose accents statistical charset
        // detectors take for an East Asian or a Windows encoding
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        ObjectContent content = new ObjectContent(
                "reports/note-" + language + ".txt", "text/plain", bytes.length, () -> new ByteArrayInputStream(bytes));
        // when
        ExtractionResult result = extractor.extract(content);
        // then its accented words come out as written
        Extracted extracted = assertInstanceOf(Extracted.class, result, result::toString);
        for (String word : text.split("[\\s,.:;()]+")) {
            assertTrue(extracted.cleanText().contains(word), () -> word + " missing from " + extracted.cleanText());
        }
    }

    static List<Arguments> utf8Texts() {
        return List.of(
                Arguments.of(
                        "es",
                        "Reunión técnica sobre la previsión de la migración laboral. Conclusiones: "
                                + "reforzar la cooperación en materia de retorno, readmisión y reintegración."),
                Arguments.of(
                        "fr",
                        "Réunion thématique à Dakar. Les États partenaires s'engagent à améliorer "
                                + "l'accès à l'information sur les voies légales."),
                Arguments.of(
                        "pt",
                        "Reunião de peritos em Lisboa: gestão das fronteiras, proteção internacional "
                                + "e cooperação regional."));
    }

    @Test
    void shouldLeaveNoSpoolFilesBehind() throws IOException {
        // given
        GoodFixture fixture = GoodFixture.all().get(0);
        // when
        extractor.extract(FixtureContent.of(fixture));
        // then
        try (var files = java.nio.file.Files.list(spool)) {
            assertFalse(files.anyMatch(file -> file.getFileName().toString().startsWith("extract-")));
        }
    }

    /** A stream failing like a reset connection. */
    private static final class FailingStream extends InputStream {
        @Override
        public int read() throws IOException {
            throw new IOException("connection reset");
        }
    }
}
