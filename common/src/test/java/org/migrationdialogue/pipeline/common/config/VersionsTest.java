package org.migrationdialogue.pipeline.common.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.kafka.common.utils.internals.AppInfoParser;
import org.junit.jupiter.api.Test;

class VersionsTest {

    @Test
    void shouldNameTheKafkaOfTheClientsTheServicesRunWith() {
        // given the Kafka clients on the classpath, when their version is compared with the one the images follow,
        // then they are the same
        assertEquals(AppInfoParser.getVersion(), Versions.KAFKA);
    }

    @Test
    void shouldPointTheLocalElasticsearchHomeAtTheDistributionOfThatVersion() {
        // given the Elasticsearch version of the pom, then the local runtime's default distribution folder is that one
        assertTrue(
                Settings.ES_HOME.defaultValue().endsWith("/elasticsearch-" + Versions.ELASTICSEARCH),
                Settings.ES_HOME.defaultValue());
    }
}
