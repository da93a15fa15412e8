package org.migrationdialogue.pipeline.index.kibana;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The Kibana saved objects of {@code kibana/*.ndjson} at the repository root, one JSON object a line. */
final class SavedObjects {

    static final Path FOLDER = Path.of("..", "kibana");
    static final String SEARCH_INDEX_REF = "kibanaSavedObjectMeta.searchSourceJSON.index";
    static final String LENS_LAYER_REF_PREFIX = "indexpattern-datasource-layer-";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SavedObjects() {}

    static List<Path> files() {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(FOLDER, "*.ndjson")) {
            List<Path> sorted = new ArrayList<>();
            files.forEach(sorted::add);
            sorted.sort(Path::compareTo);
            return sorted;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> lines() {
        List<String> lines = new ArrayList<>();
        for (Path file : files()) {
            lines.addAll(
                    readLines(file).stream().filter(line -> !line.isBlank()).toList());
        }
        return lines;
    }

    static List<JsonNode> all() {
        return lines().stream().map(SavedObjects::parse).toList();
    }

    static List<JsonNode> ofType(String type) {
        return all().stream()
                .filter(object -> type.equals(object.path("type").asText()))
                .toList();
    }

    static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("Not JSON: " + json, e);
        }
    }

    /** The id of the reference with this name, if the object has one. */
    static Optional<String> referenceId(JsonNode references, String name) {
        for (JsonNode reference : references) {
            if (name.equals(reference.path("name").asText())) {
                return Optional.of(reference.path("id").asText());
            }
        }
        return Optional.empty();
    }

    /** The panels of a dashboard, parsed from its {@code panelsJSON}. */
    static List<JsonNode> panels(JsonNode dashboard) {
        List<JsonNode> panels = new ArrayList<>();
        parse(dashboard.path("attributes").path("panelsJSON").asText()).forEach(panels::add);
        return panels;
    }

    /** The Lens layers of a by-value Lens panel's attributes (layer id to layer). */
    static Iterable<Map.Entry<String, JsonNode>> lensLayers(JsonNode lensAttributes) {
        return lensAttributes
                .path("state")
                .path("datasourceStates")
                .path("formBased")
                .path("layers")
                .properties();
    }

    private static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
