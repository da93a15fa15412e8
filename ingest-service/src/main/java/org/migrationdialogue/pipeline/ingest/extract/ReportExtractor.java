package org.migrationdialogue.pipeline.ingest.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.SAXParser;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.extractor.ParsingEmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.AutoDetectParserConfig;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.TeeContentHandler;
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
    private final EncodingDetector encodings;
    private final SupportedTypes supportedTypes;
    private final OcrStatus ocr;
    private final TesseractOCRConfig ocrConfig;
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
        this.encodings = new Utf8FirstEncodingDetector(tika.getEncodingDetector());
        this.ocr = OcrStatus.detect(settings.ocr());
        this.supportedTypes = new SupportedTypes(tika.getMediaTypeRegistry());
        this.spooler = new ContentSpooler(settings.maxBytes(), settings.spoolDirectory());
        this.pdfConfig = pdfConfig();
        this.ocrConfig = ocrConfig(ocr, settings.ocr());
        if (!ocr.on()) {
            LOG.warn("OCR is {}: scanned pages and images are extracted without their text, flagged", ocr.describe());
        }
    }

    /** Tika's zip-bomb guard (SecureContentHandler) with our compression ratio; other limits stay Tika's. */
    private static AutoDetectParserConfig parserConfig(ExtractionSettings settings) {
        AutoDetectParserConfig config = new AutoDetectParserConfig();
        config.setMaximumCompressionRatio(settings.maxCompressionRatio());
        return config;
    }

    /**
     * OCR the pages of a PDF that have (almost) no text layer, and only those (Tika's AUTO strategy: 10 characters
     * a page or fewer). Without OCR, the strategy stays AUTO: Tika still counts those pages ({@link OcrPages}), and
     * renders nothing, since no parser takes the page images.
     */
    private static PDFParserConfig pdfConfig() {
        PDFParserConfig config = new PDFParserConfig();
        // Text in the content stream's order (Tika's default, said here because it is measured): two-column pages
        // come out column by column; sorting by position runs the lines of both columns together
        // (docs/benchmarks.md, "Two-column PDFs").
        config.setSortByPosition(false);
        config.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.AUTO);
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

    /** Tesseract in the languages it has of those asked; off, Tika offers no OCR parser at all. */
    private static TesseractOCRConfig ocrConfig(OcrStatus ocr, OcrSettings settings) {
        TesseractOCRConfig config = new TesseractOCRConfig();
        config.setSkipOcr(!ocr.on());
        if (ocr.on()) {
            config.setLanguage(ocr.languages());
        }
        config.setTimeoutSeconds((int) settings.pageTimeout().toSeconds());
        return config;
    }

    /** What OCR this extractor runs. */
    public OcrStatus ocr() {
        return ocr;
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
        return extractFile(file, key, contentSha256, () -> {});
    }

    /** The same, telling {@code ocrStarting} each time Tesseract is about to read a page or an image. */
    public ExtractionResult extractFile(Path file, String key, String contentSha256, Runnable ocrStarting) {
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
        return parse(file, type, contentSha256, ocrStarting);
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

    private ExtractionResult parse(Path file, MediaType type, String contentSha256, Runnable ocrStarting) {
        Metadata metadata =
                ocr.on() ? new PageWatchingMetadata(pdfConfig.getOcrStrategyAuto(), ocrStarting) : new Metadata();
        metadata.set(Metadata.CONTENT_TYPE, type.toString());
        LayoutContentHandler handler = new LayoutContentHandler(hasNoStructure(type), settings.maxChars());
        OcrPages pages = new OcrPages();
        if (ocr.on() && supportedTypes.isScan(type)) {
            ocrStarting.run();
        }
        try (InputStream in = TikaInputStream.get(file, metadata)) {
            parser.parse(in, new TeeContentHandler(handler, pages), metadata, parseContext(ocrStarting));
        } catch (Exception | StackOverflowError e) {
            LOG.debug("parse of {} failed", type, e);
            return TikaFailures.classify(e, type.getBaseType().toString(), settings.maxChars());
        }
        return toResult(handler.clean(cleaner), metadata, type, contentSha256, pages);
    }

    /**
     * PDFs, images (OCR) and text (plain, Markdown, CSV; not HTML) have no structure in Tika's XHTML beyond pages:
     * their layout comes from their lines ({@link TextCleaner}).
     */
    private boolean hasNoStructure(MediaType type) {
        return type.getBaseType().equals(MediaType.application("pdf"))
                || supportedTypes.isScan(type)
                || "text".equals(type.getType()) && !"html".equals(type.getSubtype());
    }

    /**
     * PDF and OCR settings; limits on embedded documents (count, depth) beyond Tika's compression ratio; XML parts
     * parsed without any entity declaration (no external entity, no entity expansion).
     */
    private ParseContext parseContext(Runnable ocrStarting) {
        ParseContext context = new ParseContext();
        // Embedded documents and PDF pages rendered for OCR are parsed by this same parser (Tika sets it itself
        // only when the context holds no embedded-document extractor, and this one holds ours), watched for OCR.
        context.set(Parser.class, ocr.on() ? new OcrProgressParser(parser, ocrStarting) : parser);
        context.set(PDFParserConfig.class, pdfConfig);
        context.set(OfficeParserConfig.class, officeConfig);
        context.set(TesseractOCRConfig.class, ocrConfig);
        context.set(
                EmbeddedDocumentExtractor.class,
                new LimitedEmbeddedDocuments(
                        new ParsingEmbeddedDocumentExtractor(context),
                        ExtractionSettings.MAX_EMBEDDED_DOCUMENTS,
                        ExtractionSettings.MAX_EMBEDDED_DEPTH));
        context.set(SAXParser.class, new EntityRefusingSaxParser());
        // Plain text, CSV, HTML without a declared charset: valid UTF-8 is read as UTF-8 (Tika's parsers take the
        // context's detector over their own).
        context.set(EncodingDetector.class, encodings);
        return context;
    }

    private ExtractionResult toResult(
            CleanText clean, Metadata tikaMetadata, MediaType type, String sha256, OcrPages pages) {
        String text = clean.text();
        DocumentMetadata metadata = new DocumentMetadata(tikaMetadata);
        OcrOutcome scan = ocrOutcome(type, pages, tikaMetadata);
        if (text.isBlank() && scan.textMissingPages().isEmpty()) {
            return Failed.poison(Stage.CLEAN, noTextReason(type, scan));
        }
        if (replacementShare(text) > MAX_REPLACEMENT_SHARE) {
            return Failed.poison(Stage.CLEAN, "text of " + type.getBaseType() + " is mostly undecodable characters");
        }
        String title = metadata.title().or(clean::firstHeading).orElse("");
        Map<String, String> fields =
                new LinkedHashMap<>(metadata.fields(type.getBaseType().toString()));
        fields.put("ocr", ocr.describe());
        if (pages.imagesRead() > 0 && !supportedTypes.isScan(type)) {
            fields.put("ocr_images", Integer.toString(pages.imagesRead()));
        }
        String language = text.isBlank() ? LanguageGuesser.UNDETERMINED : languages.guess(text);
        return new Extracted(
                title,
                language,
                metadata.pageCount(),
                fields,
                text.isBlank() ? "" : text,
                clean.blocks(),
                sha256,
                scan);
    }

    /**
     * The pages OCR read; without OCR, the pages whose text is therefore missing. An image file is one page, read
     * by OCR or, without it, missing whole.
     */
    private OcrOutcome ocrOutcome(MediaType type, OcrPages pages, Metadata metadata) {
        if (supportedTypes.isScan(type)) {
            List<Integer> image = List.of(1);
            return ocr.on() ? new OcrOutcome(image, List.of()) : new OcrOutcome(List.of(), image);
        }
        return ocr.on()
                ? new OcrOutcome(pages.pagesRead(), List.of())
                : new OcrOutcome(List.of(), OcrPages.pagesWithoutText(metadata, pdfConfig.getOcrStrategyAuto()));
    }

    private static String noTextReason(MediaType type, OcrOutcome scan) {
        int read = scan.ocrPages().size();
        return type.getBaseType() + " contains no text"
                + (read == 0 ? "" : " (OCR read " + read + (read == 1 ? " page" : " pages") + " and found none)");
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
