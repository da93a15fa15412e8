package org.migrationdialogue.pipeline.index.schema;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.indices.update_aliases.Action;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.migrationdialogue.pipeline.common.search.IndexAliases;

/** Finds the versioned index behind each alias and moves every alias to a new version in one atomic request. */
public final class AliasSwap {

    private static final Pattern VERSIONED = Pattern.compile("(.+)-v(\\d+)");

    private final ElasticsearchClient client;

    public AliasSwap(ElasticsearchClient client) {
        this.client = client;
    }

    /** The highest mapping version among the indices the aliases point at now. */
    public int currentVersion() throws IOException {
        int version = 0;
        for (String alias : IndexSchema.ALIASES) {
            for (String index : client.indices()
                    .getAlias(request -> request.name(alias))
                    .aliases()
                    .keySet()) {
                Matcher matcher = VERSIONED.matcher(index);
                if (matcher.matches()) {
                    version = Math.max(version, Integer.parseInt(matcher.group(2)));
                }
            }
        }
        return version;
    }

    /** Points every alias at its index of {@code version} and away from any other, in one request. */
    public void moveTo(int version) throws IOException {
        List<Action> actions = new ArrayList<>();
        for (String alias : IndexSchema.ALIASES) {
            String target = IndexAliases.concreteIndex(alias, version);
            for (String index : client.indices()
                    .getAlias(request -> request.name(alias))
                    .aliases()
                    .keySet()) {
                if (!index.equals(target)) {
                    actions.add(Action.of(action ->
                            action.remove(remove -> remove.index(index).alias(alias))));
                }
            }
            actions.add(Action.of(
                    action -> action.add(add -> add.index(target).alias(alias).isWriteIndex(true))));
        }
        client.indices().updateAliases(request -> request.actions(actions));
    }
}
