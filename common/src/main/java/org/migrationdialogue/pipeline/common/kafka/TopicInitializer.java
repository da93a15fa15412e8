package org.migrationdialogue.pipeline.common.kafka;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.TopicExistsException;
import org.migrationdialogue.pipeline.common.topics.Topic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the contract's topics with explicit partitions and configs, and brings the configs of topics that exist
 * in line with the contract (e.g. a retention changed since they were created); partitions are never changed.
 */
public final class TopicInitializer {

    private static final Logger LOG = LoggerFactory.getLogger(TopicInitializer.class);

    private final KafkaConnection connection;
    private final int partitions;
    private final short replicationFactor;

    public TopicInitializer(KafkaConnection connection, int partitions, short replicationFactor) {
        this.connection = connection;
        this.partitions = partitions;
        this.replicationFactor = replicationFactor;
    }

    public void createAll(Collection<? extends Topic<?, ?>> topics) {
        try (Admin admin = Admin.create(connection.clientConfig())) {
            Set<String> existing = admin.listTopics().names().get();
            create(
                    admin,
                    topics.stream()
                            .filter(topic -> !existing.contains(topic.name()))
                            .map(this::newTopic)
                            .toList());
            align(
                    admin,
                    topics.stream()
                            .filter(topic -> existing.contains(topic.name()))
                            .toList());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating topics", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(
                    "Cannot set up the topics on " + connection + ": "
                            + e.getCause().getMessage(),
                    e);
        }
    }

    private NewTopic newTopic(Topic<?, ?> spec) {
        return new NewTopic(spec.name(), partitions, replicationFactor).configs(spec.configs());
    }

    private static void create(Admin admin, List<NewTopic> topics) throws InterruptedException {
        for (var entry : admin.createTopics(topics).values().entrySet()) {
            try {
                entry.getValue().get();
                LOG.info("Created topic {}", entry.getKey());
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw new IllegalStateException(
                            "Cannot create topic " + entry.getKey() + ": "
                                    + e.getCause().getMessage(),
                            e);
                }
            }
        }
    }

    /** Sets each contract config that differs on an existing topic; the others are left as they are. */
    private static void align(Admin admin, List<? extends Topic<?, ?>> topics)
            throws ExecutionException, InterruptedException {
        if (topics.isEmpty()) {
            return;
        }
        List<ConfigResource> resources = topics.stream()
                .map(topic -> new ConfigResource(ConfigResource.Type.TOPIC, topic.name()))
                .toList();
        var current = admin.describeConfigs(resources).all().get();
        Map<ConfigResource, Collection<AlterConfigOp>> changes = new HashMap<>();
        for (Topic<?, ?> topic : topics) {
            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic.name());
            List<AlterConfigOp> ops = new ArrayList<>();
            topic.configs().forEach((name, wanted) -> {
                ConfigEntry entry = current.get(resource).get(name);
                String now = entry == null ? null : entry.value();
                if (!wanted.equals(now)) {
                    LOG.info("Topic {}: {} {} -> {}", topic.name(), name, now, wanted);
                    ops.add(new AlterConfigOp(new ConfigEntry(name, wanted), AlterConfigOp.OpType.SET));
                }
            });
            if (!ops.isEmpty()) {
                changes.put(resource, ops);
            }
        }
        if (!changes.isEmpty()) {
            admin.incrementalAlterConfigs(changes).all().get();
        }
    }
}
