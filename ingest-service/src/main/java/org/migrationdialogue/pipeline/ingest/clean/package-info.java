/**
 * Cleaning of extracted text: {@link org.migrationdialogue.pipeline.ingest.clean.TextCleaner}, pure and
 * without I/O, configured by {@link org.migrationdialogue.pipeline.ingest.clean.CleanerRules} (resources
 * {@code /clean/furniture-patterns.txt} and {@code /clean/hyphen-prefixes.txt}).
 */
package org.migrationdialogue.pipeline.ingest.clean;
