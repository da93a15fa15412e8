package org.migrationdialogue.pipeline.common.kafka;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.security.auth.SecurityProtocol;
import org.migrationdialogue.pipeline.common.config.Config;
import org.migrationdialogue.pipeline.common.config.Settings;

/**
 * How every Kafka client of the pipeline (producers, consumers, admin clients, Kafka Streams) connects: the bootstrap
 * servers and, on a secured broker, the SASL user. Every client takes its base configuration from
 * {@link #clientConfig()}, so the security settings are applied in this one place.
 *
 * @param securityProtocol {@code PLAINTEXT} (the local broker) or {@code SASL_PLAINTEXT} / {@code SASL_SSL}
 * @param saslMechanism    {@code SCRAM-SHA-512}, {@code SCRAM-SHA-256} or {@code PLAIN}; unused with PLAINTEXT
 */
public record KafkaConnection(
        String bootstrapServers,
        SecurityProtocol securityProtocol,
        String saslMechanism,
        String username,
        String password) {

    /** The mechanism the docker-compose broker enables, and the default. */
    public static final String SCRAM_SHA_512 = "SCRAM-SHA-512";

    private static final Set<SecurityProtocol> SUPPORTED =
            Set.of(SecurityProtocol.PLAINTEXT, SecurityProtocol.SASL_PLAINTEXT, SecurityProtocol.SASL_SSL);
    private static final Map<String, String> LOGIN_MODULES = Map.of(
            "SCRAM-SHA-512", "org.apache.kafka.common.security.scram.ScramLoginModule",
            "SCRAM-SHA-256", "org.apache.kafka.common.security.scram.ScramLoginModule",
            "PLAIN", "org.apache.kafka.common.security.plain.PlainLoginModule");

    public KafkaConnection {
        if (bootstrapServers == null || bootstrapServers.isBlank()) {
            throw new IllegalArgumentException(
                    Settings.KAFKA_BOOTSTRAP_SERVERS.variable() + " must name at least one broker");
        }
        if (!SUPPORTED.contains(securityProtocol)) {
            throw new IllegalArgumentException(Settings.KAFKA_SECURITY_PROTOCOL.variable() + " " + securityProtocol
                    + " is not supported: use PLAINTEXT, SASL_PLAINTEXT or SASL_SSL");
        }
        if (isSasl(securityProtocol)) {
            if (!LOGIN_MODULES.containsKey(saslMechanism)) {
                throw new IllegalArgumentException(Settings.KAFKA_SASL_MECHANISM.variable() + " '" + saslMechanism
                        + "' is not supported: use SCRAM-SHA-512, SCRAM-SHA-256 or PLAIN");
            }
            if (username == null || username.isBlank() || password == null || password.isEmpty()) {
                throw new IllegalArgumentException(securityProtocol + " needs a user: set "
                        + Settings.KAFKA_USERNAME.variable() + " and " + Settings.KAFKA_PASSWORD.variable());
            }
        }
    }

    /** The connection the settings describe. */
    public static KafkaConnection from(Config config) {
        String protocol = config.get(Settings.KAFKA_SECURITY_PROTOCOL).toUpperCase(Locale.ROOT);
        SecurityProtocol parsed;
        try {
            parsed = SecurityProtocol.forName(protocol);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    Settings.KAFKA_SECURITY_PROTOCOL.variable() + " '" + protocol
                            + "' is not a security protocol: use PLAINTEXT, SASL_PLAINTEXT or SASL_SSL",
                    e);
        }
        return new KafkaConnection(
                config.get(Settings.KAFKA_BOOTSTRAP_SERVERS),
                parsed,
                config.get(Settings.KAFKA_SASL_MECHANISM).toUpperCase(Locale.ROOT),
                config.get(Settings.KAFKA_USERNAME),
                config.get(Settings.KAFKA_PASSWORD));
    }

    /** An unauthenticated connection, as to the local broker. */
    public static KafkaConnection plaintext(String bootstrapServers) {
        return new KafkaConnection(bootstrapServers, SecurityProtocol.PLAINTEXT, SCRAM_SHA_512, "", "");
    }

    /** A SCRAM-SHA-512 user over SASL_PLAINTEXT, as the docker-compose broker has them. */
    public static KafkaConnection scram(String bootstrapServers, String username, String password) {
        return new KafkaConnection(
                bootstrapServers, SecurityProtocol.SASL_PLAINTEXT, SCRAM_SHA_512, username, password);
    }

    /** The base configuration of a client: bootstrap servers and security. A new map each time, for the caller to extend. */
    public Map<String, Object> clientConfig() {
        Map<String, Object> config = new HashMap<>();
        config.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, securityProtocol.name);
        if (isSasl(securityProtocol)) {
            config.put(SaslConfigs.SASL_MECHANISM, saslMechanism);
            config.put(
                    SaslConfigs.SASL_JAAS_CONFIG,
                    LOGIN_MODULES.get(saslMechanism) + " required username=\"" + jaasQuoted(username) + "\" password=\""
                            + jaasQuoted(password) + "\";");
        }
        return config;
    }

    /** Whether the client authenticates, and so is subject to the broker's ACLs. */
    public boolean authenticated() {
        return isSasl(securityProtocol);
    }

    private static boolean isSasl(SecurityProtocol protocol) {
        return protocol == SecurityProtocol.SASL_PLAINTEXT || protocol == SecurityProtocol.SASL_SSL;
    }

    /** Inside a JAAS double-quoted value (read with java.io.StreamTokenizer), a backslash and a quote are escaped. */
    private static String jaasQuoted(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    /** Never prints the password (connections appear in logs and error messages). */
    @Override
    public String toString() {
        return securityProtocol.name + "://" + bootstrapServers
                + (authenticated() ? " as " + username + " (" + saslMechanism + ")" : "");
    }
}
