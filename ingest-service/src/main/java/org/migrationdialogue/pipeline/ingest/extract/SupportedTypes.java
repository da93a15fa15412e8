package org.migrationdialogue.pipeline.ingest.extract;

import java.util.Set;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;

/**
 * The media types reports come in: PDF, Word (DOCX, DOC), the older PowerPoint and Excel formats (PPT, XLS),
 * OpenDocument text, RTF, HTML, EPUB, plain text and its subtypes (Markdown, CSV), and images when Tesseract can
 * OCR them. Archives, audio, executables and the
 * like are rejected before parsing.
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

    private final MediaTypeRegistry registry;
    private final boolean ocrAvailable;

    SupportedTypes(MediaTypeRegistry registry, boolean ocrAvailable) {
        this.registry = registry;
        this.ocrAvailable = ocrAvailable;
    }

    boolean isDocument(MediaType type) {
        MediaType base = type.getBaseType();
        return DOCUMENTS.stream().anyMatch(supported -> registry.isInstanceOf(base, supported));
    }

    boolean isImage(MediaType type) {
        return "image".equals(type.getType());
    }

    /** Why a type cannot be extracted, or null when it can. */
    String refusal(MediaType type) {
        if (isDocument(type)) {
            return null;
        }
        if (isImage(type)) {
            return ocrAvailable ? null
                    : "image " + type.getBaseType() + " has no text layer and Tesseract is not installed";
        }
        return "unsupported type " + type.getBaseType();
    }
}
