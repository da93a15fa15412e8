package org.migrationdialogue.pipeline.common.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import javax.security.auth.login.AppConfigurationEntry;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.config.types.Password;
import org.apache.kafka.common.security.JaasContext;
import org.junit.jupiter.api.Test;
import org.migrationdialogue.pipeline.common.config.Config;
import org.migrationdialogue.pipeline.common.config.Settings;

class KafkaConnectionTest {

    @Test
    void shouldConnectWithoutAuthenticationByDefault() {
        // given no security settings (the local default)
        Config config = new Config(Map.of(Settings.KAFKA_BOOTSTRAP_SERVERS.variable(), "127.0.0.1:19092"));
        // when the client configuration is built
        Map<String, Object> client = KafkaConnection.from(config).clientConfig();
        // then it names the brokers and PLAINTEXT, and carries no SASL settings
        assertEquals(Map.of("bootstrap.servers", "127.0.0.1:19092", "security.protocol", "PLAINTEXT"), client);
    }

    @Test
    void shouldLogInWithTheConfiguredUserEvenWhenThePasswordHasQuotesAndBackslashes() {
        // given a SASL user whose password has the characters JAAS quoting must escape
        String password = "p\"a\\ss\\\"word";
        Config config = new Config(Map.of(
                Settings.KAFKA_BOOTSTRAP_SERVERS.variable(), "kafka:9092",
                Settings.KAFKA_SECURITY_PROTOCOL.variable(), "sasl_plaintext",
                Settings.KAFKA_USERNAME.variable(), "index-service",
                Settings.KAFKA_PASSWORD.variable(), password));
        // when the client configuration is built and its JAAS entry parsed as the Kafka client parses it
        Map<String, Object> client = KafkaConnection.from(config).clientConfig();
        AppConfigurationEntry login = loginEntry(client);
        // then the client logs in with SCRAM-SHA-512 as that user, with the exact password
        assertEquals("SASL_PLAINTEXT", client.get("security.protocol"));
        assertEquals("SCRAM-SHA-512", client.get(SaslConfigs.SASL_MECHANISM));
        assertEquals("org.apache.kafka.common.security.scram.ScramLoginModule", login.getLoginModuleName());
        assertEquals("index-service", login.getOptions().get("username"));
        assertEquals(password, login.getOptions().get("password"));
    }

    @Test
    void shouldRefuseSaslWithoutAUser() {
        // given SASL asked for, but no user
        Config config = new Config(Map.of(Settings.KAFKA_SECURITY_PROTOCOL.variable(), "SASL_PLAINTEXT"));
        // when the connection is read, then the error names the settings to set
        IllegalArgumentException error =
                assertThrows(IllegalArgumentException.class, () -> KafkaConnection.from(config));
        assertTrue(
                error.getMessage().contains("KAFKA_USERNAME")
                        && error.getMessage().contains("KAFKA_PASSWORD"),
                error.getMessage());
    }

    @Test
    void shouldRefuseAnUnknownProtocolOrMechanismNamingTheSetting() {
        for (Map<String, String> environment : List.of(
                Map.of(Settings.KAFKA_SECURITY_PROTOCOL.variable(), "TLS"),
                Map.of(Settings.KAFKA_SECURITY_PROTOCOL.variable(), "SSL"),
                Map.of(
                        Settings.KAFKA_SECURITY_PROTOCOL.variable(),
                        "SASL_SSL",
                        Settings.KAFKA_SASL_MECHANISM.variable(),
                        "GSSAPI",
                        Settings.KAFKA_USERNAME.variable(),
                        "u",
                        Settings.KAFKA_PASSWORD.variable(),
                        "p"))) {
            // given a protocol or mechanism the pipeline does not support
            // when the connection is read, then the error names the setting
            IllegalArgumentException error =
                    assertThrows(IllegalArgumentException.class, () -> KafkaConnection.from(new Config(environment)));
            assertTrue(
                    error.getMessage().startsWith("KAFKA_SECURITY_PROTOCOL")
                            || error.getMessage().startsWith("KAFKA_SASL_MECHANISM"),
                    error.getMessage());
        }
    }

    @Test
    void shouldNeverShowThePassword() {
        // given a SASL connection
        KafkaConnection connection = KafkaConnection.scram("kafka:9092", "ingest-service", "s3cret-password");
        // when it is printed, then the user shows and the password does not
        assertTrue(connection.toString().contains("ingest-service"), connection.toString());
        assertFalse(connection.toString().contains("s3cret-password"), connection.toString());
    }

    private static AppConfigurationEntry loginEntry(Map<String, Object> client) {
        JaasContext context = JaasContext.loadClientContext(
                Map.of(SaslConfigs.SASL_JAAS_CONFIG, new Password((String) client.get(SaslConfigs.SASL_JAAS_CONFIG))));
        assertEquals(1, context.configurationEntries().size());
        return context.configurationEntries().getFirst();
    }
}
