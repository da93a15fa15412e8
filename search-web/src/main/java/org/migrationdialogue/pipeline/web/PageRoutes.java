package org.migrationdialogue.pipeline.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import io.javalin.http.sse.SseClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.migrationdialogue.pipeline.common.config.Config;
import org.migrationdialogue.pipeline.common.config.Settings;
import org.migrationdialogue.pipeline.common.kafka.KafkaConnection;
import org.migrationdialogue.pipeline.common.serde.Json;
import org.migrationdialogue.pipeline.common.status.PipelineSnapshot;
import org.migrationdialogue.pipeline.common.status.StatusProbe;
import org.migrationdialogue.pipeline.common.status.TopicCounter;
import org.migrationdialogue.pipeline.web.recommendations.LiveRecommendations;
import org.migrationdialogue.pipeline.web.recommendations.RecommendationCard;
import org.migrationdialogue.pipeline.web.recommendations.RecommendationFilter;
import org.migrationdialogue.pipeline.web.recommendations.RecommendationSearch;
import org.migrationdialogue.pipeline.web.report.ReportReader;
import org.migrationdialogue.pipeline.web.report.ReportView;
import org.migrationdialogue.pipeline.web.search.Elastic;
import org.migrationdialogue.pipeline.web.search.ReportSearch;
import org.migrationdialogue.pipeline.web.search.SearchRequest;
import org.migrationdialogue.pipeline.web.status.DeadLetterLog;
import org.migrationdialogue.pipeline.web.upload.BucketObjects;
import org.migrationdialogue.pipeline.web.upload.UploadNames;
import org.migrationdialogue.pipeline.web.upload.Uploads;
import org.migrationdialogue.pipeline.web.view.Chrome;
import org.migrationdialogue.pipeline.web.view.MessageView;
import org.migrationdialogue.pipeline.web.view.Pages;
import org.migrationdialogue.pipeline.web.view.RecommendationsView;
import org.migrationdialogue.pipeline.web.view.ReportPageView;
import org.migrationdialogue.pipeline.web.view.SearchView;
import org.migrationdialogue.pipeline.web.view.StatusView;
import org.migrationdialogue.pipeline.web.view.UploadView;

/** The pages and their small JSON and event-stream companions; each route reads, renders, and says what went wrong. */
final class PageRoutes {

    private static final int DEAD_LETTERS_SHOWN = 50;

    private final Pages pages;
    private final ReportSearch search;
    private final ReportReader reports;
    private final RecommendationSearch recommendations;
    private final LiveRecommendations live;
    private final Uploads uploads;
    private final DeadLetterLog deadLetters;
    private final BucketObjects bucketObjects;
    private final Config config;
    private final String elasticsearchUrl;
    private TopicCounter counter;

    PageRoutes(
            Pages pages,
            ReportSearch search,
            ReportReader reports,
            RecommendationSearch recommendations,
            LiveRecommendations live,
            Uploads uploads,
            DeadLetterLog deadLetters,
            BucketObjects bucketObjects,
            Config config,
            String elasticsearchUrl) {
        this.pages = pages;
        this.search = search;
        this.reports = reports;
        this.recommendations = recommendations;
        this.live = live;
        this.uploads = uploads;
        this.deadLetters = deadLetters;
        this.bucketObjects = bucketObjects;
        this.config = config;
        this.elasticsearchUrl = elasticsearchUrl;
    }

    void register(RoutesConfig routes) {
        routes.get("/", this::search);
        routes.get("/reports/{id}", this::report);
        routes.get("/reports/{id}/original", this::original);
        routes.get("/recommendations", this::recommendations);
        routes.sse("/recommendations/live", this::liveRecommendations);
        routes.get("/upload", ctx -> ctx.html(pages.upload(uploadView(List.of(), null))));
        routes.post("/upload", this::formUpload);
        routes.post("/api/uploads", this::apiUpload);
        routes.get("/api/uploads/progress", this::progress);
        routes.get("/status", this::status);
    }

