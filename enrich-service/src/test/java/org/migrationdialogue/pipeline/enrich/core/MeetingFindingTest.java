package org.migrationdialogue.pipeline.enrich.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
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
    void shouldNotTakeTheDatesOfAFutureConferenceWhenTheMeetingsOwnAreWritten() {
        // given officials who met on one day to prepare a conference that is to take place later
        String text = "Delegates of the Harbour Process member states met in Tallinn on 5 March 2021 to prepare the "
                + "3rd Ministerial Conference.\n\nThe Senior Officials' Meeting paved the way for the Ministerial "
                + "Conference, to take place on 9 and 10 June 2021 in Riga, Latvia.";

        // when
        Meeting meeting = ENRICHER.enrich(Reports.of(text, "en")).meeting();

        // then the meeting's own day is kept, not the conference's
        assertEquals(Meeting.SENIOR_OFFICIALS_MEETING, meeting.type());
        assertEquals(LocalDate.of(2021, 3, 5), meeting.startDate());
        assertEquals(LocalDate.of(2021, 3, 5), meeting.endDate());
    }

    @Test
    void shouldTypeAndDateTheMeetingByWhoMetInACityOnADay() {
        // given a report that names no meeting type, only senior officials who met, and a later meeting
        String text = "Senior officials of the twelve partner states of the Harbour Process met in Lisbon on "
                + "3 May 2022 to review the work plan. A further round will be held on 8 November 2022.";

        // when
        Meeting meeting = ENRICHER.enrich(Reports.of(text, "en")).meeting();

        // then the officials' meeting is the report's, with its day and city
        assertEquals(Meeting.SENIOR_OFFICIALS_MEETING, meeting.type());
        assertEquals("Lisbon", meeting.city());
        assertEquals(LocalDate.of(2022, 5, 3), meeting.startDate());
    }

    @Test
    void shouldFindNoMeetingInAPagePresentingADialogue() {
        // given a page that defines a dialogue and recalls the conference that launched it
        String text = "Le Dialogue du Port (Processus de Lisbonne) est un dialogue régional sur la migration. "
                + "Depuis 2004, il réunit les pays d'origine et de destination.\n\nLe dialogue a été lancé lors "
                + "de la première Conférence ministérielle sur la migration organisée à Lyon en 2004.";

        // when
        Meeting meeting = ENRICHER.enrich(Reports.of(text, "fr")).meeting();

        // then no meeting, place or date is taken from its history
        assertEquals(new Meeting(Meeting.OTHER, null, null, null, null, null), meeting);
    }

    @Test
    void shouldStillReadTheMeetingOfAReportThatOpensByDefiningItsDialogue() {
        // given a report that defines its dialogue, then says when and where its meeting was held
        String text = "The Harbour Process is a regional consultative process on migration. Its 5th Senior "
                + "Officials' Meeting was held in Porto on 3-4 May 2022.";

        // when
        Meeting meeting = ENRICHER.enrich(Reports.of(text, "en")).meeting();

        // then
        assertEquals(Meeting.SENIOR_OFFICIALS_MEETING, meeting.type());
        assertEquals("Porto", meeting.city());
        assertEquals(LocalDate.of(2022, 5, 3), meeting.startDate());
        assertEquals(LocalDate.of(2022, 5, 4), meeting.endDate());
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
    void shouldTakeMinistersWhoMetAfterAVeryLongListOfParticipantsForAMinisterialMeeting() {
        // given more than 300 characters between the ministers and the verb, in one sentence
        String text = "In 2020, the ministers of foreign affairs and the ministers of the interior of Austria, "
                + "Belgium, Denmark, Estonia, Finland, Greece, Hungary, Ireland, Latvia, Lithuania, Luxembourg, "
                + "Malta, Poland, Portugal, Romania, Slovakia, Slovenia and Sweden; the representatives of the "
                + "European Commission and of the United Nations; and the secretaries of two regional bodies met in "
                + "Vienna on 3 March 2020 to agree on joint work.";

        // when
        Meeting meeting = ENRICHER.enrich(Reports.of(text, "en")).meeting();

        // then
        assertEquals(Meeting.MINISTERIAL_CONFERENCE, meeting.type());
    }

    @Test
    void shouldTakeAGenericConferenceOfViceMinistersForAMinisterialConference() {
        // given a conference named by a generic word, vice-ministers as the subject of the next sentence
        String text = "La X Conferencia Hemisférica sobre Movilidad tuvo lugar en Lima, Perú, los días 3 y 4 de junio "
                + "de 2010. Los Viceministros acordaron un plan de trabajo.";

        // when
        Meeting meeting = ENRICHER.enrich(Reports.of(text, "es")).meeting();

        // then
        assertEquals(Meeting.MINISTERIAL_CONFERENCE, meeting.type());
        assertEquals("Lima", meeting.city());
    }

    @Test
    void shouldTakeAConferenceWithAMinisterialSegmentForAMinisterialConference() {
        // given a conference named by a generic word, whose parts are named in the next sentence
        String text = "La conférence annuelle du dialogue aura lieu du 3 au 5 mai 2016 à Dakar, au Sénégal. La "
                + "conférence comprendra une réunion d'experts de deux jours, suivie d'une réunion ministérielle.";

        // when
        Meeting meeting = ENRICHER.enrich(Reports.of(text, "fr")).meeting();

        // then
        assertEquals(Meeting.MINISTERIAL_CONFERENCE, meeting.type());
    }

    @Test
    void shouldNotTakeARecalledMinisterialConferenceForTheMeetingsType() {
        // given a task force meeting that recalls a ministerial conference and what ministers decided there
        String text = "The first meeting of the Task Force on Ports was held in Manila on 4 May 2018.\n\n"
                + "The Meeting recalled the outcomes of the Fifth Ministerial Conference in Jakarta, at which Ministers "
                + "agreed to set up the Task Force.";

        // when
        Meeting meeting = ENRICHER.enrich(Reports.of(text, "en")).meeting();

        // then
        assertEquals(Meeting.OTHER, meeting.type());
        assertEquals(LocalDate.of(2018, 5, 4), meeting.startDate());
    }

    @Test
    void shouldPreferALaterFullerNameOfTheSameMeeting() {
        // given a report titled with a bare "workshop", the meeting's full name below
        String text = "WORKSHOP REPORT\n\nBorder Data Expert Workshop, Oslo, Norway\n\nThe participants discussed "
                + "border statistics.";

        // when
        Meeting meeting = ENRICHER.enrich(Reports.of(text, "en")).meeting();

        // then
        assertEquals(Meeting.EXPERT_MEETING, meeting.type());
    }

    @Test
    void shouldDateTheMeetingFromALaterMentionRatherThanTheReleaseDate() {
        // given a news item: its release date under the title, the meeting's date with a later mention of it
        String text = "Tenth Ministerial Consultation opens Sunday\n\n14 Mar. 2021\n\nDOHA, 14th March, 2021 -- The "
                + "Tenth Ministerial Consultation will open\nin Doha on Sunday, 15th March, with ten countries\nof "
                + "the region and their partners.\nIt will adopt a plan.";

        // when
        Meeting meeting = ENRICHER.enrich(Reports.of(text, "en")).meeting();

        // then
        assertEquals(LocalDate.of(2021, 3, 15), meeting.startDate());
    }

    @Test
    void shouldPreferADateInASentenceOverAPageDateAloneOnItsLine() {
        // given a page date alone on its line, and the meeting's date in the text
        String text = "Joint Statement of the Third Ministerial Meeting\n\nMay 30, 2019\n\nMinisters of the two "
                + "unions met in Lisbon, Portugal,\non 28 May 2019 and agreed on a plan\nthat they will carry out "
                + "together.\nThey also spoke of trade.";

        // when
        Meeting meeting = ENRICHER.enrich(Reports.of(text, "en")).meeting();

        // then
        assertEquals(LocalDate.of(2019, 5, 28), meeting.startDate());
        assertEquals(LocalDate.of(2019, 5, 28), meeting.endDate());
    }

    @Test
    void shouldGiveALabelledVenueItsCitysCountryWhenTheCountryIsGluedToTheNextLabel() {
        // given a page whose "Location:" and "Date:" fields ran together
        String text = "Fifth Ministerial Conference\n\nLocation: Adelaide, AustraliaDate: 3 March 2016";

        // when
        Meeting meeting = ENRICHER.enrich(Reports.of(text, "en")).meeting();

        // then
        assertEquals("Adelaide", meeting.city());
        assertEquals("AU", meeting.country());
    }

    @Test
    void shouldTakeAPanelForAThematicMeeting() {
        // given a French panel report
        String text = "JOURNÉE DE LA DIASPORA\n\nOUVERTURE DU PANEL\n\nLe panel, tenu le 5 mai 2015 à Dakar, a réuni "
                + "des chercheurs.";

        // when
        Meeting meeting = ENRICHER.enrich(Reports.of(text, "fr")).meeting();

        // then
        assertEquals(Meeting.THEMATIC_MEETING, meeting.type());
        assertEquals("Dakar", meeting.city());
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

    @ParameterizedTest(name = "{0}")
    @MethodSource("numericDates")
    void shouldReadANumericDateDayFirstUnlessTheSecondNumberCannotBeAMonth(String shape, String text, LocalDate date) {
        // given a report whose only full date is numeric (the case's text)

        // when
        Meeting meeting = ENRICHER.enrich(Reports.of(text, "en")).meeting();

        // then it is read day first, or month first when the second number is above 12
        assertEquals(date, meeting.startDate());
    }

    static Stream<Arguments> numericDates() {
        return Stream.of(
                Arguments.of(
                        "a dateline, day first",
                        "08-11-2016, Mombasa: The 3rd Coastal Consultative Meeting on migration opened this morning.",
                        LocalDate.of(2016, 11, 8)),
                Arguments.of(
                        "a timestamp whose day comes second",
                        "Minister Ortega Meets Minister Lind\n\n07-30-2018 04:08 PM\n\n"
                                + "On July 30, the two ministers discussed border cooperation.",
                        LocalDate.of(2018, 7, 30)));
    }

    @Test
    void shouldTakeTheDateWrittenBeforeTheMeetingInItsSentence() {
        // given dates without a year before the meeting's phrase, and a later full date of another meeting
        String text = "On 14-15th March, officials met in Oslo for the 12th Senior Officials Meeting of the Nordic "
                + "dialogue.\n\nThe texts will be adopted at the Ministerial Conference on 9th October 2025.";

        // when
        Meeting meeting = ENRICHER.enrich(Reports.of(text, "en")).meeting();

        // then the meeting's own dates, with the year the opening gives
        assertEquals(Meeting.SENIOR_OFFICIALS_MEETING, meeting.type());
        assertEquals(LocalDate.of(2025, 3, 14), meeting.startDate());
        assertEquals(LocalDate.of(2025, 3, 15), meeting.endDate());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("meetingsTypedByWhoMet")
    void shouldTypeAMeetingWithoutATypePhraseByWhoMet(String whoMet, String text, String type) {
        // given a meeting whose text names no meeting type, only who met (the case's text)

        // when
        Meeting meeting = ENRICHER.enrich(Reports.of(text, "en")).meeting();

        // then its type is that of the people or bodies who met
        assertEquals(type, meeting.type());
    }

    static Stream<Arguments> meetingsTypedByWhoMet() {
        return Stream.of(
                Arguments.of(
                        "ministers with abbreviated titles",
                        "Today, Chilean Minister of Foreign Affairs Ana Soto and U.S. Secretary of State John M. Reed "
                                + "met in Santiago to discuss irregular migration.",
                        Meeting.MINISTERIAL_CONFERENCE),
                Arguments.of(
                        "ministries",
                        "The Ministries of Foreign Affairs of Chile, Peru and Ecuador met on 3 May 2022 in Lima "
                                + "to discuss regional mobility.",
                        Meeting.MINISTERIAL_CONFERENCE),
                Arguments.of(
                        "senior officials, at a generic meeting",
                        "The 5th Meeting of the Coastal Consultative Forum was held on 4 June 2019 in Mombasa. It "
                                + "provided a platform for senior officials of the member states to exchange "
                                + "information.",
                        Meeting.SENIOR_OFFICIALS_MEETING));
    }

    @Test
    void shouldTakeALabelledHeaderDateRangeEvenGluedToThePreviousWord() {
        // given a header whose date label is glued to the venue, and a later sentence naming the last day only
        String text = "Fourth Ministerial Conference\n\nLocation: Lisbon, PortugalDate: 14 - 16 March 2022\n\n"
                + "The Fourth Ministerial Conference took place on 16 March 2022 and adopted a declaration.";

        // when
        Meeting meeting = ENRICHER.enrich(Reports.of(text, "en")).meeting();

        // then the header's range gives both days
        assertEquals(LocalDate.of(2022, 3, 14), meeting.startDate());
        assertEquals(LocalDate.of(2022, 3, 16), meeting.endDate());
    }

    @Test
    void shouldCountBackTheFirstDayFromTheLastDayAndTheDuration() {
        // given a meeting said to have ended on a day, after three days of talks
        String text = "The Ministerial Consultation ended on Thursday, 9 May 2019, after three days of talks "
                + "hosted in Lisbon.";

        // when
        Meeting meeting = ENRICHER.enrich(Reports.of(text, "en")).meeting();

        // then
        assertEquals(LocalDate.of(2019, 5, 7), meeting.startDate());
        assertEquals(LocalDate.of(2019, 5, 9), meeting.endDate());
    }

    @Test
    void shouldTakeTheHostCountryFromItsAbbreviation() {
        // given a meeting without a city, hosted by a country written as an abbreviation
        String text = "The Ministerial Consultation, which the UAE hosted, gathered India and Nepal. "
                + "Ministers thanked the UAE and its government; the UAE will report back.";

        // when
        Meeting meeting = ENRICHER.enrich(Reports.of(text, "en")).meeting();

        // then
        assertEquals("AE", meeting.country());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("meetingsOfMinistersWithoutTheWordMinisterial")
    void shouldTypeAMeetingOfMinistersWithoutTheWordMinisterial(String language, String text) {
        // given a meeting named by a generic word whose participants are ministers (the case's)

        // when
        Meeting meeting = ENRICHER.enrich(Reports.of(text, language)).meeting();

        // then
        assertEquals(Meeting.MINISTERIAL_CONFERENCE, meeting.type());
    }

    static Stream<Arguments> meetingsOfMinistersWithoutTheWordMinisterial() {
        return Stream.of(
                Arguments.of("en", "A meeting of the interior ministers of four countries was held in Lisbon."),
                Arguments.of(
                        "fr",
                        "Une réunion de travail à Lisbonne entre les ministres de la Justice de trois pays "
                                + "a eu lieu hier."));
    }

    @Test
    void shouldNotTakeExpertsWhoLedThePanelsForAnExpertMeetingButTheThemeForAThematicOne() {
        // given a conference on a stated theme whose panels were led by experts
        String text = "Une conférence régionale sur le thème : les jeunes et la mobilité s'est tenue à Dakar. "
                + "Les travaux ont pris la forme de tables animées par des experts.";

        // when
        Meeting meeting = ENRICHER.enrich(Reports.of(text, "fr")).meeting();

        // then
        assertEquals(Meeting.THEMATIC_MEETING, meeting.type());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reportsThatOnlyMentionAMeeting")
    void shouldRecordNoMeetingForAReportThatOnlyMentionsOne(String given, String text, String language) {
        // given a report that speaks of meetings it does not record (the case's text)

        // when
        Meeting meeting = ENRICHER.enrich(Reports.of(text, language)).meeting();

        // then the report records no meeting, and no other meeting's dates are its own
        assertEquals(Meeting.OTHER, meeting.type());
        assertEquals(null, meeting.startDate());
    }

    static Stream<Arguments> reportsThatOnlyMentionAMeeting() {
        return Stream.of(
                Arguments.of(
                        "an overview of a publication that recalls a conference of an earlier year and a future forum",
                        "Le secrétariat a publié une étude. La revue se réunira du 3 au 5 juin 2024 à Genève. "
                                + "Le plan adopté lors de la troisième Conférence ministérielle sur la mobilité en mars 2019 "
                                + "est examiné.",
                        "fr"),
                Arguments.of(
                        "an evaluation's recommendation that speaks of a meeting that may not be held, and of experts",
                        "Final Evaluation: recommendation\n\nThe office must form a design committee and include the "
                                + "ministries and the technical experts as members. In case the joint meeting of all the partners "
                                + "is not feasible, the office can consult them separately.",
                        "en"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("venuesOfALaterMention")
    void shouldTakeTheVenueWrittenWithALaterMentionOfTheMeeting(
            String shape, String text, String city, String country) {
        // given an opening whose first meeting phrase names no city, then a release's dateline or a past meeting's
        // city, and a later mention of the meeting with its venue

        // when
        Meeting meeting = ENRICHER.enrich(Reports.of(text, "en")).meeting();

        // then the venue is the one written with the meeting
        assertEquals(city, meeting.city());
        assertEquals(country, meeting.country());
    }

    static Stream<Arguments> venuesOfALaterMention() {
        return Stream.of(
                Arguments.of(
                        "a release datelined where it was sent from",
                        "Harbour Partners Host Coastal Dialogue Conference\n\nBy the Harbour Secretariat\n\nOSLO, "
                                + "Norway, 4 March 2019/Press "
                                + "Service/ -- The Harbour Secretariat this week hosted a two-day Coastal Dialogue "
                                + "Conference in Tallinn, Estonia, consisting of an Experts Meeting followed by a "
                                + "Ministerial Meeting.",
                        "Tallinn",
                        "EE"),
                Arguments.of(
                        "a past meeting's city before the meeting's own",
                        "Senior Officials' Meetings are the main fora of the Harbour Process.\n\nAs agreed at the "
                                + "SOM in Vilnius (November 2020), the latest Senior Officials' Meeting (SOM) took "
                                + "place in Riga on 5 May 2021.",
                        "Riga",
                        "LV"));
    }

    @Test
    void shouldTypeAMinisterialAndExpertsMeetingAsTheMinisterialConference() {
        // given a meeting of ministers and experts named by one phrase
        String text = "Kigali, Rwanda – The Lake Dialogue Ministerial and Experts meeting took place in Kigali from "
                + "3rd to 6th October 2023.";

        // when
        Meeting meeting = ENRICHER.enrich(Reports.of(text, "en")).meeting();

        // then
        assertEquals(Meeting.MINISTERIAL_CONFERENCE, meeting.type());
        assertEquals(LocalDate.of(2023, 10, 3), meeting.startDate());
        assertEquals(LocalDate.of(2023, 10, 6), meeting.endDate());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("meetingsOfNoDialogueType")
    void shouldNotTypeASummitOrAnAmbassadorsMeetingByTheMinistersWhoAttend(String shape, String text) {
        // given a summit, or a meeting named by who meets, that ministers lead or attend

        // when
        Meeting meeting = ENRICHER.enrich(Reports.of(text, "en")).meeting();

        // then it is a meeting of no dialogue type
        assertEquals(Meeting.OTHER, meeting.type());
        assertEquals("Riga", meeting.city());
    }

    static Stream<Arguments> meetingsOfNoDialogueType() {
        return Stream.of(
                Arguments.of(
                        "a summit whose closing session a minister led",
                        "3rd Harbour Forum Summit concludes\n\nOn 16 October, Deputy Foreign Minister Ana Berg "
                                + "led the closing session of the 3rd Harbour Forum Summit Meeting, held in Riga "
                                + "from 14 to 16 October 2019."),
                Arguments.of(
                        "an ambassadors' meeting where two ministers met",
                        "Ambassadors Meeting of Member States of the Harbour Dialogue\n\nOn 3 May 2018, the "
                                + "Minister of Labour of Latvia met in Riga with the Estonian Minister of Employment, "
                                + "in the presence of the ambassadors of the member states."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("meetingsSpokenOf")
    void shouldTellTheReportsMeetingFromTheMeetingsItSpeaksOf(
            String shape, String text, String type, String city, LocalDate start) {
        // given a report that names meetings other than its own (a body's meeting that prepares another, a past
        // conference), or a city inside a plan's name

        // when
        Meeting meeting = ENRICHER.enrich(Reports.of(text, "en")).meeting();

        // then the meeting is the report's own, with its own venue and date, unless two are held together
        assertEquals(type, meeting.type());
        assertEquals(city, meeting.city());
        assertEquals(start, meeting.startDate());
    }

    static Stream<Arguments> meetingsSpokenOf() {
        return Stream.of(
                Arguments.of(
                        "a core group meeting that prepares a senior officials' meeting",
                        "Tuesday, 3 March 2020\nLocation: Vilnius, Lithuania\nThe 2nd Harbour Process Core Group "
                                + "meeting prepared the agenda of the Senior Officials' Meeting in Riga on "
                                + "8-9 June 2020.",
                        Meeting.OTHER,
                        "Vilnius",
                        LocalDate.of(2020, 3, 3)),
                Arguments.of(
                        "a committee meeting and a senior officials' meeting held together",
                        "On 4-5 May 2021, delegates met in Oslo for the 3rd Steering Group Meeting and the 12th "
                                + "Senior Officials' Meeting of the Harbour Process.",
                        Meeting.SENIOR_OFFICIALS_MEETING,
                        "Oslo",
                        LocalDate.of(2021, 5, 4)),
                Arguments.of(
                        "a committee meeting that names the ministerial meeting it prepares",
                        "12-10-2018, Mombasa: The 4th Meeting of the Coastal Coordination Committee opened today.\n\n"
                                + "The delegates agreed on the actions to recommend to the 1st Ministerial meeting.",
                        Meeting.OTHER,
                        "Mombasa",
                        LocalDate.of(2018, 10, 12)),
                Arguments.of(
                        "an interview that names a past conference and a plan's city",
                        "In an interview, Sweden presented its priorities. It began its term at the 3rd Ministerial "
                                + "Conference of the Lund Process of last December, and will carry on the Action Plan "
                                + "of Bamako.",
                        Meeting.OTHER,
                        null,
                        null));
    }

    @Test
    void shouldReadADayWrittenAsAnOrdinalOfItsMonth() {
        // given ministers who met on a day written "the 9th of May 2019"
        String text = "The interior ministers of the five coastal states met in Valletta on the 9th of May 2019, "
                + "upon invitation of Malta, to coordinate their work on sea rescue.";

        // when
        Meeting meeting = ENRICHER.enrich(Reports.of(text, "en")).meeting();

        // then
        assertEquals(Meeting.MINISTERIAL_CONFERENCE, meeting.type());
        assertEquals("Valletta", meeting.city());
        assertEquals(LocalDate.of(2019, 5, 9), meeting.startDate());
        assertEquals(LocalDate.of(2019, 5, 9), meeting.endDate());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("venuesTheListLacks")
    void shouldTakeAVenueTheListLacksWhenItsCountryFollowsIt(
            String shape, String language, String text, String city, String country) {
        // given a meeting held in a town that is no known venue, written with its country

        // when
        Meeting meeting = ENRICHER.enrich(Reports.of(text, language)).meeting();

        // then the town is the city, the country the one written after it; a month is no town, nor its country
        assertEquals(Meeting.MINISTERIAL_CONFERENCE, meeting.type());
        assertEquals(city, meeting.city());
        assertEquals(country, meeting.country());
    }

    static Stream<Arguments> venuesTheListLacks() {
        return Stream.of(
                Arguments.of(
                        "a town and its country",
                        "en",
                        "Joint Statement of the Ministers of the Harbour Group, Ministerial Meeting which took place "
                                + "in Sintra, Portugal\n\nThe ministers met on 3-4 June 2021 and agreed on a plan.",
                        "Sintra",
                        "PT"),
                Arguments.of(
                        "a town and its country, in French",
                        "fr",
                        "La réunion des ministres du Groupe du Port s'est tenue à Tozeur, en Tunisie, le 3 mai 2022. "
                                + "Les ministres ont adopté un plan.",
                        "Tozeur",
                        "TN"),
                Arguments.of(
                        "a month before a country",
                        "en",
                        "The Ministerial Meeting of the Harbour Group took place in June, Ghana having offered to host "
                                + "it. The ministers agreed on a plan.",
                        null,
                        null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("visits")
    void shouldTakeTheCountryOfAVisitAndTypeItOther(String language, String text, String country, LocalDate start) {
        // given a minister's visit to a country, with its dates, that names no city

        // when
        Meeting meeting = ENRICHER.enrich(Reports.of(text, language)).meeting();

        // then the visit is a meeting of no dialogue type, in the country visited
        assertEquals(Meeting.OTHER, meeting.type());
        assertEquals(null, meeting.city());
        assertEquals(country, meeting.country());
        assertEquals(start, meeting.startDate());
    }

    static Stream<Arguments> visits() {
        return Stream.of(
                Arguments.of(
                        "fr",
                        "A l'invitation de son homologue nigérien, le Ministre délégué chargé des Marocains résidant "
                                + "à l'étranger a effectué une visite de travail en République du Niger, les 3-4 mars "
                                + "2020. Les deux ministres ont signé un accord. Le Maroc et le Niger coopèrent, le Maroc "
                                + "accueille des étudiants.",
                        "NE",
                        LocalDate.of(2020, 3, 3)),
                Arguments.of(
                        "en",
                        "The Minister of Labour of Portugal paid an official visit to Ghana on 12 May 2022. Portugal "
                                + "and Ghana signed a memorandum; Portugal will train Portuguese teachers.",
                        "GH",
                        LocalDate.of(2022, 5, 12)));
    }

    @Test
    void shouldNotTakeAMeetingAReportBuildsOnForItsOwn() {
        // given a report of a working group's session in a city, that builds on an earlier meeting elsewhere
        String text = "The government has signed a new agreement with Ghana.\nAt the first Joint Working Group on "
                + "Trade in Lisbon this week, both countries committed to strengthening their partnership.\n"
                + "The working group builds on the recent meeting between the Prime Minister of Ghana and the "
                + "Minister for Africa in Accra.";

        // when
        Meeting meeting = ENRICHER.enrich(Reports.of(text, "en")).meeting();

        // then the venue is the group's, not the earlier meeting's
        assertEquals(Meeting.OTHER, meeting.type());
        assertEquals("Lisbon", meeting.city());
        assertEquals("PT", meeting.country());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("releasesDatedTheDayAfter")
    void shouldPreferTheDayOfTheMeetingOverTheDateOfTheRelease(String shape, String text) {
        // given a press release dated the day after the meeting, which gives the meeting's day without its year

        // when
        Meeting meeting = ENRICHER.enrich(Reports.of(text, "en")).meeting();

        // then
        assertEquals("Oslo", meeting.city());
        assertEquals(LocalDate.of(2023, 5, 5), meeting.startDate());
        assertEquals(LocalDate.of(2023, 5, 5), meeting.endDate());
    }

    static Stream<Arguments> releasesDatedTheDayAfter() {
        return Stream.of(
                Arguments.of(
                        "the day in its own paragraph",
                        "PRESS RELEASE: New measures agreed by the Harbour Group\n\nThe press release issued by the "
                                + "Ministry on 6 May 2023.\n\nThe partner countries discussed new measures yesterday "
                                + "evening (Friday 5 May).\n\nAt a meeting of the Harbour Group in Oslo, the minister "
                                + "hosted representatives of five countries."),
                Arguments.of(
                        "the day in a sentence of ministers",
                        "Press release published on 6 May 2023.\n\nThe ministers discussed new measures on Friday "
                                + "5 May.\n\nAt a meeting of the Harbour Group in Oslo, the minister hosted his "
                                + "counterparts from five countries."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("meetingsAHostCountryHeld")
    void shouldTakeTheCountryThatHostsTheMeetingForItsVenue(String shape, String text) {
        // given a fact sheet on a numbered ministerial meeting that a country hosted, the United States named most

        // when
        Meeting meeting = ENRICHER.enrich(Reports.of(text, "en")).meeting();

        // then the host country is the venue's, not the country the report names most
        assertEquals(Meeting.MINISTERIAL_CONFERENCE, meeting.type());
        assertEquals("PY", meeting.country());
        assertEquals(LocalDate.of(2023, 3, 3), meeting.startDate());
    }

    static Stream<Arguments> meetingsAHostCountryHeld() {
        String usa = " The United States delegation thanked its hosts. The United States will fund new offices, and "
                + "the United States will train border staff.";
        return Stream.of(
                Arguments.of(
                        "the country hosted the meeting",
                        "Fact Sheet: Third Ministerial Meeting on the Harbour Compact\n\nOn March 3, 2023, Paraguay "
                                + "hosted the third Harbour Compact Ministerial with ministers from 12 countries."
                                + usa),
                Arguments.of(
                        "the meeting hosted by the country",
                        "Fact Sheet: Third Ministerial Meeting, hosted by Paraguay\n\nOn March 3, 2023, ministers "
                                + "from 12 countries adopted a work plan." + usa));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("laterSentencesNamingTheMeeting")
    void shouldDateTheMeetingByALaterSentenceThatNamesItWithItsOrdinal(String shape, String text) {
        // given a title naming a numbered meeting, a first paragraph dated by an earlier event, and a later sentence
        // that names the meeting again by its ordinal, its date opening the sentence

        // when
        Meeting meeting = ENRICHER.enrich(Reports.of(text, "en")).meeting();

        // then the later sentence's date is the meeting's, not the earlier event's
        assertEquals(LocalDate.of(2023, 9, 25), meeting.startDate());
        assertEquals(LocalDate.of(2023, 9, 25), meeting.endDate());
    }

    static Stream<Arguments> laterSentencesNamingTheMeeting() {
        String opening = "Fact sheet: Fourth Ministerial Meeting on the Harbour Compact\n\nOn June 10, 2021, leaders "
                + "of the region launched the Harbour Compact to manage migration together.\n\n";
        return Stream.of(
                Arguments.of(
                        "someone hosted it",
                        opening + "On September 25, 2023, the Secretary of State hosted the fourth Harbour Compact "
                                + "Ministerial with ministers of 20 countries."),
                Arguments.of(
                        "ministers attended it",
                        opening + "On September 25, 2023, ministers of 20 countries attended the fourth Harbour "
                                + "Compact Ministerial."));
    }

    @Test
    void shouldDateAndPlaceAMeetingWithTheCounterpartADelegationTravelledToMeet() {
        // given a joint statement whose opening sentence dates a delegation sent to meet a foreign president, whom
        // the report names with the country, then speaks of "this meeting" and of a later date
        String text = """
                Joint Statement from the United States and Paraguay on Migration

                On May 31, 2023, following the May 20, 2023 call between President
                of Paraguay Ana Ruiz and the Vice President of the United States,
                Dr. John Smith led a delegation of U.S. officials to meet with
                President Ruiz and her ministers of the interior and foreign affairs.

                As a result of this meeting, the two governments commit to a series
                of steps to manage irregular migration and expand legal pathways.

                The United States and Paraguay will open the first offices on June
                12, 2023, to receive appointments for legal pathways.
                """;

        // when
        Meeting meeting = ENRICHER.enrich(Reports.of(text, "en")).meeting();

        // then the delegation's day is the meeting's, and the counterpart's country its venue's
        assertEquals(Meeting.OTHER, meeting.type());
        assertEquals("PY", meeting.country());
        assertEquals(LocalDate.of(2023, 5, 31), meeting.startDate());
        assertEquals(LocalDate.of(2023, 5, 31), meeting.endDate());
    }

    @Test
    void shouldNotTakeACityGluedToTheNameItIsPartOf() {
        // given a title whose city stands in a declaration's name, glued to the next word by a lost line break
        String text = "Ministerial Meeting on the Lisbon DeclarationOn Migration\n\nMinisters met on 4 May 2022.";

        // when
        Meeting meeting = ENRICHER.enrich(Reports.of(text, "en")).meeting();

        // then the city is no venue
        assertEquals(null, meeting.city());
    }

    @Test
    void shouldDateAMeetingReferredBackToByTheEarlierSentenceOfWhoMetWhomWithoutTakingTheCounterpartsCountry() {
        // given a statement whose first sentence dates a meeting with a foreign president nobody travelled to meet,
        // then speaks of "this meeting" and of a later date
        String text = """
                Statement on the Partnership of the United States and Paraguay

                On March 14, 2023, following the March 2, 2023 call with President
                of Paraguay Ana Ruiz, the Vice President of the United States met
                with President Ruiz to review the work of the partnership.

                As a result of this meeting, the two governments commit to a series
                of steps to manage irregular migration and expand legal pathways.

                The United States will open the first offices on April 20, 2023, to
                receive appointments, and the United States will fund them.
                """;

        // when
        Meeting meeting = ENRICHER.enrich(Reports.of(text, "en")).meeting();

        // then the earlier sentence's day is the meeting's, and the counterpart's country is not its venue's
        assertEquals(LocalDate.of(2023, 3, 14), meeting.startDate());
        assertEquals(LocalDate.of(2023, 3, 14), meeting.endDate());
        assertNotEquals("PY", meeting.country());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("genericWordsNamingACouncil")
    void shouldTypeAGenericMeetingWordByTheCouncilItNames(String language, String text) {
        // given a weekly meeting of a council of ministers, named by a generic word, where ministers are spoken of

        // when
        Meeting meeting = ENRICHER.enrich(Reports.of(text, language)).meeting();

        // then it is the council's meeting, of no dialogue type, on its day
        assertEquals(Meeting.OTHER, meeting.type());
        assertEquals(LocalDate.of(2021, 3, 3), meeting.startDate());
    }

    static Stream<Arguments> genericWordsNamingACouncil() {
        return Stream.of(
                Arguments.of(
                        "fr",
                        "Ce mercredi 3 mars 2021, le Chef de l'Etat a présidé la réunion hebdomadaire du Conseil des "
                                + "ministres au Palais. Il a félicité les ministres des nouveaux membres du Gouvernement."),
                Arguments.of(
                        "en",
                        "On Wednesday 3 March 2021, the President chaired the weekly meeting of the Council of "
                                + "Ministers at the Palace. He thanked the ministers of the outgoing team."));
    }

    @Test
    void shouldPlaceAGovernmentsCouncilInTheCountryTheReportNamesMost() {
        // given a council of ministers held at a palace, with no city, in a communiqué that names one country twice
        String text = "Ce mercredi 3 mars 2021, le Chef de l'Etat a présidé le Conseil des ministres au Palais.\n\n"
                + "Il a salué les membres du Gouvernement de la République du Bénin et rendu hommage au peuple "
                + "béninois.";

        // when
        Meeting meeting = ENRICHER.enrich(Reports.of(text, "fr")).meeting();

        // then the government's country is the meeting's
        assertEquals(Meeting.OTHER, meeting.type());
        assertEquals(null, meeting.city());
        assertEquals("BJ", meeting.country());
    }

    @Test
    void shouldNotTypeAMeetingOfPrimeMinistersAsAMinisterialConferenceAndPlaceItAtTheSummitItWasHeldAt() {
        // given two prime ministers who chaired a meeting at a summit, in a city the venue list lacks
        String text = "Joint statement following the meeting on migration: 4 May 2022\n\nPrime Minister Ana Berg "
                + "and Latvian Prime Minister Juris Ozols chaired a small-group meeting on migration at the Harbour "
                + "Summit in Tartu, Estonia today.\n\nThe meeting was attended by Estonia, Latvia and Finland.";

        // when
        Meeting meeting = ENRICHER.enrich(Reports.of(text, "en")).meeting();

        // then a leaders' meeting of no dialogue type, at the summit's venue
        assertEquals(Meeting.OTHER, meeting.type());
        assertEquals("Tartu", meeting.city());
        assertEquals("EE", meeting.country());
        assertEquals(LocalDate.of(2022, 5, 4), meeting.startDate());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("meetingsTypedByWhoMeets")
    void shouldTypeAMeetingByWhoMeetsOrByItsName(String who, String language, String text, String type, String city) {
        // given a meeting whose participants or name tell its type (the case's), with ministers or experts mentioned
        // too: who meets after a generic word, who attended (not who signs the statement), a technical conference

        // when
        Meeting meeting = ENRICHER.enrich(Reports.of(text, language)).meeting();

        // then heads of immigration meet as practitioners, the highest officials and attending senior officials as
        // senior officials, a technical conference as experts; and where
        assertEquals(type, meeting.type());
        assertEquals(city, meeting.city());
    }

    static Stream<Arguments> meetingsTypedByWhoMeets() {
        return Stream.of(
                Arguments.of(
                        "the heads of immigration, in French",
                        "fr",
                        "Riga – La réunion annuelle des responsables de l’immigration de la Communauté du Port "
                                + "permet aux services nationaux de coordonner la gestion des frontières.",
                        Meeting.EXPERT_MEETING,
                        "Riga"),
                Arguments.of(
                        "the heads of immigration",
                        "en",
                        "The annual meeting of the heads of immigration of the Harbour Community helps the national "
                                + "services coordinate border management; ministers welcomed it.",
                        Meeting.EXPERT_MEETING,
                        null),
                Arguments.of(
                        "the highest officials",
                        "en",
                        "Third meeting of the highest officials of the member states of the Harbour Process\n\n"
                                + "On 3-4 May 2021 the third meeting of the highest officials took place in Riga. "
                                + "National coordinators, partner agencies and experts of the field took part.",
                        Meeting.SENIOR_OFFICIALS_MEETING,
                        "Riga"),
                Arguments.of(
                        "the high-level officials, in French",
                        "fr",
                        "Les fonctionnaires de haut niveau du Processus du Port à Riga\n\nLe ministre a ouvert le "
                                + "3 mai 2021 à Riga la réunion des fonctionnaires de haut niveau, en présence "
                                + "d'experts du domaine.",
                        Meeting.SENIOR_OFFICIALS_MEETING,
                        "Riga"),
                Arguments.of(
                        "senior officials who attended a meeting ministers' statement is about",
                        "en",
                        "Joint Statement by the Foreign Ministers of Chile and Peru on the second meeting of the "
                                + "Andes Consultation Group held on 4 May 2019, Lima, Peru\n\nThe meeting was "
                                + "attended by senior officials from Bolivia, Ecuador and Colombia.",
                        Meeting.SENIOR_OFFICIALS_MEETING,
                        "Lima"),
                Arguments.of(
                        "senior officials who attended a meeting ministers' statement is about, in French",
                        "fr",
                        "Déclaration conjointe des ministres des Affaires étrangères du Chili et du Pérou sur la "
                                + "deuxième réunion du Groupe de consultation des Andes tenue le 4 mai 2019 à Lima\n\n"
                                + "La réunion a réuni des hauts fonctionnaires de Bolivie, d'Equateur et de Colombie.",
                        Meeting.SENIOR_OFFICIALS_MEETING,
                        "Lima"),
                Arguments.of(
                        "a technical conference attended by senior officials",
                        "en",
                        "The Harbour Dialogue is hosting its 9th technical Conference from 7 to 9 June 2021 in "
                                + "Kigali. The meeting is attended by senior officials of the member states.",
                        Meeting.EXPERT_MEETING,
                        "Kigali"),
                Arguments.of(
                        "a technical conference attended by senior officials, in French",
                        "fr",
                        "Le Dialogue du Port tient sa 9e Conférence technique du 7 au 9 juin 2021 à Kigali. La "
                                + "réunion a réuni des hauts fonctionnaires des États membres.",
                        Meeting.EXPERT_MEETING,
                        "Kigali"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("singleDaysInARange")
    void shouldTakeTheRangeThatHoldsTheSingleDayTheMeetingIsDatedBy(String language, String text) {
        // given a meeting dated by the day it opened, and a range of the same days written later

        // when
        Meeting meeting = ENRICHER.enrich(Reports.of(text, language)).meeting();

        // then all its days
        assertEquals(LocalDate.of(2021, 3, 9), meeting.startDate());
        assertEquals(LocalDate.of(2021, 3, 10), meeting.endDate());
    }

    static Stream<Arguments> singleDaysInARange() {
        return Stream.of(
                Arguments.of(
                        "fr",
                        "Le ministre a procédé ce mardi 9 mars 2021 à Niamey à l'ouverture de la réunion des "
                                + "hauts fonctionnaires du Processus du Port.\n\nPrévue du 9 au 10 mars 2021, la "
                                + "rencontre doit adopter une feuille de route."),
                Arguments.of(
                        "en",
                        "On Tuesday 9 March 2021 the minister opened in Niamey the meeting of senior officials of "
                                + "the Harbour Process.\n\nRunning from 9 to 10 March 2021, the gathering is to "
                                + "adopt a road map."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rangesOfOtherDays")
    void shouldNotTakeARangeThatDoesNotHoldTheMeetingsDayOrIsLongerThanAMeeting(String shape, String text) {
        // given a one-day meeting and a range of other days, or of a project's months

        // when
        Meeting meeting = ENRICHER.enrich(Reports.of(text, "en")).meeting();

        // then its one day
        assertEquals(LocalDate.of(2021, 3, 9), meeting.startDate());
        assertEquals(LocalDate.of(2021, 3, 9), meeting.endDate());
    }

    static Stream<Arguments> rangesOfOtherDays() {
        return Stream.of(
                Arguments.of(
                        "a later range of other days",
                        "The meeting of senior officials of the Harbour Process took place in Niamey on 9 March "
                                + "2021.\n\nA training followed from 15 to 17 March 2021."),
                Arguments.of(
                        "a project's period that holds the day",
                        "The meeting of senior officials of the Harbour Process took place in Niamey on 9 March "
                                + "2021.\n\nThey reviewed the campaign run from 1 to 31 March 2021."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("datelinesOfAnotherCity")
    void shouldPlaceTheMeetingInTheCityItsDatelinesSentenceNamesNotInTheDatelinesCity(
            String language, String text, String city, String country) {
        // given a news dateline, then a sentence that may place the meetings in another city

        // when
        Meeting meeting = ENRICHER.enrich(Reports.of(text, language)).meeting();

        // then the city the sentence places them in, else the dateline's
        assertEquals(city, meeting.city());
        assertEquals(country, meeting.country());
    }

    static Stream<Arguments> datelinesOfAnotherCity() {
        return Stream.of(
                Arguments.of(
                        "fr",
                        "Dakar — Le Sénégal préside les travaux du groupe de travail du Dialogue du Port dans la "
                                + "capitale malienne, Bamako, du 2 au 4 mai.\n\nLes délégations ont assisté à la "
                                + "réunion.",
                        "Bamako",
                        "ML"),
                Arguments.of(
                        "en",
                        "Accra — Ghana chairs the working group talks of the Harbour Dialogue in the Togolese "
                                + "capital, Lomé, from 2 to 4 May.\n\nThe delegations attended the meeting.",
                        "Lomé",
                        "TG"),
                Arguments.of(
                        "en",
                        "Accra — Ghana chairs the working group talks of the Harbour Dialogue from 2 to 4 May, "
                                + "its minister said after returning from Lomé.\n\nThe delegations attended the "
                                + "meeting.",
                        "Accra",
                        "GH"));
    }
}
