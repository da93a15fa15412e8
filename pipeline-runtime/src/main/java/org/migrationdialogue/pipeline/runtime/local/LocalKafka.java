package org.migrationdialogue.pipeline.runtime.local;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.migrationdialogue.pipeline.common.topics.Topic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Apache Kafka broker in KRaft combined mode, in this JVM, with its log on disk so data
 * survives a restart. Bound to loopback only. By default unauthenticated ({@code ./pipeline up}); with
 * {@link #withScramListener(int)} it is secured as the docker-compose broker is: clients log in with SASL/SCRAM on a
 * listener of their own and may do only what ACLs allow, while the PLAINTEXT listener stays the broker's own and the
 * administrator's (the docker-compose broker has it on its container's loopback only).
 */
public final class LocalKafka implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LocalKafka.class);
    private static final String CONTROLLER_LISTENER = "CONTROLLER";
    private static final String SCRAM_LISTENER = "SCRAM";
    private static final int NODE_ID = 1;

    private final Path logDir;
    private final int port;
    private final int controllerPort;
    private final int scramPort;
    private KafkaRaftServer server;

    public LocalKafka(Path logDir, int port, int controllerPort) {
        this(logDir, port, controllerPort, 0);
    }

    private LocalKafka(Path logDir, int port, int controllerPort, int scramPort) {
        this.logDir = logDir.toAbsolutePath();
        this.port = port;
        this.controllerPort = controllerPort;
        this.scramPort = scramPort;
    }

    /**
     * This broker with a SASL_PLAINTEXT listener for SCRAM-SHA-512 users on {@code scramPort} and the
     * StandardAuthorizer: a user without an ACL for something may not do it. The principal of the PLAINTEXT and
     * controller listeners (ANONYMOUS: the broker itself and the administrator on the loopback) is a super user,
     * as KRaft needs for the broker's own requests to the controller.
     */
    public LocalKafka withScramListener(int scramPort) {
        return new LocalKafka(logDir, port, controllerPort, scramPort);
    }

    /** The unauthenticated PLAINTEXT listener (with {@link #withScramListener}: the administrator's). */
    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    /** The listener where users log in with SASL/SCRAM ({@link #withScramListener}). */
    public String scramBootstrapServers() {
        if (scramPort == 0) {
            throw new IllegalStateException("This broker has no SCRAM listener");
        }
        return "127.0.0.1:" + scramPort;
    }

    public synchronized LocalKafka start() {
        Ports.requireFree(port, "Kafka (KAFKA_PORT)");
        Ports.requireFree(controllerPort, "the Kafka controller (KAFKA_CONTROLLER_PORT)");
        if (scramPort != 0) {
            Ports.requireFree(scramPort, "Kafka's SCRAM listener");
        }
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
        props.put(
                "listeners",
                "PLAINTEXT://127.0.0.1:" + port + "," + CONTROLLER_LISTENER + "://127.0.0.1:" + controllerPort);
        props.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        props.put("controller.listener.names", CONTROLLER_LISTENER);
        props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        if (scramPort != 0) {
            secure(props);
        }
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
        // Large reports travel as one record (the topics set their limit too).
        props.put("message.max.bytes", Integer.toString(Topic.MAX_BROKER_MESSAGE_BYTES));
        props.put("replica.fetch.max.bytes", Integer.toString(Topic.MAX_BROKER_MESSAGE_BYTES));
        // Consumer groups start at once instead of waiting 3 s for more members: faster local start-up.
        props.put("group.initial.rebalance.delay.ms", "0");
        return props;
    }

    /** The security of the docker-compose broker (docker-compose.yml, service kafka), on loopback ports. */
    private void secure(Map<String, Object> props) {
        String scram = SCRAM_LISTENER + "://127.0.0.1:" + scramPort;
        props.put("listeners", props.get("listeners") + "," + scram);
        props.put("advertised.listeners", props.get("advertised.listeners") + "," + scram);
        props.put(
                "listener.security.protocol.map",
                props.get("listener.security.protocol.map") + "," + SCRAM_LISTENER + ":SASL_PLAINTEXT");
        String listener = "listener.name." + SCRAM_LISTENER.toLowerCase(Locale.ROOT) + ".";
        props.put(listener + "sasl.enabled.mechanisms", "SCRAM-SHA-512");
        // The broker checks SCRAM logins against the credentials in its metadata; the login module needs no options.
        props.put(
                listener + "scram-sha-512.sasl.jaas.config",
                "org.apache.kafka.common.security.scram.ScramLoginModule required;");
        props.put("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
        props.put("allow.everyone.if.no.acl.found", "false");
        props.put("super.users", "User:ANONYMOUS");
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
