package org.migrationdialogue.pipeline.web.report;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.util.NamedValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.migrationdialogue.pipeline.common.search.IndexAliases;
import org.migrationdialogue.pipeline.web.search.Elastic;
import org.migrationdialogue.pipeline.web.search.Facet;
import org.migrationdialogue.pipeline.web.search.MeetingCard;
import org.migrationdialogue.pipeline.web.search.ReportHit;
import org.migrationdialogue.pipeline.web.search.SearchRequest;
import org.migrationdialogue.pipeline.web.text.EntityMarker;
import org.migrationdialogue.pipeline.web.text.Highlights;
import org.migrationdialogue.pipeline.web.text.Segment;

/**
 * Reads one report for its page: the document, its full text with the search terms marked by Elasticsearch (the
 * same analyzers as the search) and its entities marked here, and the other names of the same content.
 */
public final class ReportReader {

    /** Elasticsearch analyses at most this many characters of a text to highlight it; beyond, the text is plain. */
    private static final int MAX_HIGHLIGHTED_CHARS = 1_000_000;

    private final ElasticsearchClient client;
    private final String url;

    public ReportReader(ElasticsearchClient client, String url) {
        this.client = client;
        this.url = url;
    }

    public Optional<ReportView> read(String id, String query) {
        String terms = query == null ? "" : query.strip();
        SearchResponse<ObjectNode> response;
        try {
            response = Elastic.call(
                    url,
                    () -> client.search(
                            search -> {
                                search.index(IndexAliases.REPORTS).size(1).query(q -> q.ids(ids -> ids.values(id)));
                                if (!terms.isEmpty()) {
                                    search.highlight(highlight -> highlight
                                            .preTags(Highlights.START)
                                            .postTags(Highlights.END)
                                            .maxAnalyzedOffset(MAX_HIGHLIGHTED_CHARS)
                                            .fields(NamedValue.of(
                                                    "text",
                                                    HighlightField.of(field -> field.numberOfFragments(0)
                                                            .highlightQuery(
                                                                    Query.of(hq -> hq.queryString(qs -> qs.query(terms)
                                                                            .fields("text")
                                                                            .defaultOperator(Operator.And))))))));
                                }
                                return search;
                            },
                            ObjectNode.class));
        } catch (Elastic.NoIndexYet e) {
            return Optional.empty();
        } catch (Elastic.QueryRejected e) {
            return read(id, "");
        }
        if (response.hits().hits().isEmpty()) {
            return Optional.empty();
        }
        Hit<ObjectNode> hit = response.hits().hits().getFirst();
        return Optional.of(
                view(hit.source(), hit.highlight().getOrDefault("text", List.of()), terms, otherNames(hit.source())));
    }

    private List<ReportHit.OtherName> otherNames(JsonNode report) {
        String content = MeetingCard.text(report.path("content_sha256"));
        if (content.isEmpty()) {
            return List.of();
        }
        SearchResponse<ObjectNode> response = Elastic.call(
                url,
                () -> client.search(
                        search -> search.index(IndexAliases.REPORTS)
                                .size(20)
                                .query(q -> q.bool(b -> b.filter(f -> f.term(
                                                t -> t.field("content_sha256").value(content)))
                                        .mustNot(n -> n.ids(ids ->
                                                ids.values(report.path("id").asText())))))
                                .source(source -> source.filter(filter -> filter.includes("id", "source.key"))),
                        ObjectNode.class));
        return response.hits().hits().stream()
                .map(other -> new ReportHit.OtherName(
                        other.id(), other.source().path("source").path("key").asText()))
                .toList();
    }

