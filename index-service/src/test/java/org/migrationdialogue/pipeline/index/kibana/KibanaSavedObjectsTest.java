package org.migrationdialogue.pipeline.index.kibana;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.migrationdialogue.pipeline.common.search.IndexAliases;

/** The Kibana saved objects (kibana/*.ndjson) import cleanly and use only fields of the real index mappings. */
class KibanaSavedObjectsTest {

    private static final Set<String> TYPES = Set.of("index-pattern", "search", "dashboard", "lens");
    private static final String STABLE_ID = "[a-z0-9][a-z0-9-]*";

    @Test
    void shouldGiveEveryObjectATypeAStableUniqueIdAndAttributes() {
        // given every line of the saved-object files
        List<String> lines = SavedObjects.lines();
        assertFalse(lines.isEmpty(), "no saved objects under " + SavedObjects.FOLDER.toAbsolutePath());
        // when each is parsed
        List<JsonNode> objects = lines.stream().map(SavedObjects::parse).toList();
        // then each has a known type, a readable id of its own and attributes with a title
        Set<String> ids = new HashSet<>();
        for (JsonNode object : objects) {
            String id = object.path("id").asText();
            assertTrue(TYPES.contains(object.path("type").asText()), id + " has type " + object.path("type"));
            assertTrue(id.matches(STABLE_ID), "id '" + id + "' is not a stable, readable id");
            assertTrue(ids.add(id), "id " + id + " is used twice");
            assertFalse(object.path("attributes").path("title").asText().isBlank(), id + " has no attributes.title");
        }
    }

    @Test
    void shouldResolveEveryReferenceToAnImportedObjectOfTheSameType() {
        // given the objects by id
        Map<String, String> typeById = new HashMap<>();
        SavedObjects.all()
                .forEach(object -> typeById.put(
                        object.path("id").asText(), object.path("type").asText()));
        // when all their references are listed, those of Lens panels embedded in dashboards included
        List<JsonNode> references = allReferences();
        // then each points at an object of the files, of the type it says
        assertFalse(references.isEmpty());
        for (JsonNode reference : references) {
            String id = reference.path("id").asText();
            assertEquals(
                    reference.path("type").asText(),
                    typeById.get(id),
                    "reference " + reference.path("name").asText() + " to " + id);
        }
    }

    @Test
    void shouldPointTheDataViewsAtTheAliasesWithADateAsTimeField() {
        // given the data views
        List<JsonNode> dataViews = SavedObjects.ofType("index-pattern");
        // when their titles (index patterns) and time fields are read
        Set<String> titles = new TreeSet<>();
        dataViews.forEach(
                dataView -> titles.add(dataView.path("attributes").path("title").asText()));
        // then there is one per alias, and each time field is a date of that alias's mapping
        assertEquals(new TreeSet<>(List.of(IndexAliases.REPORTS, IndexAliases.RECOMMENDATIONS)), titles);
        for (JsonNode dataView : dataViews) {
            JsonNode attributes = dataView.path("attributes");
            String timeField = attributes.path("timeFieldName").asText();
            assertEquals(
                    "date",
                    mappingOf(attributes.path("title").asText()).typeOf(timeField),
                    dataView.path("id").asText() + " time field " + timeField);
        }
    }

    @Test
    void shouldReferenceOnlyFieldsOfTheRealMapping() {
        // given the real mappings of the data views
        Map<String, IndexMapping> mappings = mappingsByDataViewId();
        // when every field the saved objects use is listed
        List<FieldUsage> usages = FieldUsages.of(SavedObjects.all());
        // then each exists in the mapping of the data view it is read through
        assertFalse(usages.isEmpty());
        List<FieldUsage> unknown = new ArrayList<>();
        for (FieldUsage usage : usages) {
            IndexMapping mapping = mappings.get(usage.dataViewId());
            if (mapping == null || !mapping.has(usage.field())) {
                unknown.add(usage);
            }
        }
        assertEquals(List.of(), unknown, "fields missing from the index templates");
    }

    @Test
    void shouldAggregateAndSortOnlyOnKeywordDateOrNumericFields() {
        // given the real mappings of the data views
        Map<String, IndexMapping> mappings = mappingsByDataViewId();
        // when the fields used in aggregations (Lens buckets and metrics) and sorts are listed
        List<FieldUsage> facets = FieldUsages.of(SavedObjects.all()).stream()
                .filter(usage -> usage.use().needsDocValues())
                .toList();
        // then each has doc values: a keyword, a date or a number, never an analysed text field
        assertFalse(facets.isEmpty());
        List<FieldUsage> notFacets = new ArrayList<>();
        for (FieldUsage usage : facets) {
            IndexMapping mapping = mappings.get(usage.dataViewId());
            if (mapping == null || !mapping.isFacet(usage.field())) {
                notFacets.add(usage);
            }
        }
        assertEquals(List.of(), notFacets, "aggregated or sorted fields that are not keyword, date or numeric");
    }