    private void search(Context ctx) {
        SearchRequest request = SearchRequest.parse(ctx.queryParamMap());
        Chrome chrome = Chrome.of(request.hasQuery() ? request.query() : "Search", "search");
        try {
            ctx.html(pages.search(new SearchView(chrome, request, search.search(request), null)));
        } catch (Elastic.QueryRejected e) {
            ctx.status(HttpStatus.BAD_REQUEST)
                    .html(pages.search(new SearchView(
                            chrome,
                            request,
                            null,
                            "This query could not be read (are quotes or brackets left open?). Elasticsearch said: "
                                    + e.getMessage())));
        } catch (Elastic.Unreachable e) {
            ctx.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .html(pages.search(new SearchView(unreachable(chrome), request, null, null)));
        }
    }

    private void report(Context ctx) {
        String query = Optional.ofNullable(ctx.queryParam("q")).orElse("");
        String back = query.isBlank() ? "/" : "/?q=" + java.net.URLEncoder.encode(query, StandardCharsets.UTF_8);
        try {
            Optional<ReportView> report = reports.read(ctx.pathParam("id"), query);
            Chrome chrome = Chrome.of(report.map(ReportView::title).orElse("No such report"), "search");
            ctx.status(report.isPresent() ? HttpStatus.OK : HttpStatus.NOT_FOUND)
                    .html(pages.report(new ReportPageView(chrome, report.orElse(null), back)));
        } catch (Elastic.Unreachable e) {
            ctx.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .html(pages.message(new MessageView(
                            unreachable(Chrome.of("Report", "search")),
                            "The report cannot be read now",
                            "Elasticsearch holds the reports and does not answer.")));
        }
    }

