package org.migrationdialogue.pipeline.enrich.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.migrationdialogue.pipeline.common.events.Recommendation;
import org.migrationdialogue.pipeline.common.events.ReportId;

class RecommendationFindingTest {

    private static final Enricher ENRICHER = Enricher.fromResources();

    @Test
    void shouldReadNumberedItemsAfterAHeading() {
        // given cleaned text: a heading, a short introduction and numbered items
        String text = """
                CONCLUSIONS AND RECOMMENDATIONS OF THE CO-CHAIRS

                The co-chairs

                1. Encourage dialogue between Niger and the ECOWAS Commission on border management.
                2. Support voluntary return and reintegration.
                """;

        // when
        List<Recommendation> recommendations =
                ENRICHER.enrich(Reports.of(text, "en")).recommendations();

        // then
        String first = "Encourage dialogue between Niger and the ECOWAS Commission on border management.";
        String second = "Support voluntary return and reintegration.";
        String group = "co-chairs' conclusions and recommendations";
        assertEquals(
                List.of(
                        new Recommendation(
                                ReportId.ofRecommendation(first),
                                1,
                                group,
                                Recommendation.RECOMMENDATION,
                                first,
                                List.of("border_management"),
                                List.of("NE"),
                                List.of("ecowas-commission")),
                        new Recommendation(
                                ReportId.ofRecommendation(second),
                                2,
                                group,
                                Recommendation.RECOMMENDATION,
                                second,
                                List.of("return"),
                                List.of(),
                                List.of())),
                recommendations);
    }

    @Test
    void shouldGiveEachNestedItemItsOwnEntryAndDropTheirLeadIn() {
        // given a list of conclusions whose second item only introduces sub-items
        String text = """
                Working group 2 came to the following conclusions:
                1. Return in dignity must be prioritised.
                2. The terms of return management must include:
                a) Advanced preparations for return.
                b) Support measures to assist return.
                3. The challenges posed by return include documentation.

                The third session concerned the diaspora.
                """;

        // when
        List<String> texts = texts(text);

        // then
        assertEquals(
                List.of(
                        "Return in dignity must be prioritised.",
                        "Advanced preparations for return.",
                        "Support measures to assist return.",
                        "The challenges posed by return include documentation."),
                texts);
    }

    @Test
    void shouldSkipAParagraphThatIntroducesSubItemsInsideAList() {
        // given a list interrupted by a paragraph (set apart by a blank line) introducing a nested list
        String text = """
                Working group 2 came to the following conclusions:
                - Coordination structures are essential.

                This coordination can be established at different levels:
                • Local governance.
                • Regional organisations.
                - It is important to create a favourable environment.
                """;

        // when
        List<String> texts = texts(text);

        // then
        assertEquals(
                List.of(
                        "Coordination structures are essential.",
                        "Local governance.",
                        "Regional organisations.",
                        "It is important to create a favourable environment."),
                texts);
    }

    @Test
    void shouldFollowAFlattenedNestedListAndStopAtTheNextSection() {
        // given a list whose nested items carry the parent's bullet, followed by the next section's heading
        String text = """
                Working group 2 came to the following conclusions:
                • Coordination structures are essential.

                This coordination can be established at different levels:
                • Local governance.
                • Regional organisations.
                • It is important to create a favourable environment.

                Working group 3: the management of return

                The third session concerned the diaspora.
                """;

        // when
        List<String> texts = texts(text);

        // then
        assertEquals(
                List.of(
                        "Coordination structures are essential.",
                        "Local governance.",
                        "Regional organisations.",
                        "It is important to create a favourable environment."),
                texts);
    }

    @Test
    void shouldIgnoreListsWithoutALeadIn() {
        // given a narrative list that announces no recommendations
        String text = """
                The agenda of the day was the following:
                - Opening of the meeting.
                - Presentation of the participants.
                """;

        // when
        List<String> texts = texts(text);

        // then
        assertEquals(List.of(), texts);
    }

