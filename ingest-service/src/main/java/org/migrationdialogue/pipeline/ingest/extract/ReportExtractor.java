package org.migrationdialogue.pipeline.ingest.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.AutoDetectParserConfig;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.migrationdialogue.pipeline.ingest.clean.CleanText;
import org.migrationdialogue.pipeline.ingest.clean.TextCleaner;
import org.migrationdialogue.pipeline.ingest.extract.ExtractionResult.Extracted;
import org.migrationdialogue.pipeline.ingest.extract.ExtractionResult.Failed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Extracts a report in this JVM with Apache Tika: detects the type from the content, parses, cleans.
 *
 * <p>This class is the thin Tika adapter. It has no isolation: a parser that hangs or exhausts the heap
 * does so in the calling JVM, and the parse timeout is not enforced. Services use {@link IsolatedExtractor},
 * which runs this class in worker processes.
 */
public final class ReportExtractor implements Extractor {

    private static final Logger LOG = LoggerFactory.getLogger(ReportExtractor.class);
    /** Undecodable bytes become U+FFFD; text made mostly of them is binary read as text. */
    private static final double MAX_REPLACEMENT_SHARE = 0.2;
    private static final char REPLACEMENT = '\uFFFD';

    private final ExtractionSettings settings;
    private final Detector detector;
    private final AutoDetectParser parser;
    private final SupportedTypes supportedTypes;
    private final boolean ocrAvailable;
    private final TextCleaner cleaner = TextCleaner.withDefaultRules();
    private final LanguageGuesser languages = LanguageGuesser.fromResource();
    private final ContentSpooler spooler;
    private final PDFParserConfig pdfConfig;
    private final OfficeParserConfig officeConfig = officeConfig();

    public ReportExtractor(ExtractionSettings settings) {
        this.settings = settings;
        TikaConfig tika = TikaConfig.getDefaultConfig();
        this.detector = tika.getDetector();
        this.parser = new AutoDetectParser(tika);
        this.parser.setAutoDetectParserConfig(parserConfig(settings));
        this.ocrAvailable = Tesseract.isInstalled();
        this.supportedTypes = new SupportedTypes(tika.getMediaTypeRegistry(), ocrAvailable);
        this.spooler = new ContentSpooler(settings.maxBytes(), settings.spoolDirectory());
        this.pdfConfig = pdfConfig(ocrAvailable);
        if (!ocrAvailable) {
            LOG.warn("Tesseract is not installed: scanned PDFs and images without a text layer will fail");
        }
    }

    /** Tika's zip-bomb guard (SecureContentHandler) with our compression ratio; other limits stay Tika's. */
    private static AutoDetectParserConfig parserConfig(ExtractionSettings settings) {
        AutoDetectParserConfig config = new AutoDetectParserConfig();
        config.setMaximumCompressionRatio(settings.maxCompressionRatio());
        return config;
    }

    /**
     * With Tesseract, OCR the pages of a PDF that have (almost) no text layer, and only those; without it,
     * do not even render pages to images for an OCR that cannot run.
     */
    private static PDFParserConfig pdfConfig(boolean ocrAvailable) {
        PDFParserConfig config = new PDFParserConfig();
        // Text in the content stream's order (Tika's default, said here because it is measured): two-column pages
        // come out column by column; sorting by position runs the lines of both columns together
        // (docs/benchmarks.md, "Two-column PDFs").
        config.setSortByPosition(false);
        config.setOcrStrategy(ocrAvailable ? PDFParserConfig.OCR_STRATEGY.AUTO
                : PDFParserConfig.OCR_STRATEGY.NO_OCR);
        return config;
    }

    /**
     * Word's and PowerPoint's running headers and footers are page furniture: Tika leaves them out rather than
     * mixing them into the body (where Word's come first, before the title).
     */
    private static OfficeParserConfig officeConfig() {
        OfficeParserConfig config = new OfficeParserConfig();
        config.setIncludeHeadersAndFooters(false);
        return config;
    }

    @Override
    public ExtractionResult extract(ObjectContent content) {
        return switch (spooler.spool(content)) {
            case ContentSpooler.Outcome.Rejected rejected -> rejected.failure();
            case ContentSpooler.Outcome.Spooled spooled -> extractSpooled(spooled.object(), content.key());
        };
    }

