/**
 * The report's clean text and its layout (the contract's blocks), made once, from what Tika read. Pure, no I/O.
 *
 * <p>How blocks are made: {@code extract.LayoutContentHandler} reads Tika's XHTML as it is parsed and feeds one of
 * two builders. Formats with structure (DOCX, DOC, ODT, HTML, RTF, EPUB, PPT, XLS) go to
 * {@link org.migrationdialogue.pipeline.ingest.clean.StructureBuilder}: headings with their level, paragraphs,
 * list items with their marker and nesting, table rows with their cells, slides as pages. PDFs and plain text go
 * to {@link org.migrationdialogue.pipeline.ingest.clean.PagedText}, cut at Tika's page divisions, and their
 * blocks are rebuilt from the lines (wrapped lines joined, words hyphenated across lines mended, running headers
 * and page numbers removed). {@link org.migrationdialogue.pipeline.ingest.clean.TextCleaner} then drops known page
 * furniture, gives list items without a level from the format one from their markers, and renders the text and
 * each block's span in it.
 *
 * <p>Data: {@code /clean/furniture-patterns.txt} (the pipeline's one list of page furniture) and
 * {@code /clean/hyphen-prefixes.txt}, read by {@link org.migrationdialogue.pipeline.ingest.clean.CleanerRules}.
 */
package org.migrationdialogue.pipeline.ingest.clean;
