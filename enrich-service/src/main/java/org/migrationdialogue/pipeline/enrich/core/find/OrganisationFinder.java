package org.migrationdialogue.pipeline.enrich.core.find;

import org.migrationdialogue.pipeline.enrich.core.knowledge.OrganisationEntry;
import org.migrationdialogue.pipeline.enrich.core.knowledge.OrganisationRegistry;
import org.migrationdialogue.pipeline.enrich.core.match.Layer;
import org.migrationdialogue.pipeline.enrich.core.match.Match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Organisations: registry names, aliases and acronyms in English and French (so "OIM" and "IOM" give one id),
 * national ministries ({@link MinistryFinder}) and report-defined acronyms ({@link LocalAcronymFinder}).
 */
public final class OrganisationFinder {

    private final OrganisationRegistry registry;
    private final MinistryFinder ministries;
    private final LocalAcronymFinder localAcronyms;

    public OrganisationFinder(OrganisationRegistry registry, MinistryFinder ministries,
                                 LocalAcronymFinder localAcronyms) {
        this.registry = registry;
        this.ministries = ministries;
        this.localAcronyms = localAcronyms;
    }

    public OrganisationFindings extract(AnalysedText text) {
        List<OrganisationHit> hits = registryHits(text);
        hits.addAll(ministries.find(text));
        hits.addAll(localAcronyms.find(text, hits));
        hits.sort(Comparator.comparingInt(OrganisationHit::start));
        return new OrganisationFindings(hits);
    }

    private List<OrganisationHit> registryHits(AnalysedText text) {
        List<OrganisationHit> hits = new ArrayList<>();
        for (Match match : text.matches().of(Layer.ORGANISATION)) {
            OrganisationEntry entry = registry.entry(match.key());
            hits.add(new OrganisationHit(match.start(), match.end(), entry.id(), entry.acronym(), entry.name()));
        }
        return hits;
    }
}
