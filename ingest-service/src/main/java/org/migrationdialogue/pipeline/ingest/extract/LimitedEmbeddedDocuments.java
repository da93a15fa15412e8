package org.migrationdialogue.pipeline.ingest.extract;

import java.io.IOException;
import java.io.InputStream;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.metadata.Metadata;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Tika's extraction of embedded documents (images, annexes, attached files) with the limits Tika leaves open: at
 * most {@code maxDocuments} in one report, all levels together, and at most {@code maxDepth} levels of embedding.
 * Past either, the parse fails with an {@link EmbeddedLimitException}: a zip of zips of zips in a Word file is a
 * bomb, not an annex. One per parse.
 */
final class LimitedEmbeddedDocuments implements EmbeddedDocumentExtractor {

    private final EmbeddedDocumentExtractor delegate;
    private final int maxDocuments;
    private final int maxDepth;
    private int documents;
    private int depth;

    LimitedEmbeddedDocuments(EmbeddedDocumentExtractor delegate, int maxDocuments, int maxDepth) {
        this.delegate = delegate;
        this.maxDocuments = maxDocuments;
        this.maxDepth = maxDepth;
    }

    @Override
    public boolean shouldParseEmbedded(Metadata metadata) {
        return delegate.shouldParseEmbedded(metadata);
    }

    @Override
    public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml)
            throws SAXException, IOException {
        if (++documents > maxDocuments) {
            throw new EmbeddedLimitException("more than " + maxDocuments + " embedded documents");
        }
        if (depth + 1 > maxDepth) {
            throw new EmbeddedLimitException("embedded documents nested more than " + maxDepth + " levels deep");
        }
        depth++;
        try {
            delegate.parseEmbedded(stream, handler, metadata, outputHtml);
        } finally {
            depth--;
        }
    }
}
