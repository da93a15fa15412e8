package org.migrationdialogue.pipeline.ingest.extract;

import java.util.Locale;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaMemoryLimitException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;
import org.migrationdialogue.pipeline.ingest.extract.ExtractionResult.Failed;

/**
 * Triage of what a Tika parse throws. Everything a parser throws on a document is the document's fault:
 * it was read from a local spool file, so even an IOException means a malformed container, not a flaky read.
 */
final class TikaFailures {

    private TikaFailures() {}

    static Failed classify(Throwable error, String type, int maxChars) {
        return Failed.poison(Stage.PARSE, reason(error, type, maxChars));
    }

    private static String reason(Throwable error, String type, int maxChars) {
        if (causedBy(error, EncryptedDocumentException.class)) {
            return "encrypted " + type + " (password protected)";
        }
        if (causedBy(error, ZeroByteFileException.class)) {
            return "empty " + type;
        }
        EmbeddedLimitException embedded = cause(error, EmbeddedLimitException.class);
        if (embedded != null) {
            return type + " refused: " + embedded.getMessage();
        }
        if (mentions(error, EntityRefusingSaxParser.REFUSED) || mentions(error, "DOCTYPE is disallowed")) {
            return "XML declaring entities in " + type + ", refused: entities could read local files (XXE) or "
                    + "expand without bound (" + rootMessage(error) + ")";
        }
        if (mentions(error, "entity expansions")) {
            return "XML entity expansion over the limit in " + type + " (a \"billion laughs\" document): "
                    + rootMessage(error);
        }
        if (WriteLimitReachedException.isWriteLimitReached(error)) {
            return type + " has more than " + maxChars + " characters of text";
        }
        if (mentions(error, "bomb")) {
            return "zip bomb: " + type + " inflates beyond the allowed compression ratio (" + rootMessage(error) + ")";
        }
        if (causedBy(error, TikaMemoryLimitException.class)) {
            return type + " needs more memory than allowed: " + rootMessage(error);
        }
        return "corrupt or unreadable " + type + ": " + rootMessage(error);
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        return cause(error, type) != null;
    }

    private static <T extends Throwable> T cause(Throwable error, Class<T> type) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    /** Whether the error or one of its causes says {@code words} (in any case). */
    private static boolean mentions(Throwable error, String words) {
        String wanted = words.toLowerCase(Locale.ROOT);
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT).contains(wanted)) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }
}
