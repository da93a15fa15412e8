package org.migrationdialogue.pipeline.runtime.local;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/** Finds a JDK of at least a given feature version: an explicit home, JAVA_HOME, this JVM, then /usr/lib/jvm/*. */
public final class JavaHomes {

    private final Path jvmFolder;

    public JavaHomes(Path jvmFolder) {
        this.jvmFolder = jvmFolder;
    }

    public static JavaHomes system() {
        return new JavaHomes(Path.of("/usr/lib/jvm"));
    }

    /**
     * @param preferred homes to try first, in order (blank entries are skipped)
     * @throws IllegalStateException naming every place looked at when none is recent enough
     */
    public Path find(int minimumVersion, List<String> preferred) {
        List<Path> candidates = candidates(preferred);
        return candidates.stream()
                .filter(home -> featureVersion(home).orElse(0) >= minimumVersion)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No JDK " + minimumVersion
                        + " or newer found. Looked at: " + candidates + ". Install one (e.g. apt-get install "
                        + "openjdk-21-jdk-headless) or set ES_JAVA_HOME/JAVA_HOME to it."));
    }

    private List<Path> candidates(List<String> preferred) {
        List<Path> candidates = new ArrayList<>();
        preferred.stream()
                .filter(home -> home != null && !home.isBlank())
                .map(Path::of)
                .forEach(candidates::add);
        candidates.add(Path.of(System.getProperty("java.home")));
        candidates.addAll(installedUnder(jvmFolder));
        return candidates;
    }

    private static List<Path> installedUnder(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> homes = Files.list(folder)) {
            return homes.filter(home -> Files.isExecutable(home.resolve("bin/java")))
                    .sorted(Comparator.comparing(
                                    (Path home) -> featureVersion(home).orElse(0))
                            .reversed())
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The feature version (21, 25, ...) a JDK home declares in its {@code release} file. */
    public static Optional<Integer> featureVersion(Path home) {
        Path release = home.resolve("release");
        if (!Files.isReadable(release) || !Files.isExecutable(home.resolve("bin/java"))) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(release)) {
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("JAVA_VERSION", "").replace("\"", "");
            return Optional.of(Integer.parseInt(version.split("[.+-]")[0]));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
