package org.migrationdialogue.pipeline.web;

import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.migrationdialogue.pipeline.common.config.Settings;
import org.migrationdialogue.pipeline.common.search.ElasticsearchClients;
import org.migrationdialogue.pipeline.common.search.IndexAliases;
import org.migrationdialogue.pipeline.runtime.local.LocalServices;
import org.migrationdialogue.pipeline.runtime.local.Ports;
import org.migrationdialogue.pipeline.testing.RealInfrastructure;

/**
 * The local stack as {@code pipeline up} runs it, on the tests' real Kafka and Elasticsearch: the three services
 * and the search page as child processes started from their jars ({@link LocalServices}), with free loopback ports,
 * and a data and upload folder of their own.
 */
final class PageStack implements AutoCloseable {

    private final Path home;
    private final int port;
    private final LocalServices services;
    private final ElasticsearchClient elasticsearch;
    private final HttpClient http = HttpClient.newHttpClient();

    PageStack(RealInfrastructure infrastructure) throws IOException {
        Path repoRoot = Path.of(System.getProperty("pipeline.repo.root", ".."))
                .toAbsolutePath()
                .normalize();
        this.home = Files.createDirectories(repoRoot.resolve("search-web/target/stack-" + UUID.randomUUID()));
        Files.createDirectories(uploads());
        this.port = Ports.free();
        this.services = new LocalServices(
                repoRoot,
                new LocalServices.Wiring(
                        infrastructure.kafkaBootstrapServers(),
                        infrastructure.elasticsearchUrl(),
                        home.resolve("data"),
                        uploads()),
                Map.of(
                        Settings.INGEST_HEALTH_PORT.variable(), Integer.toString(Ports.free()),
                        Settings.ENRICH_HEALTH_PORT.variable(), Integer.toString(Ports.free()),
                        Settings.INDEX_HEALTH_PORT.variable(), Integer.toString(Ports.free()),
                        Settings.SEARCH_WEB_PORT.variable(), Integer.toString(port)));
        this.elasticsearch = ElasticsearchClients.create(infrastructure.elasticsearchUrl());
    }

    /** Starts everything and waits until the page answers and follows the recommendations topic. */
    PageStack start() {
        services.start();
        await().atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> health().contains("\"live\":\"following\""));
        return this;
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    Path uploads() {
        return home.resolve("uploads");
    }

    Path home() {
        return home;
    }

    String health() {
        try {
            return get("/health").body();
        } catch (IOException e) {
            return "";
        }
    }

    HttpResponse<String> get(String path) throws IOException {
        try {
            return http.send(
                    HttpRequest.newBuilder(URI.create(base() + path))
                            .timeout(Duration.ofSeconds(30))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** Report documents whose source key is {@code key} (0 while not searchable). */
    long reportsWithKey(String key) {
        try {
            return elasticsearch
                    .count(count -> count.index(IndexAliases.REPORTS)
                            .query(q -> q.term(t -> t.field("source.key").value(key))))
                    .count();
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    @Override
    public void close() throws IOException {
        services.close();
        elasticsearch.close();
    }
}
