package org.migrationdialogue.pipeline.index.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.migrationdialogue.pipeline.common.events.ContractSamples;
import org.migrationdialogue.pipeline.common.events.EnrichedReport;
import org.migrationdialogue.pipeline.common.search.ElasticsearchClients;
import org.migrationdialogue.pipeline.common.search.IndexAliases;
import org.migrationdialogue.pipeline.index.core.BulkPlan;
import org.migrationdialogue.pipeline.index.core.IndexOperation;
import org.migrationdialogue.pipeline.index.elastic.ElasticsearchReportIndex;
import org.migrationdialogue.pipeline.testing.ContainerImages;
import org.migrationdialogue.pipeline.testing.RequiresDocker;
import org.testcontainers.containers.Container;
import org.testcontainers.elasticsearch.ElasticsearchContainer;
import org.testcontainers.utility.MountableFile;

/**
 * The Elasticsearch security of docker-compose on a real secured Elasticsearch 9.5 in a container (HTTPS with the
 * CA the image makes, as elasticsearch-certs makes docker-compose's): deploy/elasticsearch/setup.sh creates the roles
 * and users, then the index-service's user writes the pipeline's indices and nothing else, the search page's user
 * reads them and writes nothing, and no client gets in without the CA or a password. Skipped, saying why, where no
 * Docker engine answers.
 */
@RequiresDocker
class ElasticsearchSecurityIT {

    private static final String ELASTIC_PASSWORD = "elastic-it-password";
    private static final String INDEXER_PASSWORD = "index-service-it-password";
    private static final String READER_PASSWORD = "search-web-it-password";

    private static ElasticsearchContainer elasticsearch;
    private static Path ca;
    private static String url;

    @BeforeAll
    static void startSecuredElasticsearchAndRunTheSetup() throws Exception {
        elasticsearch = new ElasticsearchContainer(ContainerImages.ELASTICSEARCH)
                .withPassword(ELASTIC_PASSWORD)
                .withEnv("ES_JAVA_OPTS", "-Xms512m -Xmx512m")
                .withCopyFileToContainer(
                        MountableFile.forHostPath(Path.of("..", "deploy", "elasticsearch"), 0755), "/deploy");
        elasticsearch.start();
        ca = Files.createTempFile("elasticsearch-it-ca", ".crt");
        Files.write(ca, elasticsearch.caCertAsBytes().orElseThrow());
        url = "https://localhost:" + elasticsearch.getMappedPort(9200);
        Container.ExecResult setup = elasticsearch.execInContainer(
                "env",
                "ES_URL=https://localhost:9200",
                "ES_CA_CERT=/usr/share/elasticsearch/config/certs/http_ca.crt",
                "ELASTIC_PASSWORD=" + ELASTIC_PASSWORD,
                "ES_INDEX_SERVICE_PASSWORD=" + INDEXER_PASSWORD,
                "ES_SEARCH_WEB_PASSWORD=" + READER_PASSWORD,
                "bash",
                "/deploy/setup.sh");
        assertEquals(0, setup.getExitCode(), setup.getStdout() + setup.getStderr());
    }

    @AfterAll
    static void stop() throws IOException {
        if (elasticsearch != null) {
            elasticsearch.stop();
        }
        if (ca != null) {
            Files.deleteIfExists(ca);
        }
    }

    @Test
    void shouldLetTheIndexServiceWriteThePipelinesIndicesAndNothingElse() throws IOException {
        try (ElasticsearchClient client = ElasticsearchClients.create(url, "index-service", INDEXER_PASSWORD, ca)) {
            // given the index-service's user over HTTPS
            ElasticsearchReportIndex index = new ElasticsearchReportIndex(client);
            // when it sets up its schema (templates, indices, aliases) and writes a report
            index.ensureSchema();
            EnrichedReport report = ContractSamples.enriched();
            index.write(
                    BulkPlan.plan(
                            List.of(new BulkPlan.ReportChange(
                                    report.id(), report, new IndexOperation.SourceOffset("reports.enriched", 0, 0))),
                            Map.of(),
                            Instant.now()),
                    true);
            // then the report is searchable, the service's health check may ask the cluster's health
            assertEquals(
                    1,
                    client.count(request -> request.index(IndexAliases.REPORTS)).count());
            assertTrue(index.healthy());
            // and any other index is out of its reach
            ElasticsearchException refused = assertThrows(
                    ElasticsearchException.class,
                    () -> client.index(request ->
                            request.index("kibana-like-index").id("forged").document(Map.of("title", "forged"))));
            assertEquals(403, refused.status());
        }
    }

    @Test
    void shouldLetTheSearchPageReadButNotWrite() throws IOException {
        try (ElasticsearchClient indexer = ElasticsearchClients.create(url, "index-service", INDEXER_PASSWORD, ca);
                ElasticsearchClient reader = ElasticsearchClients.create(url, "search-web", READER_PASSWORD, ca)) {
            // given the pipeline's indices
            new ElasticsearchReportIndex(indexer).ensureSchema();
            // when the search page's user searches them and tries to write a document
            reader.search(request -> request.index(IndexAliases.REPORTS), Map.class);
            ElasticsearchException refused = assertThrows(
                    ElasticsearchException.class,
                    () -> reader.index(request ->
                            request.index(IndexAliases.REPORTS).id("forged").document(Map.of("title", "forged"))));
            // then the search works and the write is refused
            assertEquals(403, refused.status());
        }
    }

    @Test
    void shouldLetNoClientInWithoutAPasswordOrWithoutTheCa() throws IOException {
        // given a client without credentials, and one that does not trust the deployment's CA
        try (ElasticsearchClient anonymous = ElasticsearchClients.create(url, "", "", ca);
                ElasticsearchClient untrusting =
                        ElasticsearchClients.create(url, "index-service", INDEXER_PASSWORD, null)) {
            // when each asks for the reports
            ElasticsearchException unauthenticated = assertThrows(
                    ElasticsearchException.class,
                    () -> anonymous.count(request -> request.index(IndexAliases.REPORTS)));
            IOException untrusted = assertThrows(IOException.class, untrusting::info);
            // then the first is refused as unauthenticated, the second does not get past the TLS handshake
            assertEquals(401, unauthenticated.status());
            List<Throwable> causes = new ArrayList<>();
            for (Throwable cause = untrusted; cause != null; cause = cause.getCause()) {
                causes.add(cause);
            }
            assertTrue(causes.stream().anyMatch(SSLHandshakeException.class::isInstance), untrusted.toString());
        }
    }
}
