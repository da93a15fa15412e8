package org.migrationdialogue.pipeline.common.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import org.migrationdialogue.pipeline.common.config.Config;
import org.migrationdialogue.pipeline.common.config.Settings;
import org.migrationdialogue.pipeline.common.serde.Json;

/** The official Elasticsearch client, configured from the settings, mapping documents with the contract's JSON. */
public final class ElasticsearchClients {

    private ElasticsearchClients() {
    }

    public static ElasticsearchClient create(Config config) {
        return create(config.get(Settings.ELASTICSEARCH_URL), config.get(Settings.ELASTICSEARCH_USERNAME),
                config.get(Settings.ELASTICSEARCH_PASSWORD));
    }

    public static ElasticsearchClient create(String url, String username, String password) {
        return ElasticsearchClient.of(builder -> {
            builder.host(url).jsonMapper(new JacksonJsonpMapper(Json.mapper()));
            if (username != null && !username.isBlank()) {
                builder.usernameAndPassword(username, password);
            }
            return builder;
        });
    }

    public static ElasticsearchClient create(String url) {
        return create(url, "", "");
    }
}
