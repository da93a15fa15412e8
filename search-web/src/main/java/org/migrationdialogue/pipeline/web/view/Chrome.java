package org.migrationdialogue.pipeline.web.view;

/**
 * What every page shares: its title, which navigation entry is current, and a banner when a part of the pipeline
 * is unreachable (the page then reloads itself every few seconds, without JavaScript, until it is back).
 *
 * @param nav            {@code search}, {@code recommendations}, {@code upload} or {@code status}
 * @param banner         null when all is well
 * @param refreshSeconds 0: no automatic reload
 */
public record Chrome(String title, String nav, String banner, int refreshSeconds) {

    public static Chrome of(String title, String nav) {
        return new Chrome(title, nav, null, 0);
    }

    public Chrome unreachable(String what) {
        return new Chrome(title, nav, what, 5);
    }

    /** {@code page} for the current navigation entry, null (no attribute) for the others. */
    public String current(String entry) {
        return entry.equals(nav) ? "page" : null;
    }
}
