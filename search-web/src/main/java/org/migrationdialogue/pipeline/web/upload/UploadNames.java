package org.migrationdialogue.pipeline.web.upload;

import java.text.Normalizer;
import java.util.Optional;

/**
 * The bucket key of a file dropped onto the page: its own name, without any folder a browser may send, control
 * characters or a leading dot (the ingest-service ignores hidden names, and so would never see it).
 */
public final class UploadNames {

    private static final int MAX_CHARS = 200;

    private UploadNames() {}

    public static Optional<String> key(String submitted) {
        if (submitted == null) {
            return Optional.empty();
        }
        String name = Normalizer.normalize(submitted, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("\\p{Cntrl}", "").strip().replaceAll("^\\.+", "");
        if (name.length() > MAX_CHARS) {
            name = name.substring(name.length() - MAX_CHARS);
        }
        return name.isBlank() ? Optional.empty() : Optional.of(name);
    }
}
