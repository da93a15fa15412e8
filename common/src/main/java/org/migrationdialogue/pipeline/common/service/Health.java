package org.migrationdialogue.pipeline.common.service;

import java.util.Map;

/**
 * @param up      whether the service does its work now
 * @param details counters and states worth showing (processed, failed, state, ...)
 */
public record Health(boolean up, Map<String, Object> details) {

    public Health {
        details = Map.copyOf(details);
    }
}
