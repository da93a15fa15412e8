package org.migrationdialogue.pipeline.enrich.core;

import org.junit.jupiter.api.Test;
import org.migrationdialogue.pipeline.common.events.Meeting;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MeetingFindingTest {

    private static final Enricher ENRICHER = Enricher.fromResources();

    @Test
    void shouldReadTheVenueAfterTheDates() {
        // given a report heading with dates, city and country
        String text = "Senior Officials Meeting\n\nSummary of debates - 26 and 27 June 2014, Rabat, Morocco\n\n"
                + "The next meeting will take place in Rome on 27 November 2014.";

        // when
        Meeting meeting = ENRICHER.enrich(Reports.of(text, "en")).meeting();

        // then
        assertEquals(new Meeting(Meeting.SENIOR_OFFICIALS_MEETING, "Senior Officials Meeting", "Rabat", "MA",
                LocalDate.of(2014, 6, 26), LocalDate.of(2014, 6, 27)), meeting);
    }

    @Test
    void shouldReadFrenchDatesAndVenue() {
        // given a French report
        String text = "La réunion thématique, qui s'est tenue les 24 et 25 avril 2014 à Paris, "
                + "a réuni les partenaires.";

        // when
        Meeting meeting = ENRICHER.enrich(Reports.of(text, "fr")).meeting();

        // then
        assertEquals(new Meeting(Meeting.THEMATIC_MEETING, "Réunion thématique", "Paris", "FR",
                LocalDate.of(2014, 4, 24), LocalDate.of(2014, 4, 25)), meeting);
    }

    @Test
    void shouldReadARangeAcrossTwoMonths() {
        // given a ministerial conference spanning two months
        String text = "The Ministerial Conference held in Valletta from 30 June - 1 July 2015 adopted a plan.";

        // when
        Meeting meeting = ENRICHER.enrich(Reports.of(text, "en")).meeting();

        // then
        assertEquals(new Meeting(Meeting.MINISTERIAL_CONFERENCE, "Ministerial Conference", "Valletta", "MT",
                LocalDate.of(2015, 6, 30), LocalDate.of(2015, 7, 1)), meeting);
    }

    @Test
    void shouldFallBackToOtherWithoutAMeetingType() {
        // given a text naming no meeting
        String text = "Migration flows increased.";

        // when
        Meeting meeting = ENRICHER.enrich(Reports.of(text, "en")).meeting();

        // then
        assertEquals(Meeting.unknown(), meeting);
    }
}
