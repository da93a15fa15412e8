package org.migrationdialogue.pipeline.common.events;

/** A theme of the contract's taxonomy with its length-normalised score; higher is more central. */
public record ThemeScore(String id, String label, double score) {}