    @Test
    void shouldReadLostBulletsInHardWrappedText() {
        // given raw text wrapped with blank lines, whose bullet glyphs were lost as a leading space
        String text = String.join(
                "\n\n",
                "Following the presentations from Spain and Senegal, the working group identified the following",
                "pilot initiatives for the thematic pillar “Improving border management and combating irregular",
                "migration”:",
                " Create joint investigation teams;",
                " Implement multidimensional actions due to the numerous connections among criminal",
                "networks (trafficking of weapons, etc.);  and",
                " Develop early warning systems (anticipation and prevention).",
                "The European Commission recalled that community funding can support implementation of",
                "these projects.");

        // when
        List<Recommendation> recommendations =
                ENRICHER.enrich(Reports.of(text, "en")).recommendations();

        // then
        assertEquals(
                List.of(
                        "Create joint investigation teams;",
                        "Implement multidimensional actions due to the "
                                + "numerous connections among criminal networks (trafficking of weapons, etc.);",
                        "Develop early warning systems (anticipation and prevention)."),
                recommendations.stream().map(Recommendation::text).toList());
        assertEquals("pilot initiatives", recommendations.getFirst().group());
    }

    @Test
    void shouldReadPointsParticipantsEmphasisedAsConclusions() {
        // given points participants emphasised
        String text = """
                During the discussion, the participants emphasised:
                - The need to develop crises prevention mechanisms;
                - The role of the private sector.
                """;

        // when
        List<Recommendation> recommendations =
                ENRICHER.enrich(Reports.of(text, "en")).recommendations();

        // then
        assertEquals(
                List.of(Recommendation.CONCLUSION, Recommendation.CONCLUSION),
                recommendations.stream().map(Recommendation::kind).toList());
        assertEquals(
                "points emphasised by participants", recommendations.getFirst().group());
    }

    @Test
    void shouldReadABulletedListWhoseBulletsBecamePeriods() {
        // given recommendations announced without a colon, their bullets run into one paragraph as periods
        String text = "Adopted Recommendations\n\nThe following recommendations, which were drawn from the "
                + "presentations, the debates and the work of the three groups, were revised and adopted by the "
                + "ministers on the last day of the meeting.\n\n. Strengthen the exchange of data between border agencies. . Encourage member "
                + "states to ratify the protocol on free movement. . Support the return of skilled migrants.";

        // when
        List<Recommendation> recommendations =
                ENRICHER.enrich(Reports.of(text, "en")).recommendations();

        // then each lost bullet starts an item
        assertEquals(
                List.of(
                        "Strengthen the exchange of data between border agencies.",
                        "Encourage member states to ratify the protocol on free movement.",
                        "Support the return of skilled migrants."),
                recommendations.stream().map(Recommendation::text).toList());
        assertEquals(Recommendation.RECOMMENDATION, recommendations.getFirst().kind());
    }

    @Test
    void shouldNotReadAParagraphOpeningWithAPeriodAsAListWhenNothingAnnouncesIt() {
        // given a paragraph that opens with a stray period, after a paragraph that announces nothing
        String text = "On the second day, the delegates visited the harbour and the new container terminal, where the "
                + "port authority showed them the scanners that check every container before it is loaded on a ship."
                + "\n\n. The weather was fine. . Lunch was served at noon.";

        // when
        List<Recommendation> recommendations =
                ENRICHER.enrich(Reports.of(text, "en")).recommendations();

        // then
        assertEquals(List.of(), recommendations);
    }

    @Test
    void shouldReadWhatMemberStatesAffirmedAsConclusions() {
        // given a lead-in that says what the member states affirmed
        String text = """
                The member states reviewed and affirmed what was done under the current chair, which included:
                - The adoption of a work plan for the next two years;
                - Progress in the three priority areas.
                """;

        // when
        List<String> kinds = kinds(text, "en");

        // then
        assertEquals(List.of(Recommendation.CONCLUSION, Recommendation.CONCLUSION), kinds);
    }

