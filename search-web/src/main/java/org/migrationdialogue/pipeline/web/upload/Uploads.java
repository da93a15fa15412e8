package org.migrationdialogue.pipeline.web.upload;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.migrationdialogue.pipeline.common.bucket.UploadTarget;
import org.migrationdialogue.pipeline.common.events.ReportId;
import org.migrationdialogue.pipeline.common.search.IndexAliases;
import org.migrationdialogue.pipeline.web.search.Elastic;
import org.migrationdialogue.pipeline.web.status.DeadLetter;
import org.migrationdialogue.pipeline.web.status.DeadLetterLog;

/**
 * Files dropped onto the page: each is written into the upload bucket as {@code pipeline upload} does it (whole or
 * not at all), then followed until it is searchable (a report with its id and the same content is found) or until
 * a dead letter for it appears on {@code reports.dlq}.
 */
public final class Uploads {

    private final Supplier<UploadTarget> bucket;
    private final Path spool;
    private final ElasticsearchClient client;
    private final String elasticsearchUrl;
    private final DeadLetterLog deadLetters;
    private final Clock clock;

    public Uploads(
            Supplier<UploadTarget> bucket,
            Path spool,
            ElasticsearchClient client,
            String elasticsearchUrl,
            DeadLetterLog deadLetters,
            Clock clock) {
        this.bucket = bucket;
        this.spool = spool;
        this.client = client;
        this.elasticsearchUrl = elasticsearchUrl;
        this.deadLetters = deadLetters;
        this.clock = clock;
    }

    /**
     * What the page follows after an upload.
     *
     * @param sha256 the SHA-256 of the bytes written, which the report will carry as {@code content_sha256}
     */
    public record Receipt(String name, String key, String reportId, String sha256, long size, Instant uploadedAt) {}

    /** Where an upload is. */
    public enum State {
        PROCESSING,
        SEARCHABLE,
        DEAD_LETTER
    }

    /** @param stage and @param reason are set for a dead letter */
    public record Progress(State state, String stage, String reason) {}

    /** Writes one file into the bucket under {@code key}; the spool copy is removed afterwards. */
    public Receipt accept(String name, String key, InputStream content) throws IOException {
        Files.createDirectories(spool);
        Path file = Files.createTempFile(spool, "upload-", ".part");
        try {
            MessageDigest digest = sha256();
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(file), digest)) {
                content.transferTo(out);
            }
            Instant uploadedAt = clock.instant();
            UploadTarget target = bucket.get();
            target.put(file, key);
            return new Receipt(
                    name,
                    key,
                    ReportId.of(target.bucket(), key),
                    HexFormat.of().formatHex(digest.digest()),
                    Files.size(file),
                    uploadedAt);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    public Progress progress(String key, String sha256, Instant since) {
        UploadTarget target = bucket.get();
        String reportId = ReportId.of(target.bucket(), key);
        Optional<DeadLetter> letter = deadLetters.find(List.of(target.bucket() + "/" + key, reportId), since);
        if (letter.isPresent()) {
            return new Progress(
                    State.DEAD_LETTER, letter.get().stage(), letter.get().reason());
        }
        long found;
        try {
            found = Elastic.call(
                            elasticsearchUrl,
                            () -> client.search(
                                    search -> search.index(IndexAliases.REPORTS)
                                            .size(0)
                                            .trackTotalHits(total -> total.enabled(true))
                                            .query(q -> q.bool(b -> b.filter(f -> f.ids(ids -> ids.values(reportId)))
                                                    .filter(f -> f.term(t -> t.field("content_sha256")
                                                            .value(sha256))))),
                                    ObjectNode.class))
                    .hits()
                    .total()
                    .value();
        } catch (Elastic.NoIndexYet e) {
            found = 0;
        }
        return new Progress(found > 0 ? State.SEARCHABLE : State.PROCESSING, null, null);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
