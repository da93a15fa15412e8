package org.migrationdialogue.pipeline.runtime.local;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A real single-node Apache Kafka broker in KRaft combined mode, in this JVM, with its log on disk so data
 * survives a restart. Bound to loopback only.
 */
public final class LocalKafka implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LocalKafka.class);
    private static final String CONTROLLER_LISTENER = "CONTROLLER";
    private static final int NODE_ID = 1;

    private final Path logDir;
    private final int port;
    private final int controllerPort;
    private KafkaRaftServer server;

    public LocalKafka(Path logDir, int port, int controllerPort) {
        this.logDir = logDir.toAbsolutePath();
        this.port = port;
        this.controllerPort = controllerPort;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public synchronized LocalKafka start() {
        Ports.requireFree(port, "Kafka (KAFKA_PORT)");
        Ports.requireFree(controllerPort, "the Kafka controller (KAFKA_CONTROLLER_PORT)");
        KafkaConfig config = new KafkaConfig(serverProperties(), false);
        formatStorageOnce(config);
        server = new KafkaRaftServer(config, Time.SYSTEM);
        server.startup();
        LOG.info("Kafka broker up at {} (log in {})", bootstrapServers(), logDir);
        return this;
    }

    private Map<String, Object> serverProperties() {
        Map<String, Object> props = new HashMap<>();
        props.put("process.roles", "broker,controller");
        props.put("node.id", Integer.toString(NODE_ID));
        props.put("controller.quorum.voters", NODE_ID + "@127.0.0.1:" + controllerPort);
        props.put("listeners", "PLAINTEXT://127.0.0.1:" + port + "," + CONTROLLER_LISTENER + "://127.0.0.1:" + controllerPort);
        props.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        props.put("controller.listener.names", CONTROLLER_LISTENER);
        props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        props.put("inter.broker.listener.name", "PLAINTEXT");
        props.put("log.dirs", logDir.toString());
        // A single broker: internal topics cannot be replicated, and transactions need an ISR of one.
        props.put("offsets.topic.replication.factor", "1");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("share.coordinator.state.topic.replication.factor", "1");
        props.put("share.coordinator.state.topic.min.isr", "1");
        props.put("default.replication.factor", "1");
        // Topics are created explicitly by the pipeline with their partitions and policies.
        props.put("auto.create.topics.enable", "false");
        // Large reports travel as one record (the topics set 10 MB too).
        props.put("message.max.bytes", Integer.toString(10 * 1024 * 1024 + 1024));
        props.put("replica.fetch.max.bytes", Integer.toString(10 * 1024 * 1024 + 1024));
        // Consumer groups start at once instead of waiting 3 s for more members: faster local start-up.
        props.put("group.initial.rebalance.delay.ms", "0");
        return props;
    }

    private void formatStorageOnce(KafkaConfig config) {
        if (Files.exists(logDir.resolve("meta.properties"))) {
            return;
        }
        try {
            Files.createDirectories(logDir);
            new Formatter()
                    .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                    .setNodeId(NODE_ID)
                    .setClusterId(Uuid.randomUuid().toString())
                    .setControllerListenerName(CONTROLLER_LISTENER)
                    .setMetadataLogDirectory(config.metadataLogDir())
                    .setDirectories(List.of(logDir.toString()))
                    .run();
            LOG.info("Formatted Kafka storage in {}", logDir);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create the Kafka log folder " + logDir + ": " + e.getMessage(), e);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot format the Kafka storage in " + logDir + ": " + e.getMessage(), e);
        }
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    @Override
    public synchronized void close() {
        if (server == null) {
            return;
        }
        server.shutdown();
        server.awaitShutdown();
        server = null;
        LOG.info("Kafka broker stopped");
    }
}
