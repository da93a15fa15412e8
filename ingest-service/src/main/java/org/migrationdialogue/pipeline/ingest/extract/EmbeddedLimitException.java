package org.migrationdialogue.pipeline.ingest.extract;

/**
 * A report with more embedded documents, or embedded deeper, than {@link LimitedEmbeddedDocuments} allows. A
 * SecurityException, the one kind Tika's parsers never catch: container parsers record an embedded document's
 * TikaException and go on, and turn a SAXException from a nested parser into one, so only this ends the whole
 * parse, at once, instead of going on inflating the rest of a bomb.
 */
final class EmbeddedLimitException extends SecurityException {

    private static final long serialVersionUID = 1L;

    EmbeddedLimitException(String message) {
        super(message);
    }
}