    static ReportView view(
            JsonNode report, List<String> highlighted, String query, List<ReportHit.OtherName> otherNames) {
        List<ReportView.Entity> countries = new ArrayList<>();
        report.path("countries")
                .forEach(country -> countries.add(new ReportView.Entity(
                        country.path("name").asText(),
                        mentions(country),
                        SearchRequest.forValue(
                                Facet.COUNTRY, country.path("name").asText()),
                        Segment.COUNTRY)));
        List<ReportView.Entity> organisations = new ArrayList<>();
        report.path("organisations").forEach(organisation -> {
            String acronym = MeetingCard.text(organisation.path("acronym"));
            String name = MeetingCard.text(organisation.path("name"));
            String label = acronym.isEmpty()
                    ? name
                    : name.isEmpty() || name.equals(acronym) ? acronym : acronym + " — " + name;
            organisations.add(new ReportView.Entity(
                    label,
                    mentions(organisation),
                    acronym.isEmpty()
                            ? "/?q="
                                    + java.net.URLEncoder.encode(
                                            '"' + name + '"', java.nio.charset.StandardCharsets.UTF_8)
                            : SearchRequest.forValue(Facet.ORGANISATION, acronym),
                    Segment.ORGANISATION));
        });
        List<ReportView.Entity> people = new ArrayList<>();
        report.path("people")
                .forEach(person -> people.add(new ReportView.Entity(
                        person.path("name").asText(),
                        String.join(
                                ", ",
                                present(
                                        person.path("honorific"),
                                        person.path("role"),
                                        person.path("organisation"),
                                        person.path("country"))),
                        SearchRequest.forValue(Facet.PERSON, person.path("name").asText()),
                        Segment.PERSON)));
        List<ReportView.Entity> themes = new ArrayList<>();
        report.path("themes")
                .forEach(theme -> themes.add(new ReportView.Entity(
                        MeetingCard.text(theme.path("label")).isEmpty()
                                ? theme.path("id").asText().replace('_', ' ')
                                : theme.path("label").asText(),
                        "score "
                                + String.format(
                                        Locale.ROOT, "%.2f", theme.path("score").asDouble()),
                        SearchRequest.forValue(Facet.THEME, theme.path("id").asText()),
                        null)));
        List<ReportView.Item> recommendations = new ArrayList<>();
        List<ReportView.Item> conclusions = new ArrayList<>();
        report.path("recommendations")
                .forEach(item -> ("conclusion".equals(item.path("kind").asText()) ? conclusions : recommendations)
                        .add(new ReportView.Item(
                                item.path("ordinal").asInt(),
                                MeetingCard.text(item.path("group")),
                                item.path("text").asText())));
        String text = report.path("text").asText("");
        Highlights.Marks marks = highlighted.isEmpty()
                ? new Highlights.Marks(text, List.of())
                : Highlights.marks(highlighted.getFirst());
        if (!highlighted.isEmpty() && marks.text().length() < text.length()) {
            marks = new Highlights.Marks(
                    marks.text() + text.substring(marks.text().length()), marks.ranges());
        }
        EntityMarker marker = new EntityMarker()
                .add(
                        Segment.COUNTRY,
                        countries.stream().map(ReportView.Entity::label).toList())
                .add(Segment.ORGANISATION, names(report.path("organisations"), "acronym"))
                .add(Segment.ORGANISATION, names(report.path("organisations"), "name"))
                .add(
                        Segment.PERSON,
                        people.stream().map(ReportView.Entity::label).toList());
        String title = MeetingCard.text(report.path("title"));
        return new ReportView(
                report.path("id").asText(),
                title.isEmpty() ? "(untitled)" : title,
                report.path("source").path("key").asText(),
                MeetingCard.text(report.path("language")),
                MeetingCard.text(report.path("page_count")),
                MeetingCard.text(report.path("source").path("uploaded_at")),
                MeetingCard.of(report.path("meeting")),
                countries,
                organisations,
                people,
                themes,
                recommendations,
                conclusions,
                marker.segments(marks),
                otherNames,
                query);
    }

    private static String mentions(JsonNode entity) {
        int count = entity.path("mentions").asInt();
        return count == 1 ? "1 mention" : count + " mentions";
    }

    private static List<String> names(JsonNode items, String field) {
        List<String> names = new ArrayList<>();
        items.forEach(item -> {
            String value = MeetingCard.text(item.path(field));
            if (!value.isEmpty()) {
                names.add(value);
            }
        });
        return names;
    }

    private static List<String> present(JsonNode... nodes) {
        List<String> values = new ArrayList<>();
        for (JsonNode node : nodes) {
            String value = MeetingCard.text(node);
            if (!value.isEmpty()) {
                values.add(value);
            }
        }
        return values;
    }
}
