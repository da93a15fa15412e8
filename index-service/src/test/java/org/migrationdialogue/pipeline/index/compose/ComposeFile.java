package org.migrationdialogue.pipeline.index.compose;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The repository's docker-compose.yml, with the variables of .env.example to interpolate it as compose does. */
final class ComposeFile {

    static final Path ROOT = Path.of("..");

    /** {@code ${VAR}}, {@code ${VAR:-default}}, {@code ${VAR:?message}}; {@code $$} is a literal dollar. */
    private static final Pattern VARIABLE =
            Pattern.compile("(?<!\\$)\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?::?([-?])([^}]*))?}");

    private final JsonNode root;
    private final Map<String, String> variables;

    private ComposeFile(JsonNode root, Map<String, String> variables) {
        this.root = root;
        this.variables = Map.copyOf(variables);
    }

    static ComposeFile load() {
        try {
            JsonNode root = new ObjectMapper(new YAMLFactory())
                    .readTree(ROOT.resolve("docker-compose.yml").toFile());
            return new ComposeFile(root, readEnvFile(ROOT.resolve(".env.example")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    JsonNode services() {
        return root.path("services");
    }

    JsonNode service(String name) {
        JsonNode service = services().path(name);
        if (!service.isObject()) {
            throw new AssertionError("docker-compose.yml has no service " + name);
        }
        return service;
    }

    /** The named volumes the file declares. */
    List<String> volumeNames() {
        List<String> names = new ArrayList<>();
        root.path("volumes").fieldNames().forEachRemaining(names::add);
        return names;
    }

    List<String> serviceNames() {
        List<String> names = new ArrayList<>();
        services().fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** A service's environment (map syntax), values as written, before interpolation. */
    Map<String, String> environment(String service) {
        JsonNode environment = service(service).path("environment");
        if (!environment.isMissingNode() && !environment.isObject()) {
            throw new AssertionError(service + ": write environment as a map, not a list");
        }
        Map<String, String> values = new LinkedHashMap<>();
        environment
                .properties()
                .forEach(entry -> values.put(entry.getKey(), entry.getValue().asText()));
        return values;
    }

    /** Every variable the file interpolates, e.g. ELASTIC_PASSWORD. */
    List<String> referencedVariables() {
        Matcher matcher = VARIABLE.matcher(root.toString());
        List<String> names = new ArrayList<>();
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    /** The value as compose sees it with .env.example as .env: set variables win, then defaults. */
    String interpolate(String value) {
        Matcher matcher = VARIABLE.matcher(value);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            String fallback = "-".equals(matcher.group(2)) ? matcher.group(3) : "";
            matcher.appendReplacement(
                    result, Matcher.quoteReplacement(variables.getOrDefault(matcher.group(1), fallback)));
        }
        return matcher.appendTail(result).toString();
    }

    Map<String, String> envExample() {
        return variables;
    }

    private static Map<String, String> readEnvFile(Path file) throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file)) {
            int equals = line.indexOf('=');
            if (!line.isBlank() && !line.startsWith("#") && equals > 0) {
                values.put(
                        line.substring(0, equals).strip(),
                        line.substring(equals + 1).strip());
            }
        }
        return values;
    }
}
