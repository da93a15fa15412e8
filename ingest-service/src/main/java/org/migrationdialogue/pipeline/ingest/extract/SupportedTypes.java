package org.migrationdialogue.pipeline.ingest.extract;

import java.util.Set;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;

/**
 * The media types reports come in: PDF, Word (DOCX, DOC), the older PowerPoint and Excel formats (PPT, XLS),
 * OpenDocument text, RTF, HTML, EPUB, plain text and its subtypes (Markdown, CSV), and the scanned-page images
 * Tesseract reads (PNG, JPEG, TIFF, BMP, GIF, JPEG 2000, PNM): read by OCR where it runs, flagged as text missing
 * where it does not. Archives, audio, executables, other images and the like are rejected before parsing.
 */
final class SupportedTypes {

    private static final Set<MediaType> DOCUMENTS = Set.of(
            MediaType.application("pdf"),
            MediaType.application("vnd.openxmlformats-officedocument.wordprocessingml.document"),
            MediaType.application("vnd.ms-word.document.macroenabled.12"),
            MediaType.application("msword"),
            MediaType.application("vnd.ms-powerpoint"),
            MediaType.application("vnd.ms-excel"),
            MediaType.application("epub+zip"),
            MediaType.application("vnd.oasis.opendocument.text"),
            MediaType.application("rtf"),
            MediaType.text("html"),
            MediaType.application("xhtml+xml"),
            MediaType.TEXT_PLAIN);
    /** The raster formats Tika hands to Tesseract (TesseractOCRParser's types). */
    private static final Set<MediaType> SCANS = Set.of(
            MediaType.image("png"),
            MediaType.image("jpeg"),
            MediaType.image("tiff"),
            MediaType.image("bmp"),
            MediaType.image("x-ms-bmp"),
            MediaType.image("gif"),
            MediaType.image("jp2"),
            MediaType.image("jpx"),
            MediaType.image("x-portable-pixmap"));

    private final MediaTypeRegistry registry;

    SupportedTypes(MediaTypeRegistry registry) {
        this.registry = registry;
    }

    boolean isDocument(MediaType type) {
        MediaType base = type.getBaseType();
        return DOCUMENTS.stream().anyMatch(supported -> registry.isInstanceOf(base, supported));
    }

    /** An image of a scanned page, in a format OCR reads. */
    boolean isScan(MediaType type) {
        return SCANS.contains(type.getBaseType());
    }

    /** Why a type cannot be extracted, or null when it can. */
    String refusal(MediaType type) {
        if (isDocument(type) || isScan(type)) {
            return null;
        }
        if ("image".equals(type.getType())) {
            return "unsupported image type " + type.getBaseType() + " (scans are read in PNG, JPEG, TIFF, BMP, GIF, "
                    + "JPEG 2000 and PNM)";
        }
        return "unsupported type " + type.getBaseType();
    }
}
