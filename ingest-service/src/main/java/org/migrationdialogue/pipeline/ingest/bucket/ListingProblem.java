package org.migrationdialogue.pipeline.ingest.bucket;

/**
 * An entry of the bucket that is there but cannot be ingested: a folder that cannot be read, a file whose name is not
 * valid UTF-8, a symbolic link, something that is not a regular file. It is dead-lettered once per version, and
 * nothing published under it is deleted: it is still there, only unreadable.
 *
 * @param key     the entry's key; a folder's ends with '/'; bytes of a name that are not UTF-8 are written %XX
 * @param version changes when the entry changes, which makes it a new problem
 * @param reason  what is wrong and what to do, for people reading the dead-letter topic
 */
public record ListingProblem(String key, String version, String reason) {

    /** Whether a published key is this entry, or, for a folder or a link in place of one, an object under it. */
    boolean covers(String publishedKey) {
        return publishedKey.equals(key) || publishedKey.startsWith(key.endsWith("/") ? key : key + "/");
    }
}