    /**
     * The original file from the bucket. Shown inline only for PDF and plain text, downloaded otherwise; either way
     * sandboxed, so an HTML report cannot run scripts on this site.
     */
    private void original(Context ctx) throws IOException {
        Optional<ReportView> report = reports.read(ctx.pathParam("id"), "");
        Optional<InputStream> content =
                report.isPresent() ? bucketObjects.open(report.get().key()) : Optional.empty();
        if (content.isEmpty()) {
            ctx.status(HttpStatus.NOT_FOUND)
                    .html(pages.message(new MessageView(
                            Chrome.of("Not in the bucket", "search"),
                            "The file is no longer in the bucket",
                            "It may have been deleted or replaced since it was indexed.")));
            return;
        }
        String name = report.get().key().substring(report.get().key().lastIndexOf('/') + 1);
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        boolean inline = lower.endsWith(".pdf") || lower.endsWith(".txt") || lower.endsWith(".md");
        String type = lower.endsWith(".pdf")
                ? "application/pdf"
                : inline ? "text/plain; charset=utf-8" : "application/octet-stream";
        ctx.header(
                "Content-Security-Policy",
                "sandbox; default-src 'none'; style-src 'unsafe-inline'; plugin-types application/pdf");
        ctx.header(
                "Content-Disposition",
                (inline ? "inline" : "attachment") + "; filename*=UTF-8''"
                        + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8)
                                .replace("+", "%20"));
        ctx.contentType(type).result(content.get());
    }

    private void recommendations(Context ctx) {
        RecommendationFilter filter = RecommendationFilter.parse(ctx.queryParamMap());
        long since = live.sequence();
        Chrome chrome = Chrome.of("Recommendations", "recommendations");
        try {
            ctx.html(pages.recommendations(
                    new RecommendationsView(chrome, filter, recommendations.latest(filter), since)));
        } catch (Elastic.Unreachable e) {
            ctx.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .html(pages.recommendations(new RecommendationsView(unreachable(chrome), filter, null, since)));
        }
    }

    private void liveRecommendations(SseClient client) {
        client.keepAlive();
        RecommendationFilter filter = RecommendationFilter.parse(client.ctx().queryParamMap());
        String lastEventId = client.ctx().header("Last-Event-ID");
        long after = number(lastEventId != null ? lastEventId : client.ctx().queryParam("since"));
        LiveRecommendations.Subscriber subscriber = new LiveRecommendations.Subscriber(filter, numbered -> {
            if (client.terminated()) {
                throw new IllegalStateException("page gone");
            }
            client.sendEvent(
                    "recommendation",
                    json(RecommendationCard.of(numbered.recommendation())),
                    Long.toString(numbered.sequence()));
        });
        client.onClose(() -> live.unsubscribe(subscriber));
        client.sendComment("following " + org.migrationdialogue.pipeline.common.topics.Topics.RECOMMENDATIONS.name());
        live.subscribe(subscriber, after).forEach(subscriber.send());
    }

    private void formUpload(Context ctx) {
        try {
            List<Uploads.Receipt> receipts = accept(ctx.uploadedFiles("files"));
            ctx.html(pages.upload(uploadView(receipts, receipts.isEmpty() ? "No file was chosen." : null)));
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            ctx.status(HttpStatus.BAD_REQUEST).html(pages.upload(uploadView(List.of(), e.getMessage())));
        }
    }

    private void apiUpload(Context ctx) {
        Map<String, Object> body = new LinkedHashMap<>();
        try {
            body.put("uploads", accept(ctx.uploadedFiles("files")));
        } catch (IllegalArgumentException | IllegalStateException e) {
            ctx.status(HttpStatus.BAD_REQUEST);
            body.put("error", e.getMessage());
        } catch (UncheckedIOException e) {
            ctx.status(HttpStatus.INTERNAL_SERVER_ERROR);
            body.put("error", e.getMessage());
        }
        ctx.contentType("application/json").result(json(body));
    }

    private List<Uploads.Receipt> accept(List<UploadedFile> files) {
        List<Uploads.Receipt> receipts = new ArrayList<>();
        for (UploadedFile file : files) {
            String key = UploadNames.key(file.filename())
                    .orElseThrow(
                            () -> new IllegalArgumentException("A file has no usable name: '" + file.filename() + "'"));
            try (InputStream content = file.content()) {
                receipts.add(uploads.accept(file.filename(), key, content));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write " + key + " into the bucket: " + e.getMessage(), e);
            }
        }
        return receipts;
    }

    private void progress(Context ctx) {
        String key = Optional.ofNullable(ctx.queryParam("key")).orElse("");
        String sha256 = Optional.ofNullable(ctx.queryParam("sha256")).orElse("");
        Instant since = Instant.ofEpochMilli(number(ctx.queryParam("since")));
        Map<String, Object> body = new LinkedHashMap<>();
        try {
            Uploads.Progress progress = uploads.progress(key, sha256, since);
            body.put("state", progress.state().name().toLowerCase(java.util.Locale.ROOT));
            body.put("stage", progress.stage());
            body.put("reason", progress.reason());
        } catch (Elastic.Unreachable e) {
            body.put("state", "processing");
            body.put("reason", "Elasticsearch is not reachable at " + e.url() + "; still waiting.");
        }
        ctx.contentType("application/json").result(json(body));
    }

    private void status(Context ctx) {
        StatusProbe.PipelineStatus status = StatusProbe.probe(config);
        PipelineSnapshot topics = status.kafka().up() ? topics(status.indexedReports()) : null;
        Chrome chrome = Chrome.of("Status", "status");
        if (!status.elasticsearch().up()) {
            chrome = unreachable(chrome);
        }
        ctx.html(pages.status(
                new StatusView(chrome, status, topics, deadLetters.latest(DEAD_LETTERS_SHOWN), deadLetters.size())));
    }

    /** What the topics hold, read by one long-lived counter (each visit reads only what is new). */
    private synchronized PipelineSnapshot topics(long indexed) {
        try {
            if (counter == null) {
                counter = new TopicCounter(KafkaConnection.from(config));
            }
            counter.catchUp(Duration.ofSeconds(2));
            return PipelineSnapshot.of(counter, indexed);
        } catch (RuntimeException e) {
            if (counter != null) {
                counter.close();
                counter = null;
            }
            return null;
        }
    }

    private UploadView uploadView(List<Uploads.Receipt> receipts, String problem) {
        return new UploadView(Chrome.of("Upload", "upload"), config.get(Settings.UPLOAD_BUCKET), receipts, problem);
    }

    private Chrome unreachable(Chrome chrome) {
        return chrome.unreachable("Elasticsearch is not reachable at " + elasticsearchUrl + ".");
    }

    private static long number(String text) {
        try {
            return text == null ? 0 : Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String json(Object value) {
        try {
            return Json.mapper().writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
