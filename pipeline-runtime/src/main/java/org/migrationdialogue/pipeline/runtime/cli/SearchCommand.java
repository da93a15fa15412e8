package org.migrationdialogue.pipeline.runtime.cli;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.util.NamedValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.migrationdialogue.pipeline.common.config.Settings;
import org.migrationdialogue.pipeline.common.events.ThemeIds;
import org.migrationdialogue.pipeline.common.search.ElasticsearchClients;
import org.migrationdialogue.pipeline.common.search.IndexAliases;
import org.migrationdialogue.pipeline.common.serde.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pipeline search QUERY}: full-text search of the enriched reports, with facets. */
@Command(
        name = "search",
        description = "Search the enriched reports: hits with title, meeting, date, highlighted "
                + "snippets, and the top countries, organisations and themes.")
final class SearchCommand implements Callable<Integer> {

    private static final Map<String, String> FACETS =
            Map.of("countries", "countries.name", "organisations", "organisations.acronym", "themes", "themes.id");

    @Parameters(arity = "0..*", paramLabel = "QUERY", description = "Words to search for (none: every report).")
    List<String> words = List.of();

    @Option(
            names = "--country",
            paramLabel = "CODE",
            description = "Only reports mentioning this country (ISO code, e.g. MA).")
    String country;

    @Option(
            names = "--org",
            paramLabel = "ACRONYM",
            description = "Only reports mentioning this organisation (e.g. ICMPD).")
    String organisation;

    @Option(names = "--theme", paramLabel = "ID", description = "Only reports with this theme (e.g. diaspora).")
    String theme;

    @Option(names = "--size", defaultValue = "10", description = "How many hits to show (default ${DEFAULT-VALUE}).")
    int size;

    @Option(names = "--json", description = "Print the raw search response hits as JSON.")
    boolean json;

    private final PrintStream out = System.out;

    @Override
    public Integer call() throws IOException {
        if (theme != null && !ThemeIds.all().contains(theme)) {
            throw new IllegalArgumentException(
                    "Unknown theme '" + theme + "'. Themes: " + String.join(", ", ThemeIds.all()));
        }
        String url = PipelineHome.current().config().get(Settings.ELASTICSEARCH_URL);
        try (ElasticsearchClient client =
                ElasticsearchClients.create(PipelineHome.current().config())) {
            SearchResponse<ObjectNode> response = client.search(
                    search -> search.index(IndexAliases.REPORTS)
                            .size(size)
                            .query(query())
                            .source(source -> source.filter(filter -> filter.excludes("text", "recommendations")))
                            .highlight(h -> h.fields(NamedValue.of(
                                    "text",
                                    HighlightField.of(f -> f.fragmentSize(180).numberOfFragments(2)))))
                            .aggregations(
                                    "countries",
                                    a -> a.terms(t ->
                                            t.field(FACETS.get("countries")).size(8)))
                            .aggregations(
                                    "organisations",
                                    a -> a.terms(t ->
                                            t.field(FACETS.get("organisations")).size(8)))
                            .aggregations(
                                    "themes",
                                    a -> a.terms(
                                            t -> t.field(FACETS.get("themes")).size(8))),
                    ObjectNode.class);
            print(response);
        } catch (ElasticsearchException e) {
            if ("index_not_found_exception".equals(e.error().type())) {
                throw new IllegalStateException(
                        "No reports are indexed yet at " + url + ": is ./pipeline up running, "
                                + "and has it finished ingesting?",
                        e);
            }
            throw e;
        } catch (IOException e) {
            throw new IllegalStateException(
                    "Elasticsearch is not reachable at " + url + ": start it with ./pipeline up "
                            + "(or set ELASTICSEARCH_URL).",
                    e);
        }
        return 0;
    }

    private Query query() {
        List<Query> filters = new ArrayList<>();
        if (country != null) {
            filters.add(Query.of(q -> q.term(t -> t.field("countries.code").value(country.toUpperCase(Locale.ROOT)))));
        }
        if (organisation != null) {
            filters.add(
                    Query.of(q -> q.term(t -> t.field("organisations.acronym").value(organisation))));
        }
        if (theme != null) {
            filters.add(Query.of(q -> q.term(t -> t.field("themes.id").value(theme))));
        }
        String text = String.join(" ", words).strip();
        Query must = text.isEmpty()
                ? Query.of(q -> q.matchAll(m -> m))
                : Query.of(q -> q.multiMatch(m -> m.query(text)
                        .fields(
                                "text",
                                "title^3",
                                "meeting.title^2",
                                "recommendations.text",
                                "people.name.text",
                                "source.key.text",
                                "metadata.author")));
        return Query.of(q -> q.bool(b -> b.must(must).filter(filters)));
    }

    private void print(SearchResponse<ObjectNode> response) throws IOException {
        if (json) {
            out.println(Json.mapper()
                    .writerWithDefaultPrettyPrinter()
                    .writeValueAsString(response.hits().hits().stream()
                            .map(SearchCommand::asJson)
                            .toList()));
            return;
        }
        out.println(response.hits().total().value() + " report(s)");
        for (Hit<ObjectNode> hit : response.hits().hits()) {
            out.println();
            out.println(ReportLines.headline(hit.source()));
            out.println("   " + ReportLines.meeting(hit.source().path("meeting")));
            out.println("   " + ReportLines.entities(hit.source()));
            ReportLines.textMissing(hit.source()).ifPresent(line -> out.println("   " + line));
            hit.highlight()
                    .getOrDefault("text", List.of())
                    .forEach(snippet -> out.println("   … " + ReportLines.snippet(snippet) + " …"));
        }
        out.println();
        FACETS.keySet().stream().sorted().forEach(name -> out.println(facetLine(name, response)));
    }

    private static String facetLine(String name, SearchResponse<ObjectNode> response) {
        List<String> buckets = response.aggregations().get(name).sterms().buckets().array().stream()
                .map((StringTermsBucket bucket) ->
                        ReportLines.bucket(bucket.key().stringValue(), bucket.docCount()))
                .toList();
        return String.format("Top %-14s %s", name + ":", buckets.isEmpty() ? "-" : String.join(", ", buckets));
    }

    private static JsonNode asJson(Hit<ObjectNode> hit) {
        ObjectNode node = hit.source().deepCopy();
        node.set("_highlight", Json.mapper().valueToTree(hit.highlight()));
        node.put("_score", hit.score() == null ? 0 : hit.score());
        return node;
    }
}
