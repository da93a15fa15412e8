package org.migrationdialogue.pipeline.runtime.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.List;
import java.util.stream.Stream;

/** The folder of the local Elasticsearch node: a copy of its config, its data, logs and temporary files. */
final class NodeFolder {

    private final Path root;

    NodeFolder(Path root) {
        this.root = root;
    }

    Path config() {
        return root.resolve("config");
    }

    Path data() {
        return root.resolve("data");
    }

    Path logs() {
        return root.resolve("logs");
    }

    Path tmp() {
        return root.resolve("tmp");
    }

    Path consoleLog() {
        return logs().resolve("console.log");
    }

    /** Copies the distribution's config (keeping an existing keystore), creates the folders, hands them over. */
    void prepare(Path distributionConfig, boolean toUnprivilegedUser) {
        try {
            for (Path folder : List.of(config(), data(), logs(), tmp())) {
                Files.createDirectories(folder);
            }
            copyConfig(distributionConfig);
            if (toUnprivilegedUser) {
                chownTree(root);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the Elasticsearch node folder " + root, e);
        }
    }

    private void copyConfig(Path from) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = config().resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else if (!Files.exists(target)
                        || !target.getFileName().toString().endsWith(".keystore")) {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void chownTree(Path root) throws IOException {
        UserPrincipalLookupService lookup = FileSystems.getDefault().getUserPrincipalLookupService();
        UserPrincipal user = lookup.lookupPrincipalByName(Unprivileged.USER);
        GroupPrincipal group = lookup.lookupPrincipalByGroupName(Unprivileged.GROUP);
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.toList()) {
                PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class);
                view.setOwner(user);
                view.setGroup(group);
            }
        }
    }

    String consoleTail(int lines) {
        try {
            List<String> all = Files.readAllLines(consoleLog());
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no console log: " + e.getMessage() + ")";
        }
    }
}
