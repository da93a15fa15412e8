package org.migrationdialogue.pipeline.runtime.local;

import java.util.List;

/** Elasticsearch refuses to run as root: as root, child servers run as {@code nobody} through setpriv. */
final class Unprivileged {

    static final String USER = "nobody";
    static final String GROUP = "nogroup";

    private Unprivileged() {
    }

    static boolean needed() {
        return "root".equals(System.getProperty("user.name"));
    }

    static List<String> prefix() {
        return needed()
                ? List.of("setpriv", "--reuid=" + USER, "--regid=" + GROUP, "--clear-groups")
                : List.of();
    }
}
