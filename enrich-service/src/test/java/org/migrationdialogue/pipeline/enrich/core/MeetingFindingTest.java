package org.migrationdialogue.pipeline.enrich.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.migrationdialogue.pipeline.common.events.Meeting;

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
        assertEquals(
                new Meeting(
                        Meeting.SENIOR_OFFICIALS_MEETING,
                        "Senior Officials Meeting",
                        "Rabat",
                        "MA",
                        LocalDate.of(2014, 6, 26),
                        LocalDate.of(2014, 6, 27)),
                meeting);
    }

    @Test
    void shouldReadFrenchDatesAndVenue() {
        // given a French report
        String text =
                "La réunion thématique, qui s'est tenue les 24 et 25 avril 2014 à Paris, " + "a réuni les partenaires.";

        // when
        Meeting meeting = ENRICHER.enrich(Reports.of(text, "fr")).meeting();

        // then
        assertEquals(
                new Meeting(
                        Meeting.THEMATIC_MEETING,
                        "Réunion thématique",
                        "Paris",
                        "FR",
                        LocalDate.of(2014, 4, 24),
                        LocalDate.of(2014, 4, 25)),
                meeting);
    }

    @Test
    void shouldReadARangeAcrossTwoMonths() {
        // given a ministerial conference spanning two months
        String text = "The Ministerial Conference held in Valletta from 30 June - 1 July 2015 adopted a plan.";

        // when
        Meeting meeting = ENRICHER.enrich(Reports.of(text, "en")).meeting();

        // then
        assertEquals(
                new Meeting(
                        Meeting.MINISTERIAL_CONFERENCE,
                        "Ministerial Conference",
                        "Valletta",
                        "MT",
                        LocalDate.of(2015, 6, 30),
                        LocalDate.of(2015, 7, 1)),
                meeting);
    }

    @Test
    void shouldTakeTheMeetingReportedNotTheOneItPrepares() {
        // given a dateline, and a preparatory meeting named before the conference it prepares
        String text = "Tbilisi, 3-4 March 2015: the Preparatory Meeting for the Fourth Ministerial Conference of the "
                + "Prague Process was held in Tbilisi, Georgia.";

        // when
        Meeting meeting = ENRICHER.enrich(Reports.of(text, "en")).meeting();

        // then a senior officials' meeting in Tbilisi, not the conference, not the Prague of the process's name
        assertEquals(Meeting.SENIOR_OFFICIALS_MEETING, meeting.type());
        assertEquals("Tbilisi", meeting.city());
        assertEquals("GE", meeting.country());
        assertEquals(LocalDate.of(2015, 3, 3), meeting.startDate());
        assertEquals(LocalDate.of(2015, 3, 4), meeting.endDate());
    }

    @Test
    void shouldReadADateInUsOrderAndAVenueWrittenAsALabel() {
        // given an event page: a US-order date, the venue on a label line
        String text =
                "Regional Workshop on Labour Migration\n\nMay 7-8, 2024\n\nLocation: Quetzaltenango, Guatemala\n\n"
                        + "The workshop gathered labour inspectors of the region.";

        // when
        Meeting meeting = ENRICHER.enrich(Reports.of(text, "en")).meeting();

        // then the city comes from the label, even though no gazetteer knows it
        assertEquals(Meeting.THEMATIC_MEETING, meeting.type());
        assertEquals("Quetzaltenango", meeting.city());
        assertEquals("GT", meeting.country());
        assertEquals(LocalDate.of(2024, 5, 7), meeting.startDate());
        assertEquals(LocalDate.of(2024, 5, 8), meeting.endDate());
    }

    @Test
    void shouldGiveAFactSheetNoMeetingType() {
        // given a fact sheet that mentions a conference in passing, far from its opening
        String text = "FACT SHEET: Progress on the Regional Strategy\n\n"
                + "The partners expanded legal pathways. ".repeat(60)
                + "\n\nThe next Ministerial Conference will take place in Madrid on 4 June 2026.";

        // when
        Meeting meeting = ENRICHER.enrich(Reports.of(text, "en")).meeting();

        // then
        assertEquals(Meeting.OTHER, meeting.type());
    }

    @Test
    void shouldTakeAnExpertMeetingThatAMinisterialMeetingFollowsForTheMinisterialConference() {
        // given a conference made of an experts' meeting and then a ministerial meeting, in one sentence
        String text = "La conférence régionale, qui comprendra une réunion d'experts de deux jours suivie d'une "
                + "réunion ministérielle, aura lieu du 3 au 5 mai 2016 à Bamako.";

        // when
        Meeting meeting = ENRICHER.enrich(Reports.of(text, "fr")).meeting();

        // then
        assertEquals(Meeting.MINISTERIAL_CONFERENCE, meeting.type());
    }

    @Test
    void shouldTakeMinistersWhoMetAfterALongListOfParticipantsForAMinisterialMeeting() {
        // given ministers as the subject, a list of countries and other participants, then the verb
        String text = "En 2019, les ministres de l'intérieur du Ghana, du Togo, du Bénin, de la Guinée et du Libéria ; "
                + "les représentants de la Commission de la CEDEAO ; et les délégués des agences se sont réunis à "
                + "Accra le 4 avril 2019 pour coordonner leur action.";

        // when
        Meeting meeting = ENRICHER.enrich(Reports.of(text, "fr")).meeting();

        // then
        assertEquals(Meeting.MINISTERIAL_CONFERENCE, meeting.type());
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
