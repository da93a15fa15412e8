package org.migrationdialogue.pipeline.ingest.kafka;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.clients.producer.Producer;
import org.migrationdialogue.pipeline.common.serde.Json;
import org.migrationdialogue.pipeline.common.topics.DeadLetters;
import org.migrationdialogue.pipeline.ingest.bucket.ListingProblem;
import org.migrationdialogue.pipeline.ingest.bucket.ProblemPublisher;

/**
 * Dead letters for entries the bucket scanner found but cannot ingest (stage {@code ingest.scan}). There is no failed
 * record: the key is {@code <bucket>/<key>} as for upload events, the value a JSON object with the bucket, the key and
 * the reason, and the source headers name the bucket ({@code bucket:<name>}, partition and offset -1).
 */
public final class ListingDeadLetters implements ProblemPublisher {

    public static final String STAGE = "ingest.scan";

    private final Producer<byte[], byte[]> deadLetters;

    public ListingDeadLetters(Producer<byte[], byte[]> deadLetters) {
        this.deadLetters = deadLetters;
    }

    @Override
    public void publish(String bucket, ListingProblem problem) throws Exception {
        byte[] key = (bucket + "/" + problem.key()).getBytes(StandardCharsets.UTF_8);
        byte[] value = Json.mapper()
                .writeValueAsBytes(Map.of("bucket", bucket, "key", problem.key(), "reason", problem.reason()));
        deadLetters
                .send(DeadLetters.record(
                        key,
                        value,
                        STAGE,
                        ListingProblem.class.getName(),
                        problem.key() + ": " + problem.reason(),
                        new DeadLetters.SourceRecord("bucket:" + bucket, -1, -1)))
                .get();
    }
}
