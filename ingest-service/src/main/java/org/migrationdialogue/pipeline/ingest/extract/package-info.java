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
 * {@code clean/} (see that package for how blocks are made). Scans are read by OCR with Tesseract where it is
 * installed ({@link org.migrationdialogue.pipeline.ingest.extract.OcrStatus}), and extracted without their text,
 * flagged, where it is not ({@link org.migrationdialogue.pipeline.ingest.extract.OcrOutcome}).
 *
 * <p><b>Why our worker JVMs and not Tika's own (tika-pipes: {@code PipesParser}, {@code PipesClient},
 * {@code PipesServer}).</b> Measured side by side on the same files, with the same two forked JVMs, heap, GC and
 * timeout ({@code ParserIsolationBenchmark}, docs/benchmarks.md, 2026-12-01): tika-pipes, whose forked servers
 * return Tika's text for our cleaner to clean in the service, extracted 200 generated reports at 8.8 reports/s
 * (p50 168 ms, p95 596 ms) against 7.0 reports/s (p50 218 ms, p95 776 ms) for these workers, which also clean, lay
 * out and guess the language in the worker; a difference within the noise of a shared host at load 7-10, but
 * counted against us. We keep ours for what tika-pipes does not do, each needed by a requirement of the pipeline:
 * <ul>
 * <li>the parse deadline grows with each page read by OCR while the parse runs (the worker says "OCR" before each
 *     page); a PipesServer's timeout is fixed per file before it starts, so a 40-page scan would need 40 minutes
 *     for every file, hangs included;</li>
 * <li>a killed worker takes its Tesseract with it, and a worker whose service died stops at once; PipesClient only
 *     destroys the server process, whose Tesseract runs on;</li>
 * <li>the worker's environment holds none of the service's secrets; PipesClient's ProcessBuilder inherits the whole
 *     environment (S3 keys, the Elasticsearch password);</li>
 * <li>the limits are per-parse objects in the parse context (embedded-document count and depth, a SAX parser that
 *     refuses entity declarations, OCR progress), which a tuple's serialised context cannot carry to a PipesServer;</li>
 * <li>on the bad-input corpus, out of the box, tika-pipes read the 101 MB file whole, returned text for 7 of the
 *     26 cases (the nested zip bomb after 18 s, the 1,001 embedded files, the XXE and billion-laughs documents,
 *     gzipped text, invalid UTF-16, the over-long line), a success without text for 8 and a stack trace to triage
 *     for 11; here every case is one {@code Failed} with its stage and reason.</li>
 * </ul>
 * What ours costs instead: about 440 lines (ExtractionWorker, WorkerProcess, WorkerSlot, WorkerProtocol,
 * WorkerCommand), tested by IsolatedExtractorTest and IsolatedExtractorOcrTest.
 */
package org.migrationdialogue.pipeline.ingest.extract;
