package org.migrationdialogue.pipeline.index.kibana;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The fields of an index template's mapping, flattened to dotted names (multi-fields included) with their types. */
final class IndexMapping {

    private static final Set<String> FACET_TYPES = Set.of(
            "keyword",
            "constant_keyword",
            "date",
            "date_nanos",
            "long",
            "integer",
            "short",
            "byte",
            "double",
            "float",
            "half_float",
            "scaled_float",
            "unsigned_long",
            "boolean");

    private final Map<String, String> types;

    private IndexMapping(Map<String, String> types) {
        this.types = Map.copyOf(types);
    }

    /** Loads a template from the classpath, e.g. {@code /elasticsearch/reports-template.json}. */
    static IndexMapping fromTemplate(String resource) {
        try (InputStream in = IndexMapping.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No index template on the classpath at " + resource);
            }
            JsonNode properties = new ObjectMapper()
                    .readTree(in)
                    .path("template")
                    .path("mappings")
                    .path("properties");
            Map<String, String> types = new TreeMap<>();
            flatten("", properties, types);
            return new IndexMapping(types);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void flatten(String prefix, JsonNode properties, Map<String, String> types) {
        for (Map.Entry<String, JsonNode> property : properties.properties()) {
            String name = prefix + property.getKey();
            JsonNode definition = property.getValue();
            if (definition.has("type")
                    && !"object".equals(definition.path("type").asText())) {
                types.put(name, definition.path("type").asText());
                flatten(name + ".", definition.path("fields"), types);
            }
            flatten(name + ".", definition.path("properties"), types);
        }
    }

    boolean has(String field) {
        return types.containsKey(field);
    }

    String typeOf(String field) {
        return types.get(field);
    }

    /** Whether the field has doc values Kibana can aggregate and sort on: a keyword, a date or a number. */
    boolean isFacet(String field) {
        return has(field) && FACET_TYPES.contains(types.get(field));
    }
}
