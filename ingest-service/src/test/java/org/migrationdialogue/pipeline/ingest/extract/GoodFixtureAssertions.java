package org.migrationdialogue.pipeline.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.migrationdialogue.pipeline.ingest.extract.ExtractionResult.Extracted;

/** What every good fixture must come out as. */
final class GoodFixtureAssertions {

    private GoodFixtureAssertions() {}

    static void assertMatches(GoodFixture fixture, Extracted extracted) {
        assertEquals(fixture.title(), extracted.title(), "title");
        assertEquals(fixture.language(), extracted.language(), "language");
        assertEquals(fixture.pageCount(), extracted.pageCount(), "page count");
        assertEquals(fixture.author(), extracted.metadata().get("author"), "author");
        assertEquals(fixture.contentType(), extracted.metadata().get("content_type"), "content type");
        String text = extracted.cleanText();
        assertTrue(text.contains(fixture.sentence()), () -> "sentence not on one line in:\n" + text);
        assertFalse(text.contains(FixtureFactory.HEADER_LEFT), "running header left");
        assertFalse(text.contains(FixtureFactory.HEADER_RIGHT), "running header left");
        assertTrue(text.lines().noneMatch(line -> line.strip().matches("\\d{1,3}")), "page number left");
    }
}
