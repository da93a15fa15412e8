package org.migrationdialogue.pipeline.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.tika.metadata.Metadata;
import org.junit.jupiter.api.Test;

class Utf8FirstEncodingDetectorTest {

    private static final Charset DELEGATES_ANSWER = Charset.forName("windows-1252");
    private final Utf8FirstEncodingDetector detector =
            new Utf8FirstEncodingDetector((input, metadata) -> DELEGATES_ANSWER);

    @Test
    void shouldAnswerUtf8ForAccentedTextThatIsValidUtf8AndLeaveTheStreamWhereItWas() throws IOException {
        // given
        byte[] bytes = "Déclaration de Rabat sur la migration".getBytes(StandardCharsets.UTF_8);
        InputStream input = new BufferedInputStream(new ByteArrayInputStream(bytes));
        // when
        Charset charset = detector.detect(input, new Metadata());
        // then
        assertEquals(StandardCharsets.UTF_8, charset);
        assertArrayEquals(bytes, input.readAllBytes());
    }

    @Test
    void shouldLeaveAccentedTextInAnotherEncodingToTheDelegate() throws IOException {
        // given
        byte[] bytes = "Déclaration de Rabat, États partenaires".getBytes(DELEGATES_ANSWER);
        // when
        Charset charset = detector.detect(new BufferedInputStream(new ByteArrayInputStream(bytes)), new Metadata());
        // then
        assertEquals(DELEGATES_ANSWER, charset);
    }

    @Test
    void shouldLeaveAsciiToTheDelegate() throws IOException {
        // given
        byte[] bytes = "Rabat Process".getBytes(StandardCharsets.US_ASCII);
        // when
        Charset charset = detector.detect(new BufferedInputStream(new ByteArrayInputStream(bytes)), new Metadata());
        // then
        assertEquals(DELEGATES_ANSWER, charset);
    }

    @Test
    void shouldAcceptASampleCutInsideAMultiByteCharacterOnlyWhenTheTextGoesOn() {
        // given "é" (two bytes) cut after its first byte
        byte[] whole = "migración".getBytes(StandardCharsets.UTF_8);
        byte[] cut = Arrays.copyOf(whole, "migraci".length() + 1);
        // when / then
        assertTrue(Utf8FirstEncodingDetector.isUtf8(cut, false));
        assertFalse(Utf8FirstEncodingDetector.isUtf8(cut, true));
    }
}
