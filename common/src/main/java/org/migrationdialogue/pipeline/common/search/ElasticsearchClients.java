package org.migrationdialogue.pipeline.common.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.TransportUtils;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.net.ssl.SSLContext;
import org.migrationdialogue.pipeline.common.config.Config;
import org.migrationdialogue.pipeline.common.config.Settings;
import org.migrationdialogue.pipeline.common.serde.Json;

/**
 * The official Elasticsearch client, configured from the settings (URL, user, the CA of an HTTPS server), mapping
 * documents with the contract's JSON.
 */
public final class ElasticsearchClients {

    private ElasticsearchClients() {}

    public static ElasticsearchClient create(Config config) {
        String caCert = config.get(Settings.ELASTICSEARCH_CA_CERT);
        return create(
                config.get(Settings.ELASTICSEARCH_URL),
                config.get(Settings.ELASTICSEARCH_USERNAME),
                config.get(Settings.ELASTICSEARCH_PASSWORD),
                caCert.isEmpty() ? null : Path.of(caCert));
    }

    /**
     * @param caCert PEM file of the CA that signed the server's HTTPS certificate (a self-made CA, as docker-compose
     *               makes), or null to trust the JDK's CAs
     */
    public static ElasticsearchClient create(String url, String username, String password, Path caCert) {
        SSLContext trust = caCert == null ? null : trusting(caCert);
        return ElasticsearchClient.of(builder -> {
            builder.host(url).jsonMapper(new JacksonJsonpMapper(Json.mapper()));
            if (username != null && !username.isBlank()) {
                builder.usernameAndPassword(username, password);
            }
            if (trust != null) {
                builder.sslContext(trust);
            }
            return builder;
        });
    }

    public static ElasticsearchClient create(String url) {
        return create(url, "", "", null);
    }

    /** TLS that trusts the certificates the CA signed (the client's own helper reads the PEM file). */
    private static SSLContext trusting(Path caCert) {
        if (!Files.isReadable(caCert)) {
            throw new IllegalArgumentException(Settings.ELASTICSEARCH_CA_CERT.variable()
                    + ": cannot read the CA certificate " + caCert.toAbsolutePath());
        }
        try {
            return TransportUtils.sslContextFromHttpCaCrt(caCert.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(
                    Settings.ELASTICSEARCH_CA_CERT.variable() + ": " + caCert + " is not a PEM certificate", e);
        }
    }
}
