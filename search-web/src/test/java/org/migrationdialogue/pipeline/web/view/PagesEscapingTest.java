package org.migrationdialogue.pipeline.web.view;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.migrationdialogue.pipeline.web.report.ReportView;
import org.migrationdialogue.pipeline.web.search.Facet;
import org.migrationdialogue.pipeline.web.search.FacetCounts;
import org.migrationdialogue.pipeline.web.search.MeetingCard;
import org.migrationdialogue.pipeline.web.search.ReportHit;
import org.migrationdialogue.pipeline.web.search.SearchRequest;
import org.migrationdialogue.pipeline.web.search.SearchResults;
import org.migrationdialogue.pipeline.web.text.Segment;

/** Whatever a report or a reader sends comes out as text: no markup of theirs survives into a page. */
class PagesEscapingTest {

    private static final String HOSTILE = "\"><script>alert(1)</script><img src=x onerror=alert(2)>";
    private final Pages pages = new Pages();

    @Test
    void shouldEscapeReportFieldsQueriesAndChipsOnTheSearchPage() {
        // given a search whose query and chip carry markup, and a result whose every field does
        SearchRequest request = SearchRequest.parse(Map.of("q", List.of(HOSTILE), "country", List.of(HOSTILE)));
        ReportHit hit = new ReportHit(
                HOSTILE,
                List.of(new Segment(HOSTILE, Segment.QUERY)),
                HOSTILE,
                HOSTILE,
                new MeetingCard(HOSTILE, HOSTILE, HOSTILE, HOSTILE),
                List.of(HOSTILE),
                List.of(HOSTILE),
                List.of(HOSTILE),
                List.of(List.of(Segment.plain(HOSTILE))),
                List.of(new ReportHit.OtherName(HOSTILE, HOSTILE)));
        SearchResults results = new SearchResults(
                1,
                List.of(hit),
                List.of(new FacetCounts(
                        Facet.COUNTRY,
                        List.of(new FacetCounts.Value(
                                HOSTILE, HOSTILE, 1, false, request.adding(Facet.COUNTRY, HOSTILE))))),
                1);
        // when the page is rendered
        String html = pages.search(new SearchView(Chrome.of(HOSTILE, "search"), request, results, HOSTILE));
        // then no markup of theirs is in it, only its escaped text
        assertNoMarkup(html);
    }

    @Test
    void shouldEscapeEveryFieldOfTheReportPage() {
        // given a report whose every field carries markup
        ReportView.Entity entity = new ReportView.Entity(HOSTILE, HOSTILE, "/?country=x", Segment.COUNTRY);
        ReportView report = new ReportView(
                HOSTILE,
                HOSTILE,
                HOSTILE,
                HOSTILE,
                HOSTILE,
                HOSTILE,
                new MeetingCard(HOSTILE, HOSTILE, HOSTILE, HOSTILE),
                List.of(entity),
                List.of(entity),
                List.of(entity),
                List.of(entity),
                List.of(new ReportView.Item(1, HOSTILE, HOSTILE)),
                List.of(new ReportView.Item(2, HOSTILE, HOSTILE)),
                List.of(Segment.plain(HOSTILE), new Segment(HOSTILE, Segment.PERSON)),
                List.of(new ReportHit.OtherName(HOSTILE, HOSTILE)),
                HOSTILE);
        // when the page is rendered, then no markup of theirs is in it
        assertNoMarkup(pages.report(new ReportPageView(Chrome.of(HOSTILE, "search"), report, "/")));
    }

    private static void assertNoMarkup(String html) {
        assertFalse(html.contains("<script>alert"), html);
        assertFalse(html.contains("<img"), html);
        assertFalse(html.contains("=\"\">"), "an attribute was closed early: " + html);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
    }
}
