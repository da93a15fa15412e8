package org.migrationdialogue.pipeline.ingest.bucket;

import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/** Rules for object keys: what counts as an upload, and keys that never escape the bucket's folder. */
public final class ObjectKeys {

    /** Partial downloads, editor and office lock files, our own temporary files. */
    private static final Pattern TEMPORARY = Pattern.compile(
            "(?i).*(\\.(tmp|temp|part|partial|crdownload|download|swp|swx|lock)|~)$|^~\\$.*|^\\.~lock\\..*");

    private ObjectKeys() {
    }

    /** Hidden files (any path segment starting with '.') and temporary files are not uploads. */
    public static boolean isCandidate(String key) {
        for (String segment : key.split("/", -1)) {
            if (segment.isEmpty() || segment.startsWith(".")) {
                return false;
            }
        }
        String name = key.substring(key.lastIndexOf('/') + 1);
        return !TEMPORARY.matcher(name.toLowerCase(Locale.ROOT)).matches();
    }

    /**
     * The file of a key inside a folder.
     *
     * @throws IllegalArgumentException when the key is absolute or would leave the folder
     */
    public static Path resolveInside(Path root, String key) {
        if (key.isBlank() || key.startsWith("/") || key.contains("\\") || key.contains("\0")) {
            throw new IllegalArgumentException("Object key '" + key + "' is not a relative key");
        }
        Path resolved = root.resolve(key).normalize();
        if (!resolved.startsWith(root.normalize()) || resolved.equals(root.normalize())) {
            throw new IllegalArgumentException("Object key '" + key + "' escapes the bucket folder");
        }
        return resolved;
    }

    /** The key of a file inside a folder: its relative path with '/' separators. */
    public static String keyOf(Path root, Path file) {
        Path relative = root.relativize(file);
        StringBuilder key = new StringBuilder();
        for (Path segment : relative) {
            if (!key.isEmpty()) {
                key.append('/');
            }
            key.append(segment);
        }
        return key.toString();
    }
}