    private ExtractionResult extractSpooled(SpooledObject object, String key) {
        try (object) {
            return extractFile(object.file(), key, object.contentSha256());
        }
    }

    /** Extracts a local file; {@code key} names the object, its extension refines text types only. */
    public ExtractionResult extractFile(Path file, String key, String contentSha256) {
        MediaType type;
        try {
            type = detect(file, key);
        } catch (IOException e) {
            return Failed.retriable(Stage.DETECT, "cannot read spool file: " + e);
        }
        String refusal = supportedTypes.refusal(type);
        if (refusal != null) {
            return Failed.poison(Stage.DETECT, refusal);
        }
        return parse(file, type, contentSha256);
    }

    /**
     * By content first. Only text, which has no magic bytes, is refined by the key's extension (".md" is
     * Markdown); unrecognised binary content stays unrecognised whatever its name says.
     */
    private MediaType detect(Path file, String key) throws IOException {
        MediaType byContent = detectWith(file, new Metadata());
        if (!byContent.equals(MediaType.TEXT_PLAIN)) {
            return byContent;
        }
        Metadata named = new Metadata();
        named.set(TikaCoreProperties.RESOURCE_NAME_KEY, key);
        MediaType byName = detectWith(file, named);
        return supportedTypes.isDocument(byName) ? byName : byContent;
    }

    private MediaType detectWith(Path file, Metadata metadata) throws IOException {
        try (InputStream in = TikaInputStream.get(file)) {
            return detector.detect(in, metadata);
        }
    }

    private ExtractionResult parse(Path file, MediaType type, String contentSha256) {
        Metadata metadata = new Metadata();
        metadata.set(Metadata.CONTENT_TYPE, type.toString());
        LayoutContentHandler handler = new LayoutContentHandler(hasNoStructure(type), settings.maxChars());
        try (InputStream in = TikaInputStream.get(file, metadata)) {
            parser.parse(in, handler, metadata, parseContext());
        } catch (Exception | StackOverflowError e) {
            LOG.debug("parse of {} failed", type, e);
            return TikaFailures.classify(e, type.getBaseType().toString(), settings.maxChars());
        }
        return toResult(handler.clean(cleaner), new DocumentMetadata(metadata), type, contentSha256);
    }

    /**
     * PDFs, images (OCR) and text (plain, Markdown, CSV; not HTML) have no structure in Tika's XHTML beyond pages:
     * their layout comes from their lines ({@link TextCleaner}).
     */
    private boolean hasNoStructure(MediaType type) {
        return type.getBaseType().equals(MediaType.application("pdf")) || supportedTypes.isImage(type)
                || "text".equals(type.getType()) && !"html".equals(type.getSubtype());
    }

    private ParseContext parseContext() {
        ParseContext context = new ParseContext();
        context.set(PDFParserConfig.class, pdfConfig);
        context.set(OfficeParserConfig.class, officeConfig);
        return context;
    }

    private ExtractionResult toResult(CleanText clean, DocumentMetadata metadata, MediaType type, String sha256) {
        String text = clean.text();
        if (text.isBlank()) {
            return Failed.poison(Stage.CLEAN, noTextReason(type));
        }
        if (replacementShare(text) > MAX_REPLACEMENT_SHARE) {
            return Failed.poison(Stage.CLEAN, "text of " + type.getBaseType() + " is mostly undecodable characters");
        }
        String title = metadata.title().or(clean::firstHeading).orElse("");
        Map<String, String> fields = new LinkedHashMap<>(metadata.fields(type.getBaseType().toString()));
        fields.put("ocr", ocrAvailable ? "tesseract" : "not installed");
        return new Extracted(title, languages.guess(text), metadata.pageCount(), fields, text, clean.blocks(), sha256);
    }

    private String noTextReason(MediaType type) {
        boolean ocrable = supportedTypes.isImage(type) || type.getBaseType().equals(MediaType.application("pdf"));
        if (ocrable && !ocrAvailable) {
            return type.getBaseType() + " has no text layer and Tesseract is not installed";
        }
        return type.getBaseType() + " contains no text";
    }

    private static double replacementShare(String text) {
        long visible = text.chars().filter(c -> !Character.isWhitespace(c)).count();
        long replaced = text.chars().filter(c -> c == REPLACEMENT).count();
        return visible == 0 ? 0 : (double) replaced / visible;
    }

    @Override
    public void close() {
        LOG.debug("in-process extractor closed");
    }
}
