package org.migrationdialogue.pipeline.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationdialogue.pipeline.ingest.extract.ExtractionResult.Extracted;

class WarmUpTest {

    @Test
    void shouldExtractEverySampleSoThatEachParserIsLoadedBeforeTheFirstUpload(@TempDir Path spool) {
        // given the extractor a worker uses
        try (ReportExtractor extractor =
                new ReportExtractor(ExtractionSettings.defaults().withSpoolDirectory(spool))) {
            // when it is warmed up
            List<ExtractionResult> results = WarmUp.run(extractor);
            // then every sample was extracted, as the format it stands for, with its text
            assertEquals(WarmUp.SAMPLES.size(), results.size());
            for (int i = 0; i < results.size(); i++) {
                Extracted extracted = assertInstanceOf(Extracted.class, results.get(i), WarmUp.SAMPLES.get(i));
                assertTrue(
                        extracted.cleanText().contains("International Organization for Migration"),
                        WarmUp.SAMPLES.get(i) + ": " + extracted.cleanText());
            }
        }
    }
}
