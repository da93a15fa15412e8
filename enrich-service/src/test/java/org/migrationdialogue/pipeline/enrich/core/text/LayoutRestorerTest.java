package org.migrationdialogue.pipeline.enrich.core.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LayoutRestorerTest {

    private final LayoutRestorer restorer = new LayoutRestorer(
            new PageFurniture(List.of("^\\d{1,3}$", "^Project funded by the European Union.*")), new TextNormaliser());

    @Test
    void shouldUnwrapHardWrappedLinesAndDropPageFurniture() {
        // given a paragraph wrapped across a page break, then a short heading
        String raw = String.join("\n\n",
                "The co-chairs underlined the importance of contingency plans and prevention mechanisms, in",
                "particular by the early warning systems that were discussed during the first session of the",
                "Project funded by the European Union                        Project implemented by ICMPD",
                "12",
                "meeting in Paris and in Rabat.",
                "Working group 1:",
                "The group met twice in the afternoon and in the morning of the second day of the meeting.");

        // when
        List<Block> blocks = restorer.restore(raw).blocks();

        // then
        assertEquals(List.of("The co-chairs underlined the importance of contingency plans and prevention mechanisms, "
                        + "in particular by the early warning systems that were discussed during the first session of "
                        + "the meeting in Paris and in Rabat.", "Working group 1:",
                "The group met twice in the afternoon and in the morning of the second day of the meeting."),
                blocks.stream().map(Block::text).toList());
    }

    @Test
    void shouldKeepCleanedLinesAsBlocksWithTheirMarkers() {
        // given cleaned text: one paragraph or item a line
        String cleaned = "The participants emphasised the following points, which were discussed at length during "
                + "the session and agreed by all the delegations present at the meeting:\n"
                + "• The first point.\n- The second point.\n2. The third point.\na) The fourth point.";

        // when
        List<Block> blocks = restorer.restore(cleaned).blocks();

        // then
        assertEquals(List.of(Marker.NONE, Marker.BULLET, Marker.DASH, Marker.NUMBER, Marker.LETTER),
                blocks.stream().map(Block::marker).toList());
        assertEquals("The third point.", blocks.get(3).text());
    }
}
