package org.migrationdialogue.pipeline.enrich.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.migrationdialogue.pipeline.common.events.OrganisationMention;
import org.migrationdialogue.pipeline.enrich.core.knowledge.Knowledge;

class OrganisationFindingTest {

    private static final Enricher ENRICHER = Enricher.fromResources();

    @Test
    void shouldGiveFrenchAndEnglishNamesTheSameIds() {
        // given the same organisations named in French and in English
        String french = "L'OIM, le HCR, la CEDEAO, l'UA et l'Organisation internationale du travail.";
        String english = "The IOM, the UNHCR, ECOWAS, the AU and the International Labour Organization.";

        // when
        Map<String, Integer> fromFrench = organisations(french, "fr");
        Map<String, Integer> fromEnglish = organisations(english, "en");

        // then
        Map<String, Integer> expected = Map.of("iom", 1, "unhcr", 1, "ecowas", 1, "au", 1, "ilo", 1);
        assertEquals(expected, fromFrench);
        assertEquals(expected, fromEnglish);
    }

    @Test
    void shouldNotReadFrenchWordsAsAcronyms() {
        // given French words spelled like acronyms, in lower case
        String text = "Il est allé au Maroc et a eu une réunion.";

        // when
        Map<String, Integer> organisations = organisations(text, "fr");

        // then
        assertEquals(Map.of(), organisations);
    }

    @Test
    void shouldNotReadAcronymsInsideCapitalisedHeadings() {
        // given a heading in capitals holding "WHO" and "EU" as plain words
        String text = "WHO WE ARE AND WHAT EU MEANS\n\nThe WHO supports migrants' health.";

        // when
        Map<String, Integer> organisations = organisations(text, "en");

        // then only the acronym in running text counts
        assertEquals(Map.of("who", 1), organisations);
    }

    @Test
    void shouldFindOtherDialoguesAndProcesses() {
        // given the names of several migration dialogues
        String text = "The Khartoum Process, the Budapest Process, the Prague Process, the GFMD, the MTM dialogue, "
                + "the Joint Valletta Action Plan and the Migration, Mobility and Employment Partnership.";

        // when
        Map<String, Integer> organisations = organisations(text, "en");

        // then the dialogues, but not the action plan, which is a plan and no organisation
        assertEquals(
                Map.of(
                        "khartoum-process",
                        1,
                        "budapest-process",
                        1,
                        "prague-process",
                        1,
                        "gfmd",
                        1,
                        "mtm",
                        1,
                        "mme",
                        1),
                organisations);
    }

    @Test
    void shouldDefineLocalOrganisationsFromTheirAcronyms() {
        // given an organisation the report defines itself, then uses by acronym
        String text = "The National Migration Observatory (NMO) published data. The NMO will publish more.";

        // when
        List<OrganisationMention> mentions =
                ENRICHER.enrich(Reports.of(text, "en")).organisations();

        // then
        assertEquals(
                List.of(new OrganisationMention(
                        "local:nmo",
                        "NMO",
                        "National Migration Observatory",
                        List.of("National Migration Observatory", "NMO"),
                        2)),
                mentions);
    }

    @Test
    void shouldNotTakeProgrammesOrGenericBodiesForOrganisations() {
        // given acronyms of a programme, a concept and a plural kind of body, and several agencies of a system
        String text = "The Mobility Programme (MOPRO), Integrated Border Management (IBM) and Civil Society "
                + "Organisations (CSO) were discussed with UN agencies.";

        // when
        Map<String, Integer> organisations = organisations(text, "en");

        // then
        assertEquals(Map.of(), organisations);
    }

    @Test
    void shouldAttributeNationalMinistriesToTheirCountries() {
        // given ministries named by adjective, by "of <country>", and by their people abroad
        String text = "The French Ministry of Interior, the Ministry of Interior of Italy, the Ministry of Malians "
                + "Abroad and the Spanish Foreign Ministry met.";

        // when
        Map<String, Integer> organisations = organisations(text, "en");

        // then
        assertEquals(
                Map.of("gov:fr:interior", 1, "gov:it:interior", 1, "gov:ml:diaspora", 1, "gov:es:foreign-affairs", 1),
                organisations);
    }

    @Test
    void shouldReadFrenchMinistryNames() {
        // given French ministry names, whose adjectives are in lower case and whose country follows
        String text = "Le Ministère des Affaires étrangères du Maroc et le Ministère de l'Intérieur du Sénégal.";

        // when
        Map<String, Integer> organisations = organisations(text, "fr");

        // then
        assertEquals(Map.of("gov:ma:foreign-affairs", 1, "gov:sn:interior", 1), organisations);
    }

    @Test
    void shouldDefineFrenchLocalOrganisations() {
        // given a French organisation defined with its acronym
        String text = "Le HCR ainsi que l'Office national des migrations (ONM) étaient présents. L'ONM a conclu.";

        // when
        List<OrganisationMention> mentions =
                ENRICHER.enrich(Reports.of(text, "fr")).organisations();

        // then
        assertEquals(
                List.of(
                        new OrganisationMention(
                                "local:onm",
                                "ONM",
                                "Office national des migrations",
                                List.of("Office national des migrations", "ONM"),
                                2),
                        new OrganisationMention(
                                "unhcr", "UNHCR", "United Nations High Commissioner for Refugees", List.of("HCR"), 1)),
                mentions);
    }

