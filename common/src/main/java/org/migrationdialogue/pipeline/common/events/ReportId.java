package org.migrationdialogue.pipeline.common.events;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/** Stable identifiers of the contract: report ids from bucket and key, recommendation ids from normalised text. */
public final class ReportId {

    private ReportId() {}

    /** A report id is stable for a bucket object, so a re-upload replaces the previous version. */
    public static String of(String bucket, String key) {
        return "r-" + sha256Hex(bucket + "/" + key).substring(0, 24);
    }

    /** A recommendation id is a hash of its normalised text, so the same wording in two reports has one id. */
    public static String ofRecommendation(String text) {
        return "rec-" + sha256Hex(normaliseForIdentity(text)).substring(0, 24);
    }

    /** Lower case, no accents, letters and digits only, single spaces: what makes two wordings "the same". */
    public static String normaliseForIdentity(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return decomposed
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{Nd}]+", " ")
                .strip();
    }

    public static String sha256Hex(String text) {
        return sha256Hex(text.getBytes(StandardCharsets.UTF_8));
    }

    public static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
