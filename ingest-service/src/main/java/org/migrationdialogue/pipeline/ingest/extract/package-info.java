/**
 * Extraction of reports with Apache Tika.
 *
 * <p>Services call {@link org.migrationdialogue.pipeline.ingest.extract.IsolatedExtractor}: construct it once
 * with {@link org.migrationdialogue.pipeline.ingest.extract.ExtractionSettings}, call
 * {@code extract(ObjectContent)} from any thread, close it on shutdown. Every outcome is an
 * {@link org.migrationdialogue.pipeline.ingest.extract.ExtractionResult}: {@code Extracted}, or {@code Failed}
 * with a {@link org.migrationdialogue.pipeline.ingest.extract.Stage} and a
 * {@link org.migrationdialogue.pipeline.ingest.extract.FailureKind} saying whether to dead-letter (POISON),
 * retry (RETRIABLE) or stop (FATAL).
 *
 * <p>Parsing runs in worker JVMs ({@link org.migrationdialogue.pipeline.ingest.extract.ExtractionWorker}) that
 * run {@link org.migrationdialogue.pipeline.ingest.extract.ReportExtractor}, the in-process Tika adapter. Its
 * content handler, {@code LayoutContentHandler}, reads Tika's XHTML in one pass into the text and blocks of
 * {@code clean/} (see that package for how blocks are made).
 */
package org.migrationdialogue.pipeline.ingest.extract;
