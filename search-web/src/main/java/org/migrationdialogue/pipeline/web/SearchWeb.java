package org.migrationdialogue.pipeline.web;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.migrationdialogue.pipeline.common.bucket.UploadTarget;
import org.migrationdialogue.pipeline.common.config.Config;
import org.migrationdialogue.pipeline.common.config.Settings;
import org.migrationdialogue.pipeline.common.kafka.KafkaConnection;
import org.migrationdialogue.pipeline.common.search.ElasticsearchClients;
import org.migrationdialogue.pipeline.common.service.Health;
import org.migrationdialogue.pipeline.common.service.Service;
import org.migrationdialogue.pipeline.web.recommendations.LiveRecommendations;
import org.migrationdialogue.pipeline.web.recommendations.RecommendationSearch;
import org.migrationdialogue.pipeline.web.report.ReportReader;
import org.migrationdialogue.pipeline.web.search.ReportSearch;
import org.migrationdialogue.pipeline.web.status.DeadLetterLog;
import org.migrationdialogue.pipeline.web.upload.BucketObjects;
import org.migrationdialogue.pipeline.web.upload.Uploads;
import org.migrationdialogue.pipeline.web.view.Chrome;
import org.migrationdialogue.pipeline.web.view.MessageView;
import org.migrationdialogue.pipeline.web.view.Pages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The search page as a service: a Javalin server on loopback with the pages (search, report, recommendations,
 * upload, status), {@code GET /health}, and the two Kafka readers it needs (new recommendations in its own group,
 * the dead letters without one). It talks to Elasticsearch, Kafka and the bucket, nothing else; its assets ship in
 * the jar.
 */
public final class SearchWeb implements Service {

    private static final Logger LOG = LoggerFactory.getLogger(SearchWeb.class);
    /** Content Security Policy: the page's own scripts, styles and connections only; nothing inline, no frames. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";

    private final Config config;
    private final String bind;
    private final int port;
    private final String elasticsearchUrl;
    private final ElasticsearchClient elasticsearch;
    private final LiveRecommendations live;
    private final DeadLetterLog deadLetters;
    private final BucketObjects bucketObjects;
    private final Clock clock;
    private UploadTarget uploadTarget;
    private Javalin server;

    SearchWeb(Config config, Clock clock) {
        this.config = config;
        this.clock = clock;
        this.bind = config.get(Settings.SEARCH_WEB_BIND);
        this.port = config.getInt(Settings.SEARCH_WEB_PORT);
        this.elasticsearchUrl = config.get(Settings.ELASTICSEARCH_URL);
        this.elasticsearch = ElasticsearchClients.create(config);
        KafkaConnection kafka = KafkaConnection.from(config);
        this.live = new LiveRecommendations(kafka);
        this.deadLetters = new DeadLetterLog(kafka);
        this.bucketObjects = BucketObjects.of(config, uploadFolder(config));
    }

    public static SearchWeb fromConfig(Config config) {
        return new SearchWeb(config, Clock.systemUTC());
    }

    private static Path uploadFolder(Config config) {
        return Path.of(config.get(Settings.UPLOAD_DIR)).toAbsolutePath().normalize();
    }

    @Override
    public String name() {
        return "search-web";
    }

    @Override
    public void start() {
        live.start();
        deadLetters.start();
        Pages pages = new Pages();
        Uploads uploads = new Uploads(
                this::uploadTarget,
                Path.of(System.getProperty("java.io.tmpdir"), "search-web-uploads"),
                elasticsearch,
                elasticsearchUrl,
                deadLetters,
                clock);
        PageRoutes routes = new PageRoutes(
                pages,
                new ReportSearch(elasticsearch, elasticsearchUrl),
                new ReportReader(elasticsearch, elasticsearchUrl),
                new RecommendationSearch(elasticsearch, elasticsearchUrl),
                live,
                uploads,
                deadLetters,
                bucketObjects,
                config,
                elasticsearchUrl);
        server = Javalin.create(javalin -> configure(javalin, routes, pages)).start(bind, port);
        LOG.info("search page on http://{}:{}/", bind, server.port());
    }

    private void configure(JavalinConfig javalin, PageRoutes routes, Pages pages) {
        javalin.startup.showJavalinBanner = false;
        javalin.staticFiles.add(files -> {
            files.hostedPath = "/assets";
            files.directory = "/public";
            files.location = Location.CLASSPATH;
            files.headers = Map.of("Cache-Control", "max-age=3600");
        });
        long maxUpload = Long.parseLong(config.get(Settings.MAX_UPLOAD_BYTES));
        javalin.jetty.multipartConfig.maxFileSize(maxUpload, SizeUnit.BYTES);
        javalin.jetty.multipartConfig.maxTotalRequestSize(maxUpload, SizeUnit.BYTES);
        javalin.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
        javalin.http.maxRequestSize = maxUpload;
        javalin.routes.before(ctx -> {
            ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("Referrer-Policy", "same-origin");
        });
        javalin.routes.get("/health", this::health);
        routes.register(javalin.routes);
        javalin.routes.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                ctx.html(pages.message(
                        new MessageView(Chrome.of("Not found", ""), "Not found", "There is no page at this address.")));
            }
        });
        javalin.routes.exception(Exception.class, (error, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), error);
            ctx.status(HttpStatus.INTERNAL_SERVER_ERROR)
                    .html(pages.message(new MessageView(
                            Chrome.of("Error", ""),
                            "Something went wrong",
                            "This page could not be made: " + error.getMessage()
                                    + ". The search page's log says more.")));
        });
    }

    /** The bucket, opened on the first upload: the upload folder may not exist before the pipeline made it. */
    private synchronized UploadTarget uploadTarget() {
        if (uploadTarget == null) {
            uploadTarget = UploadTarget.of(config, uploadFolder(config));
        }
        return uploadTarget;
    }

    private void health(Context ctx) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        Health health = health();
        body.put("service", name());
        body.put("up", health.up());
        body.putAll(health.details());
        ctx.contentType("application/json")
                .result(org.migrationdialogue.pipeline.common.serde.Json.mapper()
                        .writeValueAsString(body));
    }

    @Override
    public Health health() {
        boolean elasticsearchUp;
        try {
            // Not ping(): the local server's minimal distribution answers HEAD / with 405.
            elasticsearch.cluster().health(health -> health.timeout(timeout -> timeout.time("2s")));
            elasticsearchUp = true;
        } catch (IOException | RuntimeException e) {
            elasticsearchUp = false;
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("elasticsearch", elasticsearchUp ? "up" : "down");
        details.put("live", live.following() ? "following" : "joining");
        details.put("live_pages", live.subscribers());
        details.put("dead_letters_read", deadLetters.size());
        return new Health(server != null, details);
    }

    /**
     * Nothing here fails for good: a request that fails is answered with its error, and the topic readers start a
     * new consumer after each failure ({@link org.migrationdialogue.pipeline.web.ConsumerThread}).
     */
    @Override
    public Optional<String> failure() {
        return Optional.empty();
    }

    /** The port the server listens on (the configured one). */
    public int port() {
        return server == null ? port : server.port();
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            server.stop();
        }
        live.close();
        deadLetters.close();
        bucketObjects.close();
        if (uploadTarget != null) {
            uploadTarget.close();
        }
        try {
            elasticsearch.close();
        } catch (IOException e) {
            LOG.warn("Cannot close the Elasticsearch client: {}", e.getMessage());
        }
    }
}
