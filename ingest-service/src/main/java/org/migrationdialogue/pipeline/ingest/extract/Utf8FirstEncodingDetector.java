package org.migrationdialogue.pipeline.ingest.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.metadata.Metadata;

/**
 * Text that decodes as UTF-8 is UTF-8; anything else is left to Tika's detectors. Tika's statistical detectors
 * (ICU4J, juniversalchardet) read a short UTF-8 text with a few accents, without a byte-order mark, as GB18030 or
 * Big5 ("Previsión" became "Previsi贸n"), while UTF-8 has a strict byte grammar that text in another encoding with
 * accents almost never satisfies by chance. Text of ASCII only says nothing and goes to the delegate too.
 */
final class Utf8FirstEncodingDetector implements EncodingDetector {

    /** What Tika's own detectors read to decide (its default mark limit for them). */
    private static final int SAMPLE_BYTES = 64 * 1024;
    /** The longest UTF-8 sequence, less its first byte: what a sample cut anywhere may leave unfinished. */
    private static final int MAX_UNFINISHED = 3;

    private final EncodingDetector delegate;

    Utf8FirstEncodingDetector(EncodingDetector delegate) {
        this.delegate = delegate;
    }

    @Override
    public Charset detect(InputStream input, Metadata metadata) throws IOException {
        if (input == null) {
            return delegate.detect(null, metadata);
        }
        input.mark(SAMPLE_BYTES);
        byte[] sample;
        try {
            sample = input.readNBytes(SAMPLE_BYTES);
        } finally {
            input.reset();
        }
        boolean complete = sample.length < SAMPLE_BYTES;
        return hasNonAscii(sample) && isUtf8(sample, complete)
                ? StandardCharsets.UTF_8
                : delegate.detect(input, metadata);
    }

    private static boolean hasNonAscii(byte[] sample) {
        for (byte b : sample) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }

    /** Valid UTF-8, but for a sequence the sample's end cut short (when the sample is not the whole text). */
    static boolean isUtf8(byte[] sample, boolean complete) {
        int length = complete ? sample.length : sample.length - unfinishedTail(sample);
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            decoder.decode(ByteBuffer.wrap(sample, 0, length));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** How many bytes at the end belong to a sequence that may continue past the sample (0 if none). */
    private static int unfinishedTail(byte[] sample) {
        for (int back = 1; back <= Math.min(MAX_UNFINISHED, sample.length); back++) {
            int b = sample[sample.length - back] & 0xFF;
            if (b < 0x80) {
                return 0;
            }
            if (b >= 0xC0) {
                int needed = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
                return needed > back ? back : 0;
            }
        }
        return 0;
    }
}
