package org.migrationdialogue.pipeline.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationdialogue.pipeline.common.config.Config;
import org.migrationdialogue.pipeline.common.config.Settings;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IngestMainTest {

    @Test
    void shouldRefuseToExtractMoreCharactersThanOneRecordCanHold(@TempDir Path state) {
        // given a limit of extracted characters above what one record of reports.extracted holds (10 MB)
        Config config = new Config(Map.of(Settings.MAX_EXTRACTED_CHARS.variable(), "20000000",
                Settings.INGEST_STATE_DIR.variable(), state.toString(), Settings.UPLOAD_DIR.variable(), state.toString()));
        // when the service is wired, then it refuses, naming the setting and the most it may be
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> IngestMain.create(config, Clock.systemUTC()));
        assertTrue(error.getMessage().contains("MAX_EXTRACTED_CHARS=20000000") && error.getMessage().contains("10485760"),
                error.getMessage());
    }
}
