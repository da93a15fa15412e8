package org.migrationdialogue.pipeline.enrich;

import java.time.Clock;
import org.migrationdialogue.pipeline.common.config.Config;
import org.migrationdialogue.pipeline.common.config.Settings;
import org.migrationdialogue.pipeline.common.service.ServiceRunner;
import org.migrationdialogue.pipeline.enrich.core.Enricher;
import org.migrationdialogue.pipeline.enrich.streams.EnrichService;
import org.migrationdialogue.pipeline.enrich.streams.EnrichStreamsConfig;
import org.migrationdialogue.pipeline.enrich.streams.EnrichTopology;

/** Wires the enrich-service: the enrichment library inside the Kafka Streams topology. */
public final class EnrichMain {

    private EnrichMain() {}

    public static void main(String[] args) {
        Config config = Config.fromEnvironment();
        Enricher enricher = Enricher.fromResources(config.get(Settings.ENRICH_NER));
        ServiceRunner.run(
                new EnrichService(
                        EnrichTopology.buildTopology(enricher::enrich, Clock.systemUTC()),
                        EnrichStreamsConfig.from(config)),
                config.getInt(Settings.ENRICH_HEALTH_PORT));
    }
}
