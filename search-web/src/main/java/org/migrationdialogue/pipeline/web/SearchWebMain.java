package org.migrationdialogue.pipeline.web;

import org.migrationdialogue.pipeline.common.config.Config;
import org.migrationdialogue.pipeline.common.config.Settings;
import org.migrationdialogue.pipeline.common.service.ServiceRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Wires the search page: Elasticsearch, Kafka and the bucket from the settings; runs until SIGTERM. */
public final class SearchWebMain {

    private static final Logger LOG = LoggerFactory.getLogger(SearchWebMain.class);

    private SearchWebMain() {}

    public static void main(String[] args) {
        Config config = Config.fromEnvironment();
        if (config.getInt(Settings.SEARCH_WEB_PORT) <= 0) {
            LOG.info("{} is 0: no search page", Settings.SEARCH_WEB_PORT.variable());
            return;
        }
        // The page answers GET /health on its own port (SEARCH_WEB_PORT), beside the pages.
        ServiceRunner.run(SearchWeb.fromConfig(config), 0);
    }
}
