package org.migrationdialogue.pipeline.ingest.bucket;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Rules for object keys: what counts as an upload, and keys that never escape the bucket's folder. */
public final class ObjectKeys {

    /** Partial downloads, editor and office lock files, our own temporary files. */
    private static final Pattern TEMPORARY = Pattern.compile(
            "(?i).*(\\.(tmp|temp|part|partial|crdownload|download|swp|swx|lock)|~)$|^~\\$.*|^\\.~lock\\..*");

    private ObjectKeys() {}

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

    /** A folder whose name starts with '.' holds no uploads (and is not even listed: a trash or VCS folder). */
    static boolean isHiddenFolder(String name) {
        return name.startsWith(".");
    }

    /**
     * The path segments of a key, each one a plain name inside its parent folder.
     *
     * @throws IllegalArgumentException when the key is absolute, empty, or has a segment that would leave its folder
     */
    public static List<String> segments(String key) {
        if (key.isBlank() || key.startsWith("/") || key.contains("\\") || key.contains("\0")) {
            throw new IllegalArgumentException("Object key '" + key + "' is not a relative key");
        }
        List<String> segments = List.of(key.split("/", -1));
        if (segments.stream().anyMatch(segment -> segment.isEmpty() || segment.equals(".") || segment.equals(".."))) {
            throw new IllegalArgumentException(
                    "Object key '" + key + "' escapes the bucket folder or has an empty segment");
        }
        return segments;
    }

    /**
     * The text of a file name as a key segment: the name itself when it is valid in the file-name encoding (UTF-8), else
     * its bytes with those that are not ASCII written %XX, so that two undecodable names never give the same text.
     *
     * @param entry a path whose last element is the name, as a directory listing gives it
     */
    static String segmentOf(Path entry) {
        Path name = entry.getFileName();
        String text = name.toString();
        if (isDecodable(name)) {
            return text;
        }
        String raw = entry.toAbsolutePath().toUri().getRawPath();
        String trimmed = raw.endsWith("/") ? raw.substring(0, raw.length() - 1) : raw;
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }

    /** Whether a file name decodes to text that names it again (the file-name encoding lost nothing). */
    static boolean isDecodable(Path name) {
        return Path.of(name.toString()).equals(name);
    }
}