    @Test
    void shouldReadAListOfActionsUnderAHeadingThatAnnouncesNothing() {
        // given a fact sheet: a plain heading, then bulleted actions with a label each
        String text = """
                Protecting Migrant Workers

                - Launching a Labour Mobility Portal: the partners opened a portal for seasonal workers.
                - Training Recruiters: two hundred recruiters followed a course on ethical recruitment.
                """;

        // when
        List<Recommendation> recommendations =
                ENRICHER.enrich(Reports.of(text, "en")).recommendations();

        // then both actions are items, as recommendations
        assertEquals(
                List.of(
                        "Launching a Labour Mobility Portal: the partners opened a portal for seasonal workers.",
                        "Training Recruiters: two hundred recruiters followed a course on ethical recruitment."),
                recommendations.stream().map(Recommendation::text).toList());
        assertEquals(Recommendation.RECOMMENDATION, recommendations.getFirst().kind());
    }

    @Test
    void shouldIgnoreTheObjectivesOfAMeetingEvenWhenTheyAreVerbs() {
        // given a list of what a meeting will do
        String text = """
                The meeting will mainly:

                1. review the implementation of the national strategies;
                2. share good practices on labour migration.
                """;

        // when
        List<String> texts = texts(text);

        // then
        assertEquals(List.of(), texts);
    }

    @Test
    void shouldReadTheHeadlineOfEachNumberedRecommendationAndItsActions() {
        // given an evaluation's numbered recommendations, each with an explanation and follow-up actions
        // (one paragraph a line, as a word processor writes them)
        String text = """
                RECOMMENDATIONS

                Recommendation 1: The programme team should publish a yearly results report.

                This recommendation follows from the finding that results are not shared beyond the donors, although the partners and the national authorities asked for them in every steering committee since the start of the programme.

                For the follow-up to this recommendation, the following activities should be considered:

                - Agree on a template with the partners.
                - Publish the first report before the end of the year.

                Recommendation 2: The steering committee should meet twice a year.

                Its meetings were irregular during the second phase, and several decisions on the budget and on the work plan were taken by the secretariat alone, without the committee's approval.
                """;

        // when
        List<String> texts = texts(text);

        // then the headlines, not the explanations, and the actions
        assertEquals(
                List.of(
                        "The programme team should publish a yearly results report.",
                        "Agree on a template with the partners.",
                        "Publish the first report before the end of the year.",
                        "The steering committee should meet twice a year."),
                texts);
    }

    @Test
    void shouldSplitAnInlineListThatADecisionAnnounces() {
        // given a decision with lettered items inside one sentence, and an inline list of reasons
        String text = "The participating states agreed to follow up in writing by a) sending their comments on the "
                + "draft declaration and b) naming their priorities for the next phase. The chair explained that "
                + "the meeting was needed given a) the rise in arrivals and b) the end of the current programme.";

        // when
        List<String> texts = texts(text);

        // then only the decision's items
        assertEquals(
                List.of(
                        "sending their comments on the draft declaration",
                        "naming their priorities for the next phase"),
                texts);
    }

    @Test
    void shouldReadFrenchInfinitivesAfterACommitmentAsItems() {
        // given a French declaration whose commitments are paragraphs opening with an infinitive, without markers
        // (one paragraph a line)
        String text = """
                Réunis à Dakar pour la troisième conférence ministérielle du dialogue, les ministres des pays partenaires ont adopté la déclaration suivante. Les ministres s'engagent à :

                Renforcer la coopération entre les services consulaires des pays partenaires ;

                Améliorer l'accès des migrants à une information fiable sur les voies légales ;

                La prochaine réunion se tiendra à Dakar, à une date que la présidence fixera avec les pays partenaires et la Commission.
                """;

        // when
        List<Recommendation> recommendations =
                ENRICHER.enrich(Reports.of(text, "fr")).recommendations();

        // then the two commitments, not the closing sentence
        assertEquals(
                List.of(
                        "Renforcer la coopération entre les services consulaires des pays partenaires ;",
                        "Améliorer l'accès des migrants à une information fiable sur les voies légales ;"),
                recommendations.stream().map(Recommendation::text).toList());
    }

