package org.migrationdialogue.pipeline.common.config;

/**
 * One configuration setting: an environment variable with its local default.
 *
 * @param variable     the environment variable, e.g. {@code KAFKA_BOOTSTRAP_SERVERS}
 * @param defaultValue the local default (null: no default, must be set where used)
 * @param description  one line for the README's configuration table
 */
public record Setting(String variable, String defaultValue, String description) {}
