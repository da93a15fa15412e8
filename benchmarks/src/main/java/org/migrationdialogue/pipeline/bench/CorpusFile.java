package org.migrationdialogue.pipeline.bench;

import java.nio.file.Path;

/**
 * One generated report on disk.
 *
 * @param key             its object key in the upload bucket (its path relative to the corpus folder)
 * @param file            where it was written
 * @param marker          the word that makes its recommendations unique
 * @param recommendations how many recommendations it has
 */
record CorpusFile(String key, Path file, ReportFormat format, String marker, int recommendations) {}
