package org.migrationdialogue.pipeline.enrich.streams;

import org.migrationdialogue.pipeline.common.events.Enrichment;
import org.migrationdialogue.pipeline.common.events.ExtractedReport;

/** What the topology needs of the enrichment library: the findings of one extracted report. */
@FunctionalInterface
public interface ReportEnricher {

    Enrichment enrich(ExtractedReport report);
}
