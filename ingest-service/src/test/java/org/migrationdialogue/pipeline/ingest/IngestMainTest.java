package org.migrationdialogue.pipeline.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationdialogue.pipeline.common.config.Config;
import org.migrationdialogue.pipeline.common.config.Settings;
import org.migrationdialogue.pipeline.common.topics.Topic;

class IngestMainTest {

    @Test
    void shouldRefuseToExtractMoreCharactersThanOneRecordCanHold(@TempDir Path state) {
        // given a limit of extracted characters above what one record of reports.extracted holds (10 MB)
        Config config = new Config(Map.of(
                Settings.MAX_EXTRACTED_CHARS.variable(),
                "20000000",
                Settings.INGEST_STATE_DIR.variable(),
                state.toString(),
                Settings.UPLOAD_DIR.variable(),
                state.toString()));
        // when the service is wired, then it refuses, naming the setting and the most it may be
        IllegalArgumentException error =
                assertThrows(IllegalArgumentException.class, () -> IngestMain.create(config, Clock.systemUTC()));
        assertTrue(
                error.getMessage().contains("MAX_EXTRACTED_CHARS=20000000")
                        && error.getMessage().contains(Integer.toString(Topic.MAX_MESSAGE_BYTES)),
                error.getMessage());
    }

    @Test
    void shouldRefuseToStartWithAScannerSettingThatIsNeitherYesNorNo(@TempDir Path state) {
        // given BUCKET_SCANNER with a typo (once read as false: the one scanner of the bucket quietly switched off)
        Config config = new Config(Map.of(
                Settings.BUCKET_SCANNER.variable(),
                "ture",
                Settings.INGEST_STATE_DIR.variable(),
                state.toString(),
                Settings.UPLOAD_DIR.variable(),
                state.toString()));
        // when the service is wired, then it refuses before any client starts, naming the variable and the value
        IllegalArgumentException error =
                assertThrows(IllegalArgumentException.class, () -> IngestMain.create(config, Clock.systemUTC()));
        assertEquals("BUCKET_SCANNER must be true or false (or yes/no, on/off, 1/0), not 'ture'", error.getMessage());
    }
}
