package org.migrationdialogue.pipeline.ingest.extract;

import java.io.IOException;
import java.io.InputStream;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.apache.tika.utils.XMLReaderUtils;
import org.xml.sax.InputSource;
import org.xml.sax.Parser;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;
import org.xml.sax.XMLReader;
import org.xml.sax.ext.DeclHandler;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The SAX parser Tika's XML-based parsers (OpenDocument, EPUB, the OOXML parts read by SAX) use when the parse
 * context holds one: Tika's own secure settings, and a refusal of any entity declaration. Tika already ignores
 * external entities and stops entity expansion after 20, so an XXE document would be extracted with the entity left
 * empty: refusing the declaration makes it fail, and so go to the dead-letter topic, which is what a document
 * declaring entities that read local files, or expand a few bytes into gigabytes, deserves. A document type
 * declaration without entities (the public DTD of an EPUB's XHTML or an old OpenOffice manifest) is read as before:
 * its external DTD is never loaded.
 *
 * <p>Each parse runs on a parser of its own, made on demand, so nested parses (embedded documents) never share one.
 */
final class EntityRefusingSaxParser extends SAXParser {

    /** Said by the refusal, and looked for by {@link TikaFailures}. */
    static final String REFUSED = "XML entity declaration refused";

    private static final String DECLARATION_HANDLER = "http://xml.org/sax/properties/declaration-handler";

    private final SAXParserFactory factory = XMLReaderUtils.getSAXParserFactory();

    @Override
    public void parse(InputStream in, DefaultHandler handler) throws SAXException, IOException {
        fresh().parse(in, handler);
    }

    @Override
    public void parse(InputSource source, DefaultHandler handler) throws SAXException, IOException {
        fresh().parse(source, handler);
    }

    @Override
    @SuppressWarnings("deprecation")
    public Parser getParser() throws SAXException {
        return fresh().getParser();
    }

    @Override
    public XMLReader getXMLReader() throws SAXException {
        return fresh().getXMLReader();
    }

    @Override
    public boolean isNamespaceAware() {
        return factory.isNamespaceAware();
    }

    @Override
    public boolean isValidating() {
        return factory.isValidating();
    }

    @Override
    public void setProperty(String name, Object value) throws SAXNotRecognizedException {
        throw new SAXNotRecognizedException("properties are fixed: " + name);
    }

    @Override
    public Object getProperty(String name) throws SAXNotRecognizedException, SAXNotSupportedException {
        try {
            return fresh().getProperty(name);
        } catch (SAXNotRecognizedException | SAXNotSupportedException e) {
            throw e;
        } catch (SAXException e) {
            throw new SAXNotSupportedException(e.getMessage());
        }
    }

    /** A parser of Tika's factory that refuses entity declarations (its DeclHandler throws at the first). */
    private SAXParser fresh() throws SAXException {
        try {
            SAXParser parser = factory.newSAXParser();
            parser.setProperty(DECLARATION_HANDLER, new RefusingDeclarations());
            return parser;
        } catch (ParserConfigurationException e) {
            throw new SAXException("cannot make a SAX parser", e);
        }
    }

    /** Told of each declaration in a DTD; an entity's, internal or external, ends the parse. */
    private static final class RefusingDeclarations implements DeclHandler {

        @Override
        public void internalEntityDecl(String name, String value) throws SAXException {
            throw new SAXException(REFUSED + ": " + name);
        }

        @Override
        public void externalEntityDecl(String name, String publicId, String systemId) throws SAXException {
            throw new SAXException(REFUSED + ": " + name + " (external)");
        }

        @Override
        public void elementDecl(String name, String model) {
            // Element and attribute declarations are harmless.
        }

        @Override
        public void attributeDecl(String element, String attribute, String type, String mode, String value) {
            // Element and attribute declarations are harmless.
        }
    }
}
