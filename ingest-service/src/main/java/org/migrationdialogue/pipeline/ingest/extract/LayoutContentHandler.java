package org.migrationdialogue.pipeline.ingest.extract;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;
import org.apache.tika.exception.WriteLimitReachedException;
import org.migrationdialogue.pipeline.ingest.clean.CleanText;
import org.migrationdialogue.pipeline.ingest.clean.PagedText;
import org.migrationdialogue.pipeline.ingest.clean.StructureBuilder;
import org.migrationdialogue.pipeline.ingest.clean.TextCleaner;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads Tika's XHTML in one pass, as it is parsed: the thin SAX adapter in front of the pure builders of
 * {@code clean/}. Only the body counts, as with Tika's BodyContentHandler, and at most {@code maxChars} characters
 * (more throw Tika's {@link WriteLimitReachedException}, as its write limit does).
 *
 * <p>Text without structure of its own (PDF, plain text) goes to a {@link PagedText.Builder}: its characters as
 * Tika writes them, cut at each {@code <div class="page">}; the document outline Tika appends after a PDF's pages
 * (its bookmarks, as a list) is left out, it repeats the headings. Any other format goes to a
 * {@link StructureBuilder}: {@code <p>}, {@code <h1>}…{@code <h6>}, {@code <ul>}/{@code <ol>}/{@code <li>},
 * {@code <table>}/{@code <tr>}/{@code <td>}/{@code <th>}, {@code <br>} and divisions as line breaks, and a
 * presentation's slides as pages. Left out: the running headers and footers and the master-slide text Tika marks
 * by class, and the file name Tika writes as a heading before each embedded document.
 */
final class LayoutContentHandler extends DefaultHandler {

    /** Classes Tika gives running headers and footers (Word, PowerPoint) and master-slide text. */
    private static final Set<String> FURNITURE_CLASSES = Set.of(
            "header",
            "footer",
            "slide-header",
            "slide-footer",
            "slide-master-content",
            "slide-note-header",
            "slide-note-footer");

    private static final Set<String> PARAGRAPHS = Set.of("p", "pre", "address", "dt", "dd", "caption");
    private static final Set<String> BREAKS =
            Set.of("div", "blockquote", "section", "article", "header", "footer", "br", "hr", "dl");

    private final boolean paged;
    private final int maxChars;
    private final PagedText.Builder pagedText = new PagedText.Builder();
    private final StructureBuilder structure = new StructureBuilder();
    /** Elements inside the body, innermost first; each remembers whether it is left out. */
    private final Deque<Element> open = new ArrayDeque<>();

    private int bodyDepth;
    private int skipped;
    private int pageDivisions;
    private long chars;
    private boolean embeddedNameNext;

    /**
     * @param paged    true for formats without structure of their own (PDF, plain text)
     * @param maxChars more characters than this throw {@link WriteLimitReachedException}
     */
    LayoutContentHandler(boolean paged, int maxChars) {
        this.paged = paged;
        this.maxChars = maxChars;
    }

    /** The clean text and layout of what was read. */
    CleanText clean(TextCleaner cleaner) {
        return paged ? cleaner.clean(pagedText.build()) : cleaner.clean(structure.build());
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        String name = localName.isEmpty() ? qName : localName;
        String element = name.toLowerCase(Locale.ROOT);
        if ("body".equals(element)) {
            bodyDepth++;
            return;
        }
        if (bodyDepth == 0) {
            return;
        }
        String cssClass = attributes.getValue("class") == null ? "" : attributes.getValue("class");
        boolean skip = skipped > 0
                || FURNITURE_CLASSES.contains(cssClass)
                || isOutline(element)
                || embeddedNameNext && element.startsWith("h");
        embeddedNameNext = "div".equals(element) && "package-entry".equals(cssClass);
        open.push(new Element(element, cssClass, skip));
        if (skip) {
            skipped++;
            return;
        }
        if (paged) {
            startPaged(element, cssClass);
        } else {
            startStructured(element, cssClass);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        String name = localName.isEmpty() ? qName : localName;
        String element = name.toLowerCase(Locale.ROOT);
        if ("body".equals(element)) {
            bodyDepth--;
            return;
        }
        if (bodyDepth == 0 || open.isEmpty()) {
            return;
        }
        Element closed = open.pop();
        if (closed.skipped) {
            skipped--;
            return;
        }
        if (!paged) {
            endStructured(closed.name);
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (!counts(length)) {
            return;
        }
        embeddedNameNext = false;
        String text = new String(ch, start, length);
        if (paged) {
            pagedText.append(text);
        } else {
            structure.text(text);
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        if (!counts(length)) {
            return;
        }
        String text = new String(ch, start, length);
        if (paged) {
            pagedText.append(text);
        } else if (text.indexOf('\n') >= 0) {
            structure.lineBreak();
        } else {
            structure.text(" ");
        }
    }

    /** Whether characters here are read; throws once more than the limit were read. */
    private boolean counts(int length) throws WriteLimitReachedException {
        if (bodyDepth == 0 || skipped > 0) {
            return false;
        }
        chars += length;
        if (chars > maxChars) {
            throw new WriteLimitReachedException(maxChars);
        }
        return true;
    }

    /** The bookmarks Tika lists after a PDF's pages: a list outside any page. */
    private boolean isOutline(String element) {
        return paged
                && pageDivisions > 0
                && ("ul".equals(element) || "ol".equals(element))
                && open.stream().noneMatch(Element::isPage);
    }

    private void startPaged(String element, String cssClass) {
        if ("div".equals(element) && "page".equals(cssClass)) {
            pageDivisions++;
            pagedText.startPage();
        }
    }

    private void startStructured(String element, String cssClass) {
        if (PARAGRAPHS.contains(element)) {
            structure.startParagraph();
        } else if (isHeading(element)) {
            structure.startHeading(element.charAt(1) - '0');
        } else if ("ul".equals(element) || "ol".equals(element)) {
            structure.startList("ol".equals(element));
        } else if ("li".equals(element)) {
            structure.startItem();
        } else if ("table".equals(element)) {
            structure.startTable();
        } else if ("tr".equals(element)) {
            structure.startRow();
        } else if ("td".equals(element) || "th".equals(element)) {
            structure.startCell();
        } else if ("div".equals(element) && "slide".equals(cssClass)) {
            structure.startPage();
        } else if (BREAKS.contains(element)) {
            structure.lineBreak();
        }
    }

    private void endStructured(String element) {
        if (PARAGRAPHS.contains(element) || isHeading(element)) {
            structure.endParagraphOrHeading();
        } else if ("ul".equals(element) || "ol".equals(element)) {
            structure.endList();
        } else if ("li".equals(element)) {
            structure.endItem();
        } else if ("table".equals(element)) {
            structure.endTable();
        } else if ("tr".equals(element)) {
            structure.endRow();
        } else if ("td".equals(element) || "th".equals(element)) {
            structure.endCell();
        } else if (BREAKS.contains(element)) {
            structure.lineBreak();
        }
    }

    private static boolean isHeading(String element) {
        return element.length() == 2
                && element.charAt(0) == 'h'
                && element.charAt(1) >= '1'
                && element.charAt(1) <= '6';
    }

    private record Element(String name, String cssClass, boolean skipped) {
        boolean isPage() {
            return "div".equals(name) && "page".equals(cssClass);
        }
    }
}
