package org.migrationdialogue.pipeline.enrich.core.match;

/** Matches of one layer compete (longest wins); matches of different layers never do. */
public enum Layer {
    COUNTRY,
    ORGANISATION,
    THEME,
    SIGNAL
}
