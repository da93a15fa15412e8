package org.migrationdialogue.pipeline.index.schema;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.migrationdialogue.pipeline.common.search.IndexAliases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The index templates, versioned concrete indices and aliases of the contract, created idempotently at start-up.
 * Mappings use core Elasticsearch features only, so they serve the minimal local server and a full cluster alike.
 */
public final class IndexSchema {

    /** The mapping version of the concrete indices this code writes: {@code reports-v1}, {@code recommendations-v1}. */
    public static final int VERSION = 1;

    public static final List<String> ALIASES = List.of(IndexAliases.REPORTS, IndexAliases.RECOMMENDATIONS);

    private static final Logger LOG = LoggerFactory.getLogger(IndexSchema.class);

    private final ElasticsearchClient client;

    public IndexSchema(ElasticsearchClient client) {
        this.client = client;
    }

    /** Puts both templates, creates {@code <alias>-v<VERSION>} where missing, and points each alias at an index. */
    public void ensure() {
        for (String alias : ALIASES) {
            putTemplate(alias);
            ensureIndexWithAlias(alias, VERSION);
        }
    }

    /** The template resource of an alias, e.g. {@code /elasticsearch/reports-template.json}. */
    public static String templateResource(String alias) {
        return "/elasticsearch/" + alias + "-template.json";
    }

    public void putTemplate(String alias) {
        try (InputStream json = IndexSchema.class.getResourceAsStream(templateResource(alias))) {
            if (json == null) {
                throw new IllegalStateException("Missing resource " + templateResource(alias));
            }
            client.indices().putIndexTemplate(request -> request.name(alias).withJson(json));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot put the index template of " + alias, e);
        }
    }

    private void ensureIndexWithAlias(String alias, int version) {
        String index = IndexAliases.concreteIndex(alias, version);
        try {
            if (!client.indices().exists(request -> request.index(index)).value()) {
                createIndex(index);
            }
            if (!client.indices().existsAlias(request -> request.name(alias)).value()) {
                client.indices()
                        .updateAliases(request -> request.actions(action ->
                                action.add(add -> add.index(index).alias(alias).isWriteIndex(true))));
                LOG.info("Alias {} -> {}", alias, index);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create index " + index + " with alias " + alias, e);
        }
    }

    /** Creates a concrete index from its template; an index created concurrently by another instance is fine. */
    public void createIndex(String index) throws IOException {
        try {
            client.indices().create(request -> request.index(index));
            LOG.info("Created index {}", index);
        } catch (ElasticsearchException e) {
            if (!"resource_already_exists_exception".equals(e.error().type())) {
                throw e;
            }
        }
    }
}