    @Test
    void shouldSplitARunInListAfterAVerbThatRecommends() {
        // given a French paragraph whose recommending verb ends with ":" and whose items are separated by ";"
        String text = "Les experts réunis à Lomé préconisent de : renforcer les services consulaires ; former les "
                + "agents aux frontières ; et publier un guide des voies légales. La réunion a duré deux jours.";

        // when
        List<Recommendation> recommendations =
                ENRICHER.enrich(Reports.of(text, "fr")).recommendations();

        // then the three items, without the conjunction or the full stop
        assertEquals(
                List.of(
                        "renforcer les services consulaires",
                        "former les agents aux frontières",
                        "publier un guide des voies légales"),
                recommendations.stream().map(Recommendation::text).toList());
    }

    @Test
    void shouldIgnoreARunInListThatOnlyANounAnnounces() {
        // given narrative sentences naming recommendations or actions before ":" and ";"-separated clauses
        String text = "The recommendations of the forum aim to: widen the debate; gather better figures; and "
                + "change public views. The actions of the ministry are geared towards: training; research; and "
                + "outreach.";

        // when
        List<String> texts = texts(text);

        // then nothing: no verb right before the colon announces items
        assertEquals(List.of(), texts);
    }

    @Test
    void shouldReadTwoListsSeparatedByALeadInEachOfItsOwnKind() {
        // given findings, then a paragraph introducing recommendations, then the recommendations
        String text = """
                The evaluation team reached the following findings:

                - Referral between services is slow;
                - Data on returns are scattered.

                The team therefore made two recommendations. These recommendations are:

                - A shared referral form for all services;
                - A single register of returns.
                """;

        // when
        List<Recommendation> recommendations =
                ENRICHER.enrich(Reports.of(text, "en")).recommendations();

        // then two findings as conclusions, two recommendations as recommendations
        assertEquals(
                List.of(
                        Recommendation.CONCLUSION,
                        Recommendation.CONCLUSION,
                        Recommendation.RECOMMENDATION,
                        Recommendation.RECOMMENDATION),
                recommendations.stream().map(Recommendation::kind).toList());
        assertEquals(
                "A shared referral form for all services;",
                recommendations.get(2).text());
    }

    @Test
    void shouldNeverTakeAQuestionForAnItem() {
        // given findings grouped under a numbered evaluation question
        String text = """
                Summary of key findings

                  1. How far did the training reach local officials?
                  • Most trained officials now apply the new referral procedure.
                """;

        // when
        List<String> texts = texts(text);

        // then only the finding
        assertEquals(List.of("Most trained officials now apply the new referral procedure."), texts);
    }

    @Test
    void shouldReadTheNumberedPrinciplesOfADeclarationAsConclusions() {
        // given a declaration's numbered principles under their heading
        String text = """
                The member states set out the views that guide their cooperation.

                Principles

                  1. Mobility within the region benefits countries of origin and destination alike.
                  2. Every migrant is entitled to the protection of his or her fundamental rights.
                """;

        // when
        List<String> kinds = kinds(text, "en");

        // then both principles, as conclusions
        assertEquals(List.of(Recommendation.CONCLUSION, Recommendation.CONCLUSION), kinds);
    }

    @Test
    void shouldReadSpanishItemsThatSayWhatAnActorWillDoAsActions() {
        // given a Spanish fact sheet: a heading that announces nothing, then items in the future tense
        String text = """
                Pilar II: Vías laborales

                Los países vecinos han ampliado sus programas en los últimos años.

                - El Gobierno de Panamá ofrecerá dos mil permisos de trabajo temporal.
                - Los Estados participantes abrirán una oficina común de contratación.
                """;

        // when
        List<Recommendation> recommendations =
                ENRICHER.enrich(Reports.of(text, "es")).recommendations();

        // then both items, as recommendations
        assertEquals(
                List.of(
                        "El Gobierno de Panamá ofrecerá dos mil permisos de trabajo temporal.",
                        "Los Estados participantes abrirán una oficina común de contratación."),
                recommendations.stream().map(Recommendation::text).toList());
    }

