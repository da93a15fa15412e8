package org.migrationdialogue.pipeline.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OcrStatusTest {

    @Test
    void shouldBeOffSayingWhatToInstallWhereNoTesseractIsOnThePath(@TempDir Path empty) {
        // given a PATH without tesseract
        String path = empty.toString();
        // when
        OcrStatus status = OcrStatus.detect(OcrSettings.defaults(), path);
        // then
        assertFalse(status.on());
        assertEquals("off: Tesseract is not installed (" + OcrStatus.INSTALL + ")", status.describe());
    }

    @Test
    void shouldBeOffWhenDisabledEvenWhereTesseractIsInstalled() {
        // given OCR_ENABLED=false, whatever the host has
        OcrSettings disabled = OcrSettings.defaults().disabled();
        // when
        OcrStatus status = OcrStatus.detect(disabled);
        // then
        assertEquals("off: OCR is disabled (OCR_ENABLED=false)", status.describe());
    }

    @Test
    void shouldBeOffNamingThePackagesWhenTesseractHasNoneOfTheLanguages(@TempDir Path bin) throws IOException {
        // given a tesseract that only knows Klingon
        fakeTesseract(bin, "List of available languages in \"/x\" (1):\\ntlh");
        // when
        OcrStatus status = OcrStatus.detect(OcrSettings.defaults(), bin.toString());
        // then
        assertEquals(
                "off: Tesseract has none of the languages eng+fra (install tesseract-ocr-eng " + "tesseract-ocr-fra)",
                status.describe());
    }

    @Test
    void shouldReadTheLanguagesItHasOfThoseAsked(@TempDir Path bin) throws IOException {
        // given a tesseract with English only
        fakeTesseract(bin, "tesseract 5.3.0\\nList of available languages in \"/x\" (2):\\neng\\nosd");
        // when
        OcrStatus status = OcrStatus.detect(OcrSettings.defaults(), bin.toString());
        // then
        assertTrue(status.on());
        assertEquals("tesseract 5.3.0 (eng)", status.describe());
    }

    @Test
    void shouldFindTheTesseractOfThisHostWhereItIsInstalled() {
        assumeTrue(Tesseract.find(System.getenv("PATH")).isPresent(), "no tesseract on the PATH of this host");
        // when
        OcrStatus status = OcrStatus.detect(OcrSettings.defaults());
        // then the Debian packages the README installs give both languages
        assertTrue(status.describe().matches("tesseract \\d+\\.\\d+.* \\(eng\\+fra\\)"), status::describe);
    }

    /** A shell script named tesseract that prints {@code output} (printf escapes) whatever it is asked. */
    private static void fakeTesseract(Path bin, String output) throws IOException {
        Path script = bin.resolve("tesseract");
        Files.writeString(script, "#!/bin/sh\nprintf '" + output + "\\n'\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