    @Test
    void shouldWireEveryDashboardPanelThroughAPanelPrefixedReference() {
        for (JsonNode dashboard : SavedObjects.ofType("dashboard")) {
            // given a dashboard's references by name
            Set<String> names = new HashSet<>();
            dashboard
                    .path("references")
                    .forEach(reference -> names.add(reference.path("name").asText()));
            // when its panels are read
            List<JsonNode> panels = SavedObjects.panels(dashboard);
            // then each panel has its own index and grid cell, and Kibana finds what it needs by "<panelIndex>:<name>"
            Set<String> panelIndexes = new HashSet<>();
            for (JsonNode panel : panels) {
                String panelIndex = panel.path("panelIndex").asText();
                assertTrue(panelIndexes.add(panelIndex), "panel " + panelIndex + " twice");
                assertEquals(panelIndex, panel.path("gridData").path("i").asText(), "grid cell of " + panelIndex);
                expectedReferenceNames(panel)
                        .forEach(name -> assertTrue(
                                names.contains(name), dashboard.path("id").asText() + " lacks reference " + name));
            }
        }
    }

    @Test
    void shouldShowCountriesOrganisationsThemesMeetingsAndRecommendationsOnTheMeetingReportsDashboard() {
        // given the "Meeting reports" dashboard
        JsonNode dashboard = SavedObjects.ofType("dashboard").stream()
                .filter(object -> "Meeting reports"
                        .equals(object.path("attributes").path("title").asText()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no dashboard titled Meeting reports"));
        // when its Lens columns and saved-search panels are listed
        Set<String> aggregated = new HashSet<>();
        FieldUsages.of(List.of(dashboard)).forEach(usage -> aggregated.add(usage.field()));
        long searchPanels = SavedObjects.panels(dashboard).stream()
                .filter(panel -> "search".equals(panel.path("type").asText()))
                .count();
        // then it charts the agreed facets and shows a table of recommendations
        assertTrue(
                aggregated.containsAll(Set.of("countries.name", "organisations.acronym", "meeting.start_date")),
                "aggregated fields: " + aggregated);
        assertTrue(aggregated.contains("themes.id") || aggregated.contains("themes.label"), "no theme chart");
        assertEquals(1, searchPanels, "one saved-search panel (recent recommendations)");
    }

    private static List<String> expectedReferenceNames(JsonNode panel) {
        String prefix = panel.path("panelIndex").asText() + ":";
        List<String> names = new ArrayList<>();
        if (panel.has("panelRefName")) {
            names.add(prefix + panel.path("panelRefName").asText());
        }
        JsonNode lens = panel.path("embeddableConfig").path("attributes");
        for (Map.Entry<String, JsonNode> layer : SavedObjects.lensLayers(lens)) {
            names.add(prefix + SavedObjects.LENS_LAYER_REF_PREFIX + layer.getKey());
        }
        assertFalse(names.isEmpty(), "panel " + prefix + " is neither by reference nor a Lens by value");
        return names;
    }

    private static List<JsonNode> allReferences() {
        List<JsonNode> references = new ArrayList<>();
        for (JsonNode object : SavedObjects.all()) {
            object.path("references").forEach(references::add);
            if ("dashboard".equals(object.path("type").asText())) {
                SavedObjects.panels(object)
                        .forEach(panel -> panel.path("embeddableConfig")
                                .path("attributes")
                                .path("references")
                                .forEach(references::add));
            }
        }
        return references;
    }

    private static Map<String, IndexMapping> mappingsByDataViewId() {
        Map<String, IndexMapping> mappings = new HashMap<>();
        for (JsonNode dataView : SavedObjects.ofType("index-pattern")) {
            mappings.put(
                    dataView.path("id").asText(),
                    mappingOf(dataView.path("attributes").path("title").asText()));
        }
        return mappings;
    }

    /** The mapping of an alias: the index template its concrete indices are created from. */
    private static IndexMapping mappingOf(String alias) {
        return IndexMapping.fromTemplate("/elasticsearch/" + alias + "-template.json");
    }
}
