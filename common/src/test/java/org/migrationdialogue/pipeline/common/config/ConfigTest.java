package org.migrationdialogue.pipeline.common.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigTest {

    private static final Setting FLAG = Settings.BUCKET_SCANNER;

    @Test
    void shouldReadTheUsualWordsForYesAndNoInAnyCase() {
        // given the words people write for a yes-or-no setting
        for (String yes : List.of("true", "TRUE", "yes", "Yes", "on", "1", " true ")) {
            // when read, then they are true
            assertTrue(config(yes).getBoolean(FLAG), yes);
        }
        for (String no : List.of("false", "False", "no", "NO", "off", "0")) {
            assertFalse(config(no).getBoolean(FLAG), no);
        }
    }

    @Test
    void shouldRejectAYesOrNoSettingItCannotReadNamingTheVariable() {
        // given values that are neither yes nor no (a typo, another language, a number)
        for (String value : List.of("ture", "oui", "2", "enabled")) {
            // when read
            IllegalArgumentException error = assertThrows(
                    IllegalArgumentException.class, () -> config(value).getBoolean(FLAG));
            // then the error names the variable and the value, instead of taking it for false
            assertTrue(error.getMessage().startsWith(FLAG.variable() + " must be true or false"), error.getMessage());
            assertTrue(error.getMessage().contains("'" + value + "'"), error.getMessage());
        }
    }

    @Test
    void shouldFallBackToTheLocalDefaultWhenUnsetOrBlank() {
        // given no value and a blank one, when read, then the declared default counts
        assertEquals(Boolean.parseBoolean(FLAG.defaultValue()), new Config(Map.of()).getBoolean(FLAG));
        assertEquals(Boolean.parseBoolean(FLAG.defaultValue()), config("  ").getBoolean(FLAG));
        assertEquals(
                Long.parseLong(Settings.MAX_UPLOAD_BYTES.defaultValue()),
                new Config(Map.of()).getLong(Settings.MAX_UPLOAD_BYTES));
    }

    @Test
    void shouldRejectANumberItCannotReadNamingTheVariable() {
        // given a size written with a unit, when read as a number, then the error names the variable
        Config config = new Config(Map.of(Settings.MAX_UPLOAD_BYTES.variable(), "100MB"));
        IllegalArgumentException error =
                assertThrows(IllegalArgumentException.class, () -> config.getLong(Settings.MAX_UPLOAD_BYTES));
        assertEquals("MAX_UPLOAD_BYTES must be a whole number, not '100MB'", error.getMessage());
    }

    private static Config config(String value) {
        return new Config(Map.of(FLAG.variable(), value));
    }
}
