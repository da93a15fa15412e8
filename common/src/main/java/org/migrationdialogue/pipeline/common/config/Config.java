package org.migrationdialogue.pipeline.common.config;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Reads settings from an environment (the process's, or a map in tests), falling back to the local defaults. */
public final class Config {

    private static final Set<String> TRUE = Set.of("true", "yes", "on", "1");
    private static final Set<String> FALSE = Set.of("false", "no", "off", "0");

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

    public long getLong(Setting setting) {
        String value = get(setting);
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(setting.variable() + " must be a whole number, not '" + value + "'", e);
        }
    }

    /**
     * A yes-or-no setting: {@code true}/{@code false}, {@code yes}/{@code no}, {@code on}/{@code off} or
     * {@code 1}/{@code 0}, in any case. Anything else is an error that names the variable: read as false, a typo
     * such as {@code BUCKET_SCANNER=ture} would quietly switch a part of the pipeline off.
     */
    public boolean getBoolean(Setting setting) {
        String value = get(setting);
        String word = value == null ? "" : value.toLowerCase(Locale.ROOT);
        if (TRUE.contains(word)) {
            return true;
        }
        if (FALSE.contains(word)) {
            return false;
        }
        throw new IllegalArgumentException(
                setting.variable() + " must be true or false (or yes/no, on/off, 1/0), not '" + value + "'");
    }

    /** A copy with some settings overridden, e.g. for a service started by the local runtime. */
    public Config with(Map<String, String> overrides) {
        var merged = new java.util.HashMap<>(environment);
        merged.putAll(overrides);
        return new Config(merged);
    }
}