    @Test
    void shouldAttributeAMinistryToTheCountryNamedJustBefore() {
        // given a ministry whose country is named earlier in the sentence
        String text = "Mr X, Director of Foreigners living in Algeria of the Ministry of Foreign Affairs, spoke.";

        // when
        Map<String, Integer> organisations = organisations(text, "en");

        // then
        assertEquals(Map.of("gov:dz:foreign-affairs", 1), organisations);
    }

    @Test
    void shouldPreferTheLongestOrganisationName() {
        // given a name that contains another registry name
        String text = "The Rabat Process Support Project and the ECOWAS Commission.";

        // when
        Map<String, Integer> organisations = organisations(text, "en");

        // then
        assertEquals(Map.of("rabat-support-project", 1, "ecowas-commission", 1), organisations);
    }

    @Test
    void shouldKeepMinistriesOfOneCountryApartWhenTheirPortfolioIsNotListed() {
        // given two Senegalese ministries whose portfolios have no keyword, one named again in short
        String text = "Le Ministère de la Pêche et des Ressources maritimes du Sénégal et le Ministère de l'Urbanisme "
                + "du Sénégal. Le Ministère de la Pêche a conclu.";

        // when
        Map<String, Integer> organisations = organisations(text, "fr");

        // then one id per ministry, the short name with its long one
        assertEquals(Map.of("gov:sn:peche", 2, "gov:sn:urbanisme", 1), organisations);
    }

    @Test
    void shouldReadAFrenchMinistryNameAcrossCommasAndAdjectives() {
        // given a French ministry name with a comma, lower-case adjectives and the country before it
        String text = "Au Sénégal, le Ministère de l'Habitat, des Collectivités territoriales et de la Transition "
                + "écologique a présenté son plan.";

        // when
        List<String> names = names(text, "fr");

        // then the whole name, up to its last adjective
        assertEquals(
                List.of("Ministère de l'Habitat, des Collectivités territoriales et de la Transition écologique"),
                names);
    }

    @Test
    void shouldNotTakeAnArticleOrAnHonorificIntoAMinistryName() {
        // given a ministry name after "The" at a sentence start, then "and H.E." with a person
        String text = "The Chilean Ministry of Labor and Social Welfare and H.E. Mr Pablo Soto opened the meeting.";

        // when
        List<OrganisationMention> mentions =
                ENRICHER.enrich(Reports.of(text, "en")).organisations();

        // then the name starts at the demonym, ends before the honorific, and US spelling finds the portfolio
        assertEquals(
                List.of("gov:cl:labour"),
                mentions.stream().map(OrganisationMention::id).toList());
        assertEquals(
                List.of("Chilean Ministry of Labor and Social Welfare"),
                mentions.getFirst().names());
    }

    @Test
    void shouldDefineAnAcronymByTheNameItsFirstLetterOpens() {
        // given two bodies run together before an acronym that stands for the second one
        String text = "Les agents de la Caisse de Solidarité sociale et de l'Institut de Retraite du Mali (IRM) "
                + "sont réunis. L'IRM paie les pensions.";

        // when
        List<OrganisationMention> mentions =
                ENRICHER.enrich(Reports.of(text, "fr")).organisations();

        // then the acronym's name starts at the Institut, and the Caisse is a body of its own
        OrganisationMention defined = mentions.stream()
                .filter(mention -> mention.id().equals("local:irm"))
                .findFirst()
                .orElseThrow();
        assertEquals("Institut de Retraite du Mali", defined.name());
        assertEquals(2, defined.mentions());
        assertTrue(
                mentions.stream().anyMatch(mention -> mention.names().contains("Caisse de Solidarité sociale")),
                mentions.toString());
    }

    @Test
    void shouldJoinAReportsShortDefinitionOfARegistryAcronymToThatBody() {
        // given the registry's full name of a body, then a shorter name of it defined with the same acronym
        String text = "The Global Migration Data Analysis Centre published figures. Later, the Data Analysis Centre "
                + "(GMDAC) presented them.";

        // when
        Map<String, Integer> organisations = organisations(text, "en");

        // then one body, the registry's
        assertEquals(Map.of("iom-gmdac", 2), organisations);
    }

    @Test
    void shouldJoinANamedBodyToTheDefinitionOfTheSameName() {
        // given a body defined with its acronym, named again later without it
        String text = "Le Fonds de Garantie sociale (FGS) finance les projets. Le directeur du Fonds de Garantie "
                + "sociale a démissionné.";

        // when
        Map<String, Integer> organisations = organisations(text, "fr");

        // then both names are the defined body
        assertEquals(Map.of("local:fgs", 2), organisations);
    }

    @Test
    void shouldReadACountryOfficeOfARegistryBodyAsABodyOfItsOwn() {
        // given country offices of a registry body, and the body itself
        String text = "IOM Kenya and IOM Uganda supported the returns. IOM coordinated the EU-Turkey talks.";

        // when
        Map<String, Integer> organisations = organisations(text, "en");

        // then one id per office, the body apart, and no office read from a hyphenated pair
        assertEquals(Map.of("iom:ke", 1, "iom:ug", 1, "iom", 1, "eu", 1), organisations);
    }

