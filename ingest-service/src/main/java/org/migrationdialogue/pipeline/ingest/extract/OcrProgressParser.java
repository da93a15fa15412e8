package org.migrationdialogue.pipeline.ingest.extract;

import java.io.IOException;
import java.io.InputStream;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ParserDecorator;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * The parser Tika calls, through the parse context, for the documents a document embeds. Says so before each
 * embedded image (in a DOCX, say), which Tesseract is about to read, so that the parse deadline grows by a page's
 * time. The page images Tika's PDF parser renders for OCR (typed {@code image/ocr-*}) come through here too, but were
 * counted already, before their rendering ({@link PageWatchingMetadata}). One per parse.
 */
final class OcrProgressParser extends ParserDecorator {

    private static final long serialVersionUID = 1L;
    private final transient Runnable ocrStarting;

    OcrProgressParser(Parser parser, Runnable ocrStarting) {
        super(parser);
        this.ocrStarting = ocrStarting;
    }

    @Override
    public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
            throws IOException, SAXException, TikaException {
        String override = String.valueOf(metadata.get(TikaCoreProperties.CONTENT_TYPE_PARSER_OVERRIDE));
        if (!override.startsWith("image/ocr-")
                && String.valueOf(metadata.get(Metadata.CONTENT_TYPE)).startsWith("image/")) {
            ocrStarting.run();
        }
        super.parse(stream, handler, metadata, context);
    }
}
