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
import org.xml.sax.helpers.DefaultHandler;

/**
 * The SAX parser Tika's XML-based parsers (OpenDocument, the OOXML parts read by SAX) use when the parse context
 * holds one: Tika's own secure settings, and a refusal of any document type declaration. Tika already ignores
 * external entities and stops entity expansion after 20, so an XXE document would be extracted with the entity left
 * empty: refusing the DTD makes it fail, and so go to the dead-letter topic, which is what a document declaring
 * entities that read local files deserves. No office format needs a DTD (POI refuses them in the parts it reads).
 *
 * <p>Each parse runs on a parser of its own, made on demand, so nested parses (embedded documents) never share one.
 */
final class DtdRefusingSaxParser extends SAXParser {

    private static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";

    private final SAXParserFactory factory;

    DtdRefusingSaxParser() {
        factory = XMLReaderUtils.getSAXParserFactory();
        try {
            factory.setFeature(DISALLOW_DOCTYPE, true);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the JDK's SAX parser refuses DTDs on request", e);
        }
    }

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

    private SAXParser fresh() throws SAXException {
        try {
            return factory.newSAXParser();
        } catch (ParserConfigurationException e) {
            throw new SAXException("cannot make a SAX parser", e);
        }
    }
}
