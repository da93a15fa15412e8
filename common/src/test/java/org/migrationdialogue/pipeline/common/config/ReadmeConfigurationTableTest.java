package org.migrationdialogue.pipeline.common.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadmeConfigurationTableTest {

    @Test
    void shouldListExactlyTheDeclaredSettingsInTheReadme() throws IOException {
        // given the README's configuration table
        List<String> rows = Files.readAllLines(Path.of("..", "README.md")).stream()
                .filter(line -> line.startsWith("| `"))
                .toList();
        // when compared with the settings declared in code
        List<String> expected = Settings.ALL.stream()
                .map(setting -> "| `" + setting.variable() + "` | `" + setting.defaultValue() + "` | "
                        + setting.description() + " |")
                .toList();
        // then every setting has its row, with the same default and meaning
        assertEquals(
                expected,
                rows.stream()
                        .filter(row -> row.split("\\|")[1].strip().matches("`[A-Z][A-Z0-9_]*`"))
                        .toList());
    }
}
