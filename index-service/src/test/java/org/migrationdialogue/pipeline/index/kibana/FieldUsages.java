package org.migrationdialogue.pipeline.index.kibana;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.migrationdialogue.pipeline.index.kibana.FieldUsage.Use;

/**
 * Every field name the saved objects use: data view attributes, saved-search columns, sorts, queries and filters,
 * and the columns, queries and filters of the Lens visualizations embedded in dashboards.
 */
final class FieldUsages {

    private static final Pattern KQL_QUOTED = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final Pattern KQL_FIELD = Pattern.compile("([A-Za-z_@][\\w.@]*)\\s*:");
    private static final String LENS_DOCUMENT_COUNT = "___records___";

    private final List<FieldUsage> usages = new ArrayList<>();

    private FieldUsages() {}

    static List<FieldUsage> of(List<JsonNode> objects) {
        FieldUsages collector = new FieldUsages();
        objects.forEach(collector::collect);
        return List.copyOf(collector.usages);
    }

    private void collect(JsonNode object) {
        switch (object.path("type").asText()) {
            case "index-pattern" -> collectDataView(object);
            case "search" -> collectSearch(object);
            case "dashboard" -> collectDashboard(object);
            default ->
                throw new IllegalArgumentException("No field check for saved-object type " + object.path("type"));
        }
    }

    private void collectDataView(JsonNode dataView) {
        String id = dataView.path("id").asText();
        JsonNode attributes = dataView.path("attributes");
        add(id + " timeFieldName", id, attributes.path("timeFieldName").asText(), Use.SORT);
        SavedObjects.parse(attributes.path("fieldAttrs").asText("{}"))
                .fieldNames()
                .forEachRemaining(field -> add(id + " fieldAttrs", id, field, Use.DISPLAY));
        SavedObjects.parse(attributes.path("sourceFilters").asText("[]"))
                .forEach(filter ->
                        add(id + " sourceFilters", id, filter.path("value").asText(), Use.DISPLAY));
    }

    private void collectSearch(JsonNode search) {
        String where = search.path("id").asText();
        String dataView = SavedObjects.referenceId(search.path("references"), SavedObjects.SEARCH_INDEX_REF)
                .orElseThrow(() -> new AssertionError(where + " has no data view reference"));
        JsonNode attributes = search.path("attributes");
        attributes.path("columns").forEach(column -> add(where + " columns", dataView, column.asText(), Use.DISPLAY));
        attributes
                .path("sort")
                .forEach(sort -> add(where + " sort", dataView, sort.path(0).asText(), Use.SORT));
        JsonNode source = SavedObjects.parse(attributes
                .path("kibanaSavedObjectMeta")
                .path("searchSourceJSON")
                .asText());
        collectKql(
                where + " query", dataView, source.path("query").path("query").asText());
        source.path("filter").forEach(filter -> collectFilter(where + " filter", dataView, filter));
    }

    private void collectFilter(String where, String dataView, JsonNode filter) {
        add(where, dataView, filter.path("meta").path("key").asText(), Use.QUERY);
        filter.path("query")
                .forEach(clause ->
                        clause.fieldNames().forEachRemaining(field -> add(where, dataView, field, Use.QUERY)));
    }

    private void collectDashboard(JsonNode dashboard) {
        for (JsonNode panel : SavedObjects.panels(dashboard)) {
            JsonNode lens = panel.path("embeddableConfig").path("attributes");
            if ("lens".equals(panel.path("type").asText()) && lens.isObject()) {
                collectLens(
                        dashboard.path("id").asText() + " panel "
                                + panel.path("panelIndex").asText(),
                        lens);
            }
        }
    }

    private void collectLens(String where, JsonNode lens) {
        for (Map.Entry<String, JsonNode> layer : SavedObjects.lensLayers(lens)) {
            String dataView = SavedObjects.referenceId(
                            lens.path("references"), SavedObjects.LENS_LAYER_REF_PREFIX + layer.getKey())
                    .orElseThrow(() -> new AssertionError(where + " layer " + layer.getKey() + " has no data view"));
            layer.getValue().path("columns").forEach(column -> collectLensColumn(where, dataView, column));
            collectKql(
                    where + " query",
                    dataView,
                    lens.path("state").path("query").path("query").asText());
            lens.path("state").path("filters").forEach(filter -> collectFilter(where + " filter", dataView, filter));
        }
    }

    private void collectLensColumn(String where, String dataView, JsonNode column) {
        String field = column.path("sourceField").asText();
        if (!field.isEmpty() && !LENS_DOCUMENT_COUNT.equals(field)) {
            add(where + " column " + column.path("label").asText(), dataView, field, Use.AGGREGATION);
        }
        collectKql(
                where + " column filter",
                dataView,
                column.path("filter").path("query").asText());
    }

    private void collectKql(String where, String dataView, String kql) {
        Matcher fields = KQL_FIELD.matcher(KQL_QUOTED.matcher(kql).replaceAll(""));
        while (fields.find()) {
            add(where, dataView, fields.group(1), Use.QUERY);
        }
    }

    private void add(String where, String dataView, String field, Use use) {
        usages.add(new FieldUsage(where, dataView, field, use));
    }
}