    @Test
    void shouldDefineAcronymsWrittenInTwoPartsAndCompanyForms() {
        // given a company and a national body defined with two-part acronyms
        String text = "Le directeur général de la Société des Eaux du Mali (SEM SA) et celui de l'Aéroport "
                + "International Jean DUPONT (AIJD SA) ont signé. La SEM SA investira.";

        // when
        List<OrganisationMention> mentions =
                ENRICHER.enrich(Reports.of(text, "fr")).organisations();

        // then each is defined by its full name, not by the capitalised surname before the parenthesis
        assertEquals(
                Map.of(
                        "local:sem-sa",
                        "Société des Eaux du Mali",
                        "local:aijd-sa",
                        "Aéroport International Jean DUPONT"),
                mentions.stream().collect(Collectors.toMap(OrganisationMention::id, OrganisationMention::name)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bodiesTheReportDefines")
    void shouldReadABodyAsTheReportDefinesIt(String shape, String language, String text, Map<String, String> names) {
        // given a body the report defines itself (the case's shape)

        // when
        List<OrganisationMention> mentions =
                ENRICHER.enrich(Reports.of(text, language)).organisations();

        // then each body once, by the report's own definition, and no registry body of the same acronym
        assertEquals(
                names, mentions.stream().collect(Collectors.toMap(OrganisationMention::id, OrganisationMention::name)));
    }

    static Stream<Arguments> bodiesTheReportDefines() {
        return Stream.of(
                Arguments.of(
                        "an acronym glossed with its language, in Spanish",
                        "es",
                        "El Departamento del Trabajo (DOL, por sus siglas en inglés) amplió las visas.",
                        Map.of("local:dol", "Departamento del Trabajo")),
                Arguments.of(
                        "an acronym glossed with its language, in French",
                        "fr",
                        "Le Conseil Régional des Pêcheurs (CRP en sigle anglais) a tenu sa session.",
                        Map.of("local:crp", "Conseil Régional des Pêcheurs")),
                Arguments.of(
                        "a short definition later written in full, with its complement and its parent's acronym",
                        "en",
                        "The Regional Office (RO) led the project. IOM's Regional Office for the Pacific Islands "
                                + "reported to the Board, and the Regional Office for the Pacific Islands and Oceania "
                                + "replied.",
                        Map.of("local:ro", "Regional Office", "iom", "International Organization for Migration")));
    }

    @Test
    void shouldReadLongFrenchBodyNamesAfterAnElidedArticle() {
        // given French bodies after "l'", one with "et de la" and a lower-case noun inside its name
        String text = "Il est nommé directeur de l'Agence nationale de la Petite enfance et de la Maison des Familles, "
                + "puis de l'Agence malienne de Reboisement.";

        // when
        List<String> names = names(text, "fr");

        // then
        assertEquals(
                List.of(
                        "Agence nationale de la Petite enfance et de la Maison des Familles",
                        "Agence malienne de Reboisement"),
                names);
    }

    @Test
    void shouldKeepTheOrganisationOfAfricanUnityApartFromTheAfricanUnion() {
        // given the African Union and the body it replaced
        String text = "The African Union replaced the Organisation of African Unity (OAU) in 2002.";

        // when
        Map<String, Integer> organisations = organisations(text, "en");

        // then (the acronym after the name is a mention too)
        assertEquals(Map.of("au", 1, "oau", 2), organisations);
    }

    @Test
    void shouldReadLowerCasePortfoliosInAFrenchMinistryName() {
        // given a French ministry whose list of portfolios writes some nouns in lower case
        String text = "Au Bénin, le Ministère du Tourisme, de l'Artisanat et de la formation professionnelle a signé. "
                + "Le Ministère de la Justice et de la législation a suivi.";

        // when
        List<String> names = names(text, "fr");

        // then both names in full
        assertEquals(
                List.of(
                        "Ministère du Tourisme, de l'Artisanat et de la formation professionnelle",
                        "Ministère de la Justice et de la législation"),
                names);
    }

    @Test
    void shouldNotTakeTheArticleOfAParentsNameIntoTheBodysName() {
        // given a body named after its parent, the parent written with its article
        String text = "Leaders of the White House Office of Neighborhood Partnerships met faith leaders.";

        // when
        List<String> names = names(text, "en");

        // then the body's name starts with its parent's, without the article
        assertTrue(names.contains("White House Office of Neighborhood Partnerships"), names::toString);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bodiesCountedById")
    void shouldCountEachBodyUnderItsId(String shape, String language, String text, Map<String, Integer> ids) {
        // given a report of the case's shape

        // when
        Map<String, Integer> organisations = organisations(text, language);

        // then each body under its id, with its mentions
        assertEquals(ids, organisations);
    }

    static Stream<Arguments> bodiesCountedById() {
        return Stream.of(
                Arguments.of(
                        "ministries of the one country a communiqué names, once and far from them",
                        "fr",
                        "Le Conseil a adopté deux projets de décret.\n\n1-Au titre du Ministère de la Pêche;\n"
                                + "Le texte organise la filière.\n\n2-Au titre du Ministère du Tourisme et des "
                                + "Loisirs;\nLe texte vise à mieux accueillir les visiteurs au Togo.",
                        Map.of("gov:tg:peche", 1, "gov:tg:tourisme", 1)),
                Arguments.of(
                        "bodies named after the process they belong to, one with generic words only",
                        "en",
                        "The Rabat Process Steering Committee met in Rabat. The Prague Process Research Observatory "
                                + "published a study.",
                        Map.of(
                                "rabat-process",
                                1,
                                "org:rabat-process-steering-committee",
                                1,
                                "prague-process",
                                1,
                                "org:prague-process-research-observatory",
                                1)),
                Arguments.of(
                        "a hub defined with its acronym, then named by it",
                        "en",
                        "The Acme Regional Data Hub (ARDH) released its report. The ARDH will hold a workshop.",
                        Map.of("local:ardh", 2)),
                Arguments.of(
                        "the continent-to-continent dialogue and the Khartoum Process's centre by their long names",
                        "en",
                        "Dialogues such as the Continent-to-Continent Migration and Mobility Dialogue were cited. "
                                + "Partners included the Regional Operational Centre in support of the Khartoum "
                                + "Process and the AU-Horn of Africa Initiative (ROCK).",
                        Map.of("mmd", 1, "rock", 2)));
    }

    @Test
    void shouldJoinAnAcronymToTheLongNameItsInitialsSpell() {
        // given acronyms after long names with lower-case words, a known process and a place inside them
        String text = "Partners included the Regional Coordination Unit in support of the Rabat Process and the "
                + "Sahel Alliance (RCUR). The RCUR met twice.\n\nThe Regional Liaison Office in Kampala (RLOK) "
                + "opened.";

        // when
        List<String> names = names(text, "en");

        // then each acronym joins its whole name, one body each
        assertEquals(
                List.of(
                        "Regional Coordination Unit in support of the Rabat Process and the Sahel Alliance",
                        "RCUR",
                        "Regional Liaison Office in Kampala"),
                names);
    }

    @Test
    void shouldNotTakeTheNameOfABodysMeetingForABody() {
        // given a meeting named after a group, with a possessive before "Meeting"
        String text = "Delegates attended the 4th Joint Working Group Senior Experts' Meeting in Lima.";

        // when
        Map<String, Integer> organisations = organisations(text, "en");

        // then
        assertEquals(Map.of(), organisations);
    }

    @Test
    void shouldJoinABodyNamedInACapitalisedHeadingToItsFullName() {
        // given a heading in capitals that cuts the name at its head, and the name defined in the text
        String text = "REGIONAL TASK FORCE ON PORT SAFETY\n\nThe Task Force on Port Safety (TFPS) met in Manila.";

        // when
        Map<String, Integer> organisations = organisations(text, "en");

        // then one body
        assertEquals(Map.of("local:tfps", 2), organisations);
    }

    @Test
    void shouldReadAnOrganOfARegistryBodyAsABodyOfItsOwn() {
        // given the council of ministers of a regional body, in French, and the body itself
        String text = "Le Conseil des ministres de la CEDEAO a adopté le texte que la CEDEAO publiera.";

        // when
        List<OrganisationMention> mentions =
                ENRICHER.enrich(Reports.of(text, "fr")).organisations();

        // then the organ with its full name, and the body
        assertEquals(
                Map.of(
                        "ecowas:council-of-ministers",
                        List.of("Conseil des ministres de la CEDEAO"),
                        "ecowas",
                        List.of("CEDEAO")),
                mentions.stream().collect(Collectors.toMap(OrganisationMention::id, OrganisationMention::names)));
    }

    @Test
    void shouldShipARegistryOfAtLeast150Organisations() {
        // given the registry shipped with the module
        Knowledge knowledge = Knowledge.fromResources();

        // when
        int size = knowledge.organisations().size();

        // then
        assertTrue(size >= 150, "registry size " + size);
    }

    @Test
    void shouldDefineABodyWhoseNameARegistryBodyOpens() {
        // given a forum named after a registry body, defined with its own acronym
        String text = "Members of the ECOWAS Traders’ Forum (ETF) met in Accra. The ETF will meet again in May.";

        // when
        Map<String, Integer> organisations = organisations(text, "en");

        // then the forum is a body of its own, beside the registry body
        assertTrue(organisations.containsKey("local:etf"), organisations.toString());
        assertTrue(organisations.containsKey("ecowas"), organisations.toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("namesFollowedByWhatIsNotTheBody")
    void shouldEndABodysNameWhereTheBodyEnds(String followedBy, String text, String body) {
        // given a body's name followed by something that is not part of it (the case's text)

        // when
        List<String> names = names(text, "en");

        // then the body is named without what follows it
        assertEquals(List.of(body), names);
    }

    static Stream<Arguments> namesFollowedByWhatIsNotTheBody() {
        return Stream.of(
                Arguments.of(
                        "the title of a role in it",
                        "The Harbour Group Rapporteur (Norway) presented the draft.",
                        "Harbour Group"),
                Arguments.of(
                        "a rank and a person's name",
                        "The delegation included the Commander of the Atlantic Naval Command General Peter Olsen.",
                        "Atlantic Naval Command"),
                Arguments.of(
                        "a rank of two words and a person's name",
                        "The visit ended with the Northern Fleet Command Rear Admiral Jane Roe.",
                        "Northern Fleet Command"),
                Arguments.of(
                        "an honorific joined by a hyphen",
                        "Remarks came from the Liaison Officer in the Ministry of Fisheries of Ghana-Mr. Kofi Mensah.",
                        "Ministry of Fisheries of Ghana"),
                Arguments.of(
                        "the city it is in",
                        "The meeting was organised with the Kenyan Ministry of Labour in Nairobi.",
                        "Kenyan Ministry of Labour"),
                Arguments.of(
                        "a comma and an honorific",
                        "The Director of the Ministry of Trade of Ghana, Mr. Kofi Mensah, opened the session.",
                        "Ministry of Trade of Ghana"));
    }

    @Test
    void shouldReadAConsultancyFromTheShapeOfItsNameButNotALabelJoinedToANameBeforeIt() {
        // given a consultancy that no registry knows, and a front matter's "Consulting:" label that the cleaner
        // joined to the authors' line before it
        String text = "The evaluation was implemented by Nordvik Analytics Consulting.\n\nAuthors:\n"
                + "Dr Ingrid Solberg, Tomas Vik\nConsulting:\nNordvik Analytics Consulting, Bergen";

        // when
        List<String> names = names(text, "en");

        // then the consultancy is one body, the label no name's end
        assertEquals(List.of("Nordvik Analytics Consulting"), names);
    }

    @Test
    void shouldReadEvaluationConsultanciesAndAMinistryCalledDepartmentFromTheRegistry() {
        // given consultancies of evaluation reports (one written in lower case) and the Philippine department of
        // labour, whose name the United States department's opens
        String text = "Evaluators: two experts (GPPi) and one expert (adelphi), with IBF International Consulting. "
                + "The Secretary of the Philippines' Department of Labor and Employment attended.";

        // when
        Map<String, Integer> found = organisations(text, "en");

        // then
        assertEquals(Map.of("gppi", 1, "adelphi", 1, "ibf", 1, "gov:ph:labour", 1), found);
    }

    @Test
    void shouldReadAnOrganNamedAfterItsOrganisationsBracketedAcronym() {
        // given an organ written as its organisation's full name, acronym in brackets and the organ's word, and a
        // registry name that holds its own acronym in brackets
        String text = "The Economic Community of West African States (ECOWAS) Commission hosted a European Union "
                + "(EU)-funded meeting. ECOWAS member states attended, with the International Office of Migration.";

        // when
        List<OrganisationMention> found =
                ENRICHER.enrich(Reports.of(text, "en")).organisations();

        // then the organ is the Commission, the bracketed name reads whole, and the misnamed IOM is the IOM
        Map<String, List<String>> names =
                found.stream().collect(Collectors.toMap(OrganisationMention::id, OrganisationMention::names));
        assertEquals(
                Map.of(
                        "ecowas-commission",
                        List.of("Economic Community of West African States (ECOWAS) Commission"),
                        "eu",
                        List.of("European Union (EU)"),
                        "ecowas",
                        List.of("ECOWAS"),
                        "iom",
                        List.of("International Office of Migration")),
                names);
    }

    @Test
    void shouldReadADialogueProcessFromTheShapeOfItsName() {
        // given a consultative process that no registry knows
        String text = "The Andean Consultative Process on Mobility met for the third time.";

        // when
        List<String> names = names(text, "en");

        // then its name is read around the head word "Process"
        assertEquals(List.of("Andean Consultative Process on Mobility"), names);
    }

    @Test
    void shouldJoinAHeadingThatRepeatsADefinedNameAfterItsParentsAcronym() {
        // given a body defined after its parent's acronym, named so again in a heading, and in a list of acronyms
        String text = "The review was made for the IOM Internal Audit Division (IAD), the Office of Internal "
                + "Oversight (OIO).\n\nResponsibility lies with the IOM IAD.\n\nIOM Internal Audit Division\n\n"
                + "TABLE OF CONTENTS\n\nAcronyms\n\nIAD  Internal Audit Division\nOIO  Office of Internal Oversight\n"
                + "PRD  Protection Review Division\n\nThe IAD met the teams.";

        // when
        Map<String, Integer> organisations = organisations(text, "en");

        // then the heading is a mention of the defined body, not a body of its own
        assertTrue(organisations.containsKey("local:iad"), organisations.toString());
        assertTrue(organisations.keySet().stream().noneMatch(id -> id.startsWith("org:")), organisations.toString());
    }

    @Test
    void shouldReadTheBodiesOfAnEnumerationThatANounOfBodiesOpens() {
        // given firms and foundations with no organisation word, listed after "including", and a country among them
        String text = "Nine firms and foundations pledged support to rural cooperatives, including Zentrix, Holmgard, "
                + "Norway, the Lirra Trust for Girls, Ostavo S.A. and Brevik Mobile.";

        // when
        List<String> names = names(text, "en");

        // then each listed body is an organisation; the country is not
        assertEquals(List.of("Zentrix", "Holmgard", "Lirra Trust for Girls", "Ostavo S.A.", "Brevik Mobile"), names);
    }

    @Test
    void shouldNotReadAnEnumerationOfPlacesOrThemesAsBodies() {
        // given a noun of bodies followed by a list of countries, and a list of themes with no noun of bodies
        String text = "Partner organizations work in several countries, including Kenya, Uganda and Chile. "
                + "The topics were Labour Mobility, Return and Reintegration.";

        // when
        List<String> names = names(text, "en");

        // then nothing is an organisation
        assertEquals(List.of(), names);
    }

    @Test
    void shouldReadTheCompaniesOfParticipantsListedWithTheirPosts() {
        // given a list of participants, each a name and a post held in a company
        String text = "Participating partners included: Anna Berg, CEO of Zentrix; Paul Lind, President, Holmgard "
                + "Philanthropies; Maria Soto, Chair of the board and Founder of Ostavo; Ivo Rank, Managing "
                + "Director of Allen & Co.";

        // when
        List<String> names = names(text, "en");

        // then the companies are organisations, the people are not
        assertEquals(List.of("Zentrix", "Holmgard Philanthropies", "Ostavo", "Allen & Co."), names);
    }

    @Test
    void shouldReadANationalityAndAMinistryAcronymAsThatCountrysMinistry() {
        // given a ministry named by a demonym and its acronym, and the same acronym alone
        String text = "Ambassador Jane Doe, Kenyan MFA Director for Consular Affairs, opened the meeting. The MFA "
                + "hosted a reception.";

        // when
        Map<String, Integer> organisations = organisations(text, "en");

        // then the demonym says whose ministry it is; the acronym alone names none
        assertEquals(Map.of("gov:ke:foreign-affairs", 1), organisations);
    }

    @Test
    void shouldReadTheRegistryNamesOfUnitarAndTheSahelAndWestAfricaClub() {
        // given UNITAR with "UN" written for "United Nations", and the Club named in French with its acronym
        String english = "The study was published by the UN Institute for Training and Research (UNITAR).";
        String french = "Le Club du Sahel et de l'Afrique de l'Ouest (CSAO) a présenté son analyse. Le CSAO conclut.";

        // when
        Map<String, Integer> fromEnglish = organisations(english, "en");
        Map<String, Integer> fromFrench = organisations(french, "fr");

        // then each is its registry body (its name and its acronym), not the UN and an unknown institute
        assertEquals(Map.of("unitar", 2), fromEnglish);
        assertEquals(Map.of("oecd-swac", 3), fromFrench);
    }

    @Test
    void shouldReadAHyphenatedCompoundAcronymAsOneBodyOfTheBodyItNames() {
        // given an association of a regional union, defined with a compound acronym holding the union's acronym
        String text = "L'Association des Juristes de l'Union économique et monétaire ouest-africaine (AJ-UEMOA) s'est "
                + "réunie à Lomé. L'AJ-UEMOA a adopté son programme.";

        // when
        Map<String, Integer> organisations = organisations(text, "fr");

        // then the association is one body, and the union named in its name a mention of its own
        assertEquals(Map.of("local:aj-uemoa", 2, "uemoa", 1), organisations);
    }

    @Test
    void shouldNotReadAPostOrAnEventAsABody() {
        // given a post of the UN and the days of an event named around the head word "Society"
        String text = "Ms. Lee, Special Representative of the UN Secretary-General for International Migration, "
                + "spoke after the Civil Society Days.";

        // when
        Map<String, Integer> organisations = organisations(text, "en");

        // then only the UN, named in the post, is an organisation
        assertEquals(Map.of("un", 1), organisations);
    }

    @Test
    void shouldReadANameInAppositionToASingularNounOfABody() {
        // given a non-profit named before its description, a retailer after its noun, and a sentence's first word
        String english = "Harvest Bridge, a non-profit training agency, opened offices in Peru. Moreover, a "
                + "company will join.";
        String spanish = "El proyecto cuenta con el apoyo del minorista chileno Almacenes Ruta.";

        // when
        List<String> fromEnglish = names(english, "en");
        List<String> fromSpanish = names(spanish, "es");

        // then the named bodies are organisations, the sentence's first word is not
        assertEquals(List.of("Harvest Bridge"), fromEnglish);
        assertEquals(List.of("Almacenes Ruta"), fromSpanish);
    }

    @Test
    void shouldReadTheUnknownNamesOfAnEnumerationOfKnownBodiesAsBodies() {
        // given an enumeration of four names, two of them registry bodies (one with its acronym in brackets)
        String text = "The programme is funded by USAID, Zentrix, the Inter-American Development Bank (IDB) and "
                + "Globex Trust.";

        // when
        List<String> names = names(text, "en");

        // then the two unknown names are bodies too
        assertTrue(names.containsAll(List.of("Zentrix", "Globex Trust")), names::toString);
    }

    @Test
    void shouldReadANameThatAKnownAcronymDefinesInAnEnumerationAsThatBody() {
        // given an enumeration of known bodies, one written by a long name with "and" in it and its acronym, the
        // long name differing from the registry's ("of" for "for")
        String text = "Officials of SADC, the Common Market of Eastern and Southern Africa (COMESA), the Indian Ocean "
                + "Commission and the IGAD attended.";

        // when
        Set<String> ids = organisations(text, "en").keySet();

        // then the long name is COMESA's, neither two bodies nor one of its own
        assertTrue(ids.contains("comesa"), ids::toString);
        assertTrue(ids.stream().noneMatch(id -> id.startsWith("org:")), ids::toString);
    }

    @Test
    void shouldReadTheNameThatOpensASentenceWithACommitmentAsABody() {
        // given companies that commit, in English and in French, among sentences whose subjects are no bodies
        String english = "Zentrix will train 5,000 women in Honduras. Globex Holdings has committed $10 million to "
                + "youth employment. This will help families. Partners will meet again, as partners agreed. "
                + "Mobility Partnerships will be of great importance.";
        String french = "Ostavo s'engage à former 2 000 jeunes au Sénégal.";

        // when
        List<String> fromEnglish = names(english, "en");
        List<String> fromFrench = names(french, "fr");

        // then
        assertEquals(List.of("Zentrix", "Globex Holdings"), fromEnglish);
        assertEquals(List.of("Ostavo"), fromFrench);
    }

    @Test
    void shouldReadCoordinatedSubjectsOfACommitmentAndASubjectBeforeAClauseInCommas() {
        // given two companies committing together (one with its own acronym), a company described between commas,
        // one after a short opener, and a two-word name of words the report also writes in lower case
        String text = "- The Tallin Coffee Company (TaCoCo) and Grupo Norvale committed $2 million to farmers.\n"
                + "- Zentrix, an online-learning platform for students, has committed to train 500 teachers.\n"
                + "- To date, Ostavo has committed $1 million. Root Capital has committed loans to address the root "
                + "causes of migration with new capital.";

        // when
        List<String> names = names(text, "en");

        // then each is a body
        assertTrue(
                names.containsAll(
                        List.of("Tallin Coffee Company", "Grupo Norvale", "Zentrix", "Ostavo", "Root Capital")),
                names::toString);
    }

    @Test
    void shouldReadTwoBodiesJoinedByAndAsTwoBodies() {
        // given a company's giving arm and its foundation named together
        String text = "Zentrix, along with its partners Zentrix Philanthropies and Ostavo Foundation, gave $1 million.";

        // when
        List<String> names = names(text, "en");

        // then the two are apart
        assertTrue(names.containsAll(List.of("Zentrix Philanthropies", "Ostavo Foundation")), names::toString);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bodiesTheirContextNames")
    void shouldReadTheBodiesThatTheirContextNamesAndNoOther(String given, String text, List<String> bodies) {
        // given a report holding names that only their context tells (the case's text)

        // when
        List<String> names = names(text, "en");

        // then exactly these are bodies
        assertEquals(bodies, names);
    }

    static Stream<Arguments> bodiesTheirContextNames() {
        return Stream.of(
                Arguments.of(
                        "an enumeration with one known body; known bodies with places",
                        "Speakers came from Zentrix, Globex and the World Bank. The World Bank, the IOM, Honduras and "
                                + "Tegucigalpa were named.",
                        List.of("World Bank", "IOM")),
                Arguments.of(
                        "a surname, a country, a meeting and a titled name that commit",
                        "Vice President Kamala Harris met the leaders. Harris will travel to Guatemala. "
                                + "Guatemala will host the talks. The Summit will convene in May. Since Vice "
                                + "President Harris launched the effort, Secretary Blinken announced new funds.",
                        List.of()),
                Arguments.of(
                        "common words that commit: a phrase also in lower case, a plural",
                        "Private Sector will lead the plan, as the private sector asked. Member States will report on "
                                + "progress; member states agreed. Further, Zentrix Bank will lend.",
                        List.of("Zentrix Bank")),
                Arguments.of(
                        "a name before its noun of a body, an NGO, a cooperative in apposition",
                        "Suspects affiliated with the Clan del Norte transnational criminal organization were "
                                + "arrested. Salvadoran NGO Lumen Works will train youth. The bank lent $2 million to "
                                + "Cosavi, a savings and loan cooperative.",
                        List.of("Clan del Norte", "Lumen Works", "Cosavi")),
                Arguments.of(
                        "unknown acronyms listed with a known one, and without one",
                        "The committee will include MoZED, KPA, IOM and the experts. The plan covers CASC, GEDI and TPS.",
                        List.of("MoZED", "KPA", "IOM")),
                Arguments.of(
                        "grants to two bodies and a loan to a country",
                        "The fund has awarded $625,000 to the Lumen Network and Cosavi Works. It lent $2 million to "
                                + "Honduras.",
                        List.of("Lumen Network", "Cosavi Works")),
                Arguments.of(
                        "a company described with a country's adjective",
                        "- Zentrix, a U.S. company offering money transfers, will cut its fees.",
                        List.of("Zentrix")));
    }

    @Test
    void shouldReadTheBodiesOfAVeryLongReportOfOneLineOnce() {
        // given a report of one line of about a megabyte, the same commitment and list of bodies again and again
        String text = "Zentrix will train staff with USAID, Globex and the World Bank. ".repeat(16_000);

        // when
        Map<String, Integer> organisations = organisations(text, "en");

        // then each body is one organisation with all its mentions
        assertEquals(
                Map.of("org:zentrix", 16_000, "usaid", 16_000, "org:globex", 16_000, "worldbank", 16_000),
                organisations);
    }

    @Test
    void shouldReadTheBodiesOfParticipantsListedOneAnItemAfterTheirNames() {
        // given a list of participants, one an item, most with a clergy title or an honorific, each then their bodies
        String text = "Meeting participants included:\n\n"
                + "-   Rabbi Ana Lev, Zentrix Congregation\n"
                + "-   The Rev. Paul E. Moss, St. Mark’s Hillside Church, the Lumen Diocese of Westford\n"
                + "-   Imam Ali Noor, BrightHall\n"
                + "-   Pastor Tom Reed, Open Doors Network and Riverside Church\n"
                + "-   Ivo Lind, The Harbor House\n"
                + "-   Bishop Eve Carr, Solen Baptist Episcopal (SBE) Church\n"
                + "-   Dr. Ruth Marr, Church of the Open Gate (COG)\n";

        // when
        List<OrganisationMention> organisations =
                ENRICHER.enrich(Reports.of(text, "en")).organisations();

        // then each body is an organisation, with its capitalised article and its acronym; no person is
        assertEquals(
                List.of(
                        "Zentrix Congregation",
                        "St. Mark's Hillside Church",
                        "Lumen Diocese of Westford",
                        "BrightHall",
                        "Open Doors Network",
                        "Riverside Church",
                        "The Harbor House",
                        "Solen Baptist Episcopal (SBE) Church",
                        "Church of the Open Gate"),
                organisations.stream().map(OrganisationMention::name).toList());
        assertEquals(
                List.of("SBE", "COG"),
                organisations.stream()
                        .map(OrganisationMention::acronym)
                        .filter(java.util.Objects::nonNull)
                        .toList());
    }

    @Test
    void shouldNotReadTheItemsOfAListOfAppointmentsAsParticipantsBodies() {
        // given a list of people with their grades and the posts they are appointed to
        String text = "Appointments:\n\n"
                + "-   Mr Jean Roe, Teacher, payroll number 12, is appointed Prefect of Lorr;\n"
                + "-   Mr Paul Doe, Inspector, payroll number 14, is appointed Prefect of Vask;\n"
                + "-   Mrs Ana Lind, Teacher, payroll number 17, is appointed Prefect of Tull.\n";

        // when
        List<String> names = names(text, "en");

        // then no part of an appointment is a body
        assertEquals(List.of(), names);
    }

    @Test
    void shouldEndAMissionsNameWithTheCityItIsIn() {
        // given embassies named with the city they are in, in English and in French
        String english = "They worked for the U.S. Embassy in Tarvia and their families.";
        String french = "Il est nommé à l'Ambassade du Sénégal à Lorvo, poste vacant.";

        // when
        List<String> fromEnglish = names(english, "en");
        List<String> fromFrench = names(french, "fr");

        // then the city is part of the mission's name
        assertEquals(List.of("U.S. Embassy in Tarvia"), fromEnglish);
        assertEquals(List.of("Ambassade du Sénégal à Lorvo"), fromFrench);
    }

    @Test
    void shouldReadEachBodyOfAPluralHeadSharedByTwoComplements() {
        // given two registry departments named with one plural head
        String text = "An investigation supported by the Departments of Justice and Homeland Security ended.";

        // when
        Map<String, Integer> organisations = organisations(text, "en");

        // then both departments are organisations
        assertEquals(Map.of("us-doj", 1, "us-dhs", 1), organisations);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kindsAndPartsOfBodies")
    void shouldReadABodysWholeNameButNotAKindOfBodyOrAPartOfAName(String given, String text, List<String> bodies) {
        // given a name after an indefinite article, a name longer than the words read before its head, or a name
        // opened by a capitalised article inside a sentence

        // when
        List<String> names = names(text, "en");

        // then only a whole body's name is a body
        assertEquals(bodies, names);
    }

    static Stream<Arguments> kindsAndPartsOfBodies() {
        return Stream.of(
                Arguments.of(
                        "a kind of body after an indefinite article",
                        "The government committed to opening a Multi-Service Reception Centre in Lorvo.",
                        List.of()),
                Arguments.of(
                        "a name longer than the words read before its head",
                        "The country chairs the Fighting Illegal Fishing and Coastal Pollution Task Package Committee.",
                        List.of()),
                Arguments.of(
                        "a capitalised article opening a name",
                        "A biometric programme opened at La Serena Regional Airport.",
                        List.of("La Serena Regional Airport")),
                Arguments.of(
                        "a company's name in apposition to a noun qualified by a hyphenated place",
                        "The growth will create jobs at Zentrix, a Lorvo-based apparel manufacturer.",
                        List.of("Zentrix")),
                Arguments.of(
                        "a company named after its investments",
                        "It is funded by Lorvo Inversiones.",
                        List.of("Lorvo Inversiones")));
    }

    private static List<String> names(String text, String language) {
        return ENRICHER.enrich(Reports.of(text, language)).organisations().stream()
                .flatMap(mention -> mention.names().stream())
                .toList();
    }

    private static Map<String, Integer> organisations(String text, String language) {
        return ENRICHER.enrich(Reports.of(text, language)).organisations().stream()
                .collect(Collectors.toMap(OrganisationMention::id, OrganisationMention::mentions));
    }
}
