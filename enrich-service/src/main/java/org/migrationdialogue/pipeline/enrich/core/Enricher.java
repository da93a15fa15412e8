package org.migrationdialogue.pipeline.enrich.core;

import java.util.List;
import org.migrationdialogue.pipeline.common.events.Enrichment;
import org.migrationdialogue.pipeline.common.events.ExtractedReport;
import org.migrationdialogue.pipeline.enrich.core.find.AnalysedText;
import org.migrationdialogue.pipeline.enrich.core.find.CountryFinder;
import org.migrationdialogue.pipeline.enrich.core.find.LocalAcronymFinder;
import org.migrationdialogue.pipeline.enrich.core.find.MeetingFinder;
import org.migrationdialogue.pipeline.enrich.core.find.MinistryFinder;
import org.migrationdialogue.pipeline.enrich.core.find.OrganisationFinder;
import org.migrationdialogue.pipeline.enrich.core.find.OrganisationFindings;
import org.migrationdialogue.pipeline.enrich.core.find.PeopleFinder;
import org.migrationdialogue.pipeline.enrich.core.find.RecommendationFinder;
import org.migrationdialogue.pipeline.enrich.core.find.StatisticalNames;
import org.migrationdialogue.pipeline.enrich.core.find.ThemeScorer;
import org.migrationdialogue.pipeline.enrich.core.knowledge.Knowledge;
import org.migrationdialogue.pipeline.enrich.core.match.AutomatonFactory;
import org.migrationdialogue.pipeline.enrich.core.match.PhraseAutomaton;
import org.migrationdialogue.pipeline.enrich.core.ner.EntitySpan;
import org.migrationdialogue.pipeline.enrich.core.ner.NamedEntities;
import org.migrationdialogue.pipeline.enrich.core.text.Document;
import org.migrationdialogue.pipeline.enrich.core.text.DocumentReader;
import org.migrationdialogue.pipeline.enrich.core.text.TextNormaliser;

/**
 * The enrichment facade: finds the meeting, countries, organisations, people, themes and recommendations of a
 * report's text. Built once from the knowledge files; immutable and thread-safe; no I/O per call.
 * <p>
 * The knowledge base's vocabularies are active in every language (English reports quote French names and the
 * reverse); the report's language chooses only the statistical model (English, French; none for others).
 */
public final class Enricher {

    private final DocumentReader documents;
    private final PhraseAutomaton automaton;
    private final CountryFinder countries;
    private final OrganisationFinder organisations;
    private final ThemeScorer themes;
    private final PeopleFinder people;
    private final MeetingFinder meeting;
    private final RecommendationFinder recommendations;
    private final StatisticalNames statisticalNames;

    /** An enricher of the knowledge base alone, without a statistical model. */
    public Enricher(Knowledge knowledge) {
        this(knowledge, NamedEntities.none());
    }

    /**
     * @param model the statistical recognizer of the names the knowledge base does not know
     *              ({@link NamedEntities#none()} to do without)
     */
    public Enricher(Knowledge knowledge, NamedEntities model) {
        TextNormaliser normaliser = new TextNormaliser();
        this.documents = new DocumentReader(normaliser);
        this.automaton = AutomatonFactory.build(knowledge, normaliser);
        this.countries = new CountryFinder(knowledge.countries());
        this.organisations = new OrganisationFinder(
                knowledge.organisations(),
                new MinistryFinder(countries, knowledge.portfolios(), knowledge.ministryAcronyms(), normaliser),
                new LocalAcronymFinder(knowledge.organisationHeads()),
                knowledge.organisationHeads(),
                knowledge.bodyListWords());
        this.themes = new ThemeScorer(knowledge.themes());
        this.people = new PeopleFinder(countries, knowledge.nameTitles());
        this.meeting = new MeetingFinder(normaliser, countries, knowledge.meetingStatements());
        this.recommendations = new RecommendationFinder(
                knowledge.listLeadIns(), knowledge.actionVerbs(), normaliser, countries, themes);
        this.statisticalNames = new StatisticalNames(model);
    }

    /** An enricher with the knowledge files shipped in this module, without a statistical model. */
    public static Enricher fromResources() {
        return new Enricher(Knowledge.fromResources());
    }

    /** An enricher with the knowledge files and the statistical model the setting asks for ({@code ENRICH_NER}). */
    public static Enricher fromResources(String enrichNer) {
        return new Enricher(Knowledge.fromResources(), NamedEntities.forSetting(enrichNer));
    }

    /** Enriches an extracted report: its clean text and the layout ingest-service gave it. */
    public Enrichment enrich(ExtractedReport report) {
        AnalysedText analysed = analyse(report);
        List<EntitySpan> names = statisticalNames.find(analysed, report.language());
        OrganisationFindings found = organisations.extract(analysed);
        return new Enrichment(
                meeting.extract(analysed, found),
                countries.extract(analysed),
                found.mentions(),
                people.extract(analysed, found, names),
                themes.score(analysed),
                recommendations.extract(analysed, found));
    }

    private AnalysedText analyse(ExtractedReport report) {
        Document document = documents.read(report);
        return new AnalysedText(document, automaton.scan(document));
    }
}
