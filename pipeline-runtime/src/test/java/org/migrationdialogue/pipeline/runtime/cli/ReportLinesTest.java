package org.migrationdialogue.pipeline.runtime.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.migrationdialogue.pipeline.common.events.Meeting;
import org.migrationdialogue.pipeline.common.events.PublishedRecommendation;
import org.migrationdialogue.pipeline.common.serde.Json;

class ReportLinesTest {

    /** Clears the screen, retitles the terminal, rings the bell, returns to the start of the line. */
    private static final String HOSTILE = "\u001B[2J\u001B]0;pwned\u0007\rOK";

    private static final String SHOWN = "\\u001B[2J\\u001B]0;pwned\\u0007\\rOK";

    @Test
    void shouldShowTheTitleAndKeyOfAReportWithTheirControlCharactersEscaped() throws IOException {
        // given a report whose title and object key hold terminal escapes, a bell and a carriage return
        JsonNode report = Json.mapper().readTree("""
                {"id": "r-1", "title": "%s", "language": "en", "source": {"key": "uploads/%s.pdf"},
                 "countries": [{"code": "MA", "name": "Morocco"}], "organisations": [{"acronym": "IOM\\u009B2J"}],
                 "themes": [{"id": "return"}]}""".formatted(json(HOSTILE), json("bad\u0085name")));
        // when its headline and entities are shown
        String headline = ReportLines.headline(report);
        String entities = ReportLines.entities(report);
        // then only the CLI's own bold survives as an escape sequence; the report's controls are shown, not acted on
        assertEquals("\u001B[1m" + SHOWN + "\u001B[0m  [uploads/bad\\u0085name.pdf, en, id r-1]", headline);
        assertEquals("Countries: MA   Organisations: IOM\\u009B2J   Themes: return", entities);
    }

    @Test
    void shouldEscapeASnippetButKeepItsHighlighting() {
        // given a highlighted fragment of a text that holds an ESC sequence and a line break
        String highlighted = "the <em>diaspora</em>\u001B[31m\nand more";
        // when it is shown, then the highlight is bold, the line break a space, the ESC escaped
        assertEquals("the \u001B[1mdiaspora\u001B[0m\\u001B[31m and more", ReportLines.snippet(highlighted));
    }

    @Test
    void shouldShowARecommendationWithoutLettingItsTextActOnTheTerminal() {
        // given a recommendation whose text, group and report title hold control characters
        PublishedRecommendation recommendation = new PublishedRecommendation(
                "rec-1",
                "r-1",
                HOSTILE,
                new Meeting("thematic_meeting", "Meeting", "Rabat\u0007", "MA", LocalDate.of(2014, 6, 26), null),
                "conclusions\r",
                "recommendation",
                1,
                "Ensure return\u001B[8m hidden",
                List.of("return"),
                List.of("MA"),
                List.of("iom"),
                Instant.parse("2026-11-26T12:00:00Z"));
        // when it is shown
        List<String> lines = ReportLines.recommendation(recommendation);
        // then no line holds a control character, and each escape is visible
        lines.forEach(line -> assertFalse(line.chars().anyMatch(c -> c < 0x20 || (c >= 0x7F && c <= 0x9F)), line));
        assertEquals("• Ensure return\\u001B[8m hidden", lines.getFirst());
        assertTrue(
                lines.get(1)
                        .contains("of \"conclusions\\r\" — " + SHOWN + " (thematic meeting, Rabat\\u0007, 2014-06-26)"),
                lines.get(1));
    }

    private static String json(String text) {
        return Json.mapper().valueToTree(text).toString().replaceAll("^\"|\"$", "");
    }
}