    @Test
    void shouldReadASpanishListAfterALeadInThatRecommends() {
        // given a Spanish lead-in that recommends, then items without verbs
        String text = """
                Los expertos recomiendan:

                - Un registro común de los retornos;
                - Una guía sobre las vías legales.
                """;

        // when
        List<Recommendation> recommendations =
                ENRICHER.enrich(Reports.of(text, "es")).recommendations();

        // then both items
        assertEquals(2, recommendations.size());
        assertEquals(Recommendation.RECOMMENDATION, recommendations.getFirst().kind());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "The review has confirmed that the centre, among other aspects:|en",
                "The assessment found that the programme:|en",
                "L'évaluation a montré que le projet :|fr"
            })
    void shouldReadTheItemsOfWhatAnEvaluationFoundAsConclusions(String leadIn, String language) {
        // given a lead-in that reports what an evaluation found, then bulleted items with no verb of action
        String text = leadIn + """


                  • Is based on a careful reading of the needs of the communities it serves.
                  • Is steadily improving the follow-up of the families it supports.
                """;

        // when
        List<String> kinds = kinds(text, language);

        // then both items, as conclusions
        assertEquals(List.of(Recommendation.CONCLUSION, Recommendation.CONCLUSION), kinds);
    }

    @Test
    void shouldReadTheLabelledParagraphsOfAnnouncedCommitmentsAsItems() {
        // given a hard-wrapped fact sheet whose lead-in announces commitments, then paragraphs that each run in after
        // a label, one of them going on in a second paragraph, and a closing narrative
        String text = """
                New Commitments

                The following companies and organizations announced new commitments
                today, joining the companies that invested since the launch last year:

                Acme Foods:  Acme Foods, a family-owned company, will invest more
                than $20 million in two new plants that will employ 300 people in the
                region over the next five years.

                In addition, Acme Foods will buy its packaging from local firms and
                train their staff in food safety.

                Blue Harbor Ltd.: Blue Harbor Ltd., a software firm, will train 5,000
                young people in coding over three years in rural towns.

                Taken together, these commitments create new jobs across the region
                and give hope to the young people who live there.

                Updates on Earlier Commitments

                The companies that committed last year report steady progress in
                their work with the partner governments.
                """;

        // when
        List<Recommendation> recommendations =
                ENRICHER.enrich(Reports.of(text, "en")).recommendations();

        // then each labelled paragraph is one item, on one line with the paragraph it runs on into before the next
        // label; the closing narrative is not the last item's
        assertEquals(
                List.of(
                        "Acme Foods: Acme Foods, a family-owned company, will invest more than $20 million in two new"
                                + " plants that will employ 300 people in the region over the next five years. In"
                                + " addition, Acme Foods will buy its packaging from local firms and train their staff"
                                + " in food safety.",
                        "Blue Harbor Ltd.: Blue Harbor Ltd., a software firm, will train 5,000 young people in coding"
                                + " over three years in rural towns."),
                recommendations.stream().map(Recommendation::text).toList());
        assertEquals(Recommendation.RECOMMENDATION, recommendations.get(1).kind());
    }

    @Test
    void shouldReadFrenchFindingsAsConclusions() {
        // given a French lead-in announcing findings, then bulleted items without verbs
        String text = """
                Au terme des travaux, les participants ont dressé les constatations suivantes :

                  • La faiblesse des données sur les retours ;
                  • Le manque de coordination entre les services.
                """;

        // when
        List<String> kinds = kinds(text, "fr");

        // then both items, as conclusions
        assertEquals(List.of(Recommendation.CONCLUSION, Recommendation.CONCLUSION), kinds);
    }

    @Test
    void shouldReadTheHeadingOfAListAsOneWhenItIsWrappedOverTwoLines() {
        // given a hard-wrapped fact sheet whose section heading, an action, takes two lines
        String text = """
                The partner countries met in Lisbon to review the progress of the
                regional compact and presented the steps they took since the last
                meeting of the ministers in the spring.

                Protecting Seasonal
                Workers

                - The Ministry of Labour opened a portal where seasonal workers
                  find vetted employers and the terms of their contracts.

                - Two hundred recruiters followed a course on ethical recruitment
                  organised by the labour inspectorate.
                """;

        // when
        List<String> texts = texts(text);

        // then the heading, read whole, makes the items actions
        assertEquals(
                List.of(
                        "The Ministry of Labour opened a portal where seasonal workers find vetted employers and the"
                                + " terms of their contracts.",
                        "Two hundred recruiters followed a course on ethical recruitment organised by the labour"
                                + " inspectorate."),
                texts);
    }

    @Test
    void shouldNotJoinAHeadingThatEndsWithPunctuationToTheNextOne() {
        // given a heading ending with a comma above the heading of a list of appointments
        String text = """
                CONCERNING INDIVIDUAL MEASURES,

                FOR THE MINISTRY OF LABOUR:

                - Ms Jane Roe, labour inspector, is appointed Director of Labour Relations.
                - Mr John Poe, engineer, is appointed Director of Vocational Training.
                """;

        // when
        List<String> texts = texts(text);

        // then the appointments are no list of recommendations
        assertEquals(List.of(), texts);
    }

    @Test
    void shouldReadTheSubListThatAnItemOfARecordAnnouncesAsRecommendations() {
        // given a database record laid out as a list of fields, one of which introduces numbered measures
        String text = """
                - programme:
                - Safe Labour Migration
                - recommendation:
                - The ministry must review the recruitment rules before the next phase. The measures that the ministry should take are the following:
                1. Set up a review committee with the recruiters' association.
                2. Publish the revised rules within a year.
                """;

        // when
        List<String> texts = texts(text);

        // then the introducing item, which says more than its lead-in, and the measures
        assertEquals(
                List.of(
                        "The ministry must review the recruitment rules before the next phase. The measures that the"
                                + " ministry should take are the following:",
                        "Set up a review committee with the recruiters' association.",
                        "Publish the revised rules within a year."),
                texts);
    }

    @Test
    void shouldReadALongHeadingInTitleCaseAsTheListsHeading() {
        // given a section heading of fifteen words in title case, an action, above items that are facts
        String text = """
                Supporting the Integration of Migrants and Refugees in Host Communities to Foster Long-term Stabilization

                - The ministry opened three community centres in the border provinces.
                - Two thousand refugees received a work permit in the first year.
                """;

        // when
        List<String> texts = texts(text);

        // then
        assertEquals(
                List.of(
                        "The ministry opened three community centres in the border provinces.",
                        "Two thousand refugees received a work permit in the first year."),
                texts);
    }

    @Test
    void shouldIgnoreThePillarsOfAFrameworkEvenWhenTheyAreActions() {
        // given the pillars a framework rests on, listed after the sentence that names them
        String text = """
                Since the summit, the member states have made progress across the compact's three pillars:

                1. improving the protection of migrant workers;
                2. opening regular pathways; and
                3. fighting the smuggling of migrants.
                """;

        // when
        List<String> texts = texts(text);

        // then
        assertEquals(List.of(), texts);
    }

    @Test
    void shouldReadTheParagraphAfterABareRecommendationNumber() {
        // given an evaluation whose recommendations are a numbered label each, the text in the next paragraph
        String text = """
                Recommendation 1

                Publish the results of the programme every year.

                Recommendation 2

                Hold the steering committee twice a year.
                """;

        // when
        List<String> texts = texts(text);

        // then
        assertEquals(
                List.of(
                        "Publish the results of the programme every year.",
                        "Hold the steering committee twice a year."),
                texts);
    }

    @Test
    void shouldReadTheKeyPointsAMeetingCoveredAsConclusions() {
        // given a press release listing the key points a meeting covered
        String text = """
                Besides the new partnership, several key points were covered by the ministers:

                - the minister stressed the need for joint patrols along the coast
                - a shared commitment to work with ferry operators on passenger checks
                """;

        // when
        List<String> kinds = kinds(text, "en");

        // then
        assertEquals(List.of(Recommendation.CONCLUSION, Recommendation.CONCLUSION), kinds);
    }

    /** The kinds of the items found in a report's text. */
    private static List<String> kinds(String text, String language) {
        return ENRICHER.enrich(Reports.of(text, language)).recommendations().stream()
                .map(Recommendation::kind)
                .toList();
    }

    private static List<String> texts(String text) {
        return ENRICHER.enrich(Reports.of(text, "en")).recommendations().stream()
                .map(Recommendation::text)
                .toList();
    }
}
