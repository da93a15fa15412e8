package org.migrationdialogue.pipeline.common.config;

import java.util.Map;

/** Reads settings from an environment (the process's, or a map in tests), falling back to the local defaults. */
public final class Config {

    private final Map<String, String> environment;

    public Config(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    public static Config fromEnvironment() {
        return new Config(System.getenv());
    }

    public String get(Setting setting) {
        String value = environment.get(setting.variable());
        return value == null || value.isBlank() ? setting.defaultValue() : value.strip();
    }

    public int getInt(Setting setting) {
        String value = get(setting);
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(setting.variable() + " must be a whole number, not '" + value + "'", e);
        }
    }

    /** A copy with some settings overridden, e.g. for a service started by the local runtime. */
    public Config with(Map<String, String> overrides) {
        var merged = new java.util.HashMap<>(environment);
        merged.putAll(overrides);
        return new Config(merged);
    }
}
