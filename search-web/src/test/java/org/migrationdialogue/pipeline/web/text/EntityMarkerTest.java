package org.migrationdialogue.pipeline.web.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class EntityMarkerTest {

    @Test
    void shouldSplitElasticsearchHighlightsIntoSegments() {
        // given a highlight with our private-use tags
        String highlighted = "the " + Highlights.START + "diaspora" + Highlights.END + " and <b>remittances</b>";
        // when it is read, then the match is a segment of its own and the markup is plain text
        assertEquals(
                List.of(
                        Segment.plain("the "),
                        new Segment("diaspora", Segment.QUERY),
                        Segment.plain(" and <b>remittances</b>")),
                Highlights.segments(highlighted));
    }

    @Test
    void shouldMarkWholeWordEntitiesLongestFirstAndLeaveQueryMatchesAlone() {
        // given a text where the query matched "Mali", and the report's entities
        String text = "Mali and the Central African Republic met ECOWAS; Malians and ecowas too. IOM spoke.";
        Highlights.Marks marks = new Highlights.Marks(text, List.of(new int[] {0, 4}));
        EntityMarker marker = new EntityMarker()
                .add(Segment.COUNTRY, List.of("Mali", "Central African Republic", "Republic"))
                .add(Segment.ORGANISATION, List.of("ECOWAS", "IOM", "X"));
        // when the text is marked
        List<Segment> segments = marker.segments(marks);
        // then the query match stays, the longest name wins, acronyms match their case only, words stay whole
        assertEquals(
                List.of(
                        new Segment("Mali", Segment.QUERY),
                        Segment.plain(" and the "),
                        new Segment("Central African Republic", Segment.COUNTRY),
                        Segment.plain(" met "),
                        new Segment("ECOWAS", Segment.ORGANISATION),
                        Segment.plain("; Malians and ecowas too. "),
                        new Segment("IOM", Segment.ORGANISATION),
                        Segment.plain(" spoke.")),
                segments);
    }
}
