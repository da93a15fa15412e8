package org.migrationdialogue.pipeline.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.mime.MediaType;
import org.junit.jupiter.api.Test;

class SupportedTypesTest {

    private final SupportedTypes types =
            new SupportedTypes(TikaConfig.getDefaultConfig().getMediaTypeRegistry());

    @Test
    void shouldTakeTheImagesOfScannedPagesWhetherOrNotOcrRuns() {
        for (String scan : new String[] {"png", "jpeg", "tiff", "bmp", "gif", "jp2"}) {
            // when
            String refusal = types.refusal(MediaType.image(scan));
            // then
            assertNull(refusal, scan);
        }
    }

    @Test
    void shouldRefuseImagesTesseractDoesNotRead() {
        // given a Photoshop file, an image no OCR here reads
        MediaType photoshop = MediaType.image("vnd.adobe.photoshop");
        // when
        String refusal = types.refusal(photoshop);
        // then
        assertEquals(
                "unsupported image type image/vnd.adobe.photoshop (scans are read in PNG, JPEG, TIFF, BMP, GIF, "
                        + "JPEG 2000 and PNM)",
                refusal);
    }
}
