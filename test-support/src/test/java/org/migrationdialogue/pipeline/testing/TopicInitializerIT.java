package org.migrationdialogue.pipeline.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.Serdes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.migrationdialogue.pipeline.common.kafka.TopicInitializer;
import org.migrationdialogue.pipeline.common.topics.Topic;

/** The topics keep every upload, dead letter and (a year) tombstone, also where they were created before that rule. */
@ExtendWith(RealInfrastructureExtension.class)
class TopicInitializerIT {

    @Test
    void shouldBringTheRetentionOfTopicsCreatedEarlierInLineWithTheContract(RealInfrastructure infra) throws Exception {
        try (Admin admin = Admin.create(infra.kafka().clientConfig())) {
            // given an uploads topic and a compacted topic as an earlier release created them: uploads deleted after
            // the broker's 7 days, tombstones after its one day
            Topic<String, String> uploads =
                    new Topic<>("it-uploaded-" + UUID.randomUUID(), false, Serdes.String(), Serdes.String());
            Topic<String, String> compacted =
                    new Topic<>("it-extracted-" + UUID.randomUUID(), true, Serdes.String(), Serdes.String());
            admin.createTopics(List.of(
                            new NewTopic(uploads.name(), 1, (short) 1)
                                    .configs(Map.of("cleanup.policy", "delete", "retention.ms", "604800000")),
                            new NewTopic(compacted.name(), 1, (short) 1).configs(Map.of("cleanup.policy", "compact"))))
                    .all()
                    .get();
            // when the pipeline sets up its topics again
            new TopicInitializer(infra.kafka(), 1, (short) 1).createAll(List.of(uploads, compacted));
            // then nothing is deleted by age any more, and tombstones stay a year
            assertEquals("-1", config(admin, uploads).get("retention.ms").value());
            assertEquals(
                    Long.toString(365L * 24 * 3600 * 1000),
                    config(admin, compacted).get("delete.retention.ms").value());
            assertEquals(
                    "compact", config(admin, compacted).get("cleanup.policy").value());
        }
    }

    private static Config config(Admin admin, Topic<?, ?> topic) throws ExecutionException, InterruptedException {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic.name());
        return admin.describeConfigs(List.of(resource)).all().get().get(resource);
    }
}
