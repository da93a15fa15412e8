package org.migrationdialogue.pipeline.enrich.core.match;

/**
 * A folded phrase's meaning.
 *
 * @param kind   what the phrase names
 * @param key    country code, organisation id, theme id, meeting type, honorific...
 * @param weight weight of a theme term, else 1
 * @param flags  {@link org.migrationdialogue.pipeline.enrich.core.knowledge.TermFlags} bits
 */
public record Term(TermKind kind, String key, int weight, int flags) {}
