package org.migrationdialogue.pipeline.runtime.local;

import java.util.List;

/** JVM flags for the child JVMs the runtime starts. */
public final class JvmFlags {

    private static final int FIRST_WARNING_RELEASE = 24;

    private JvmFlags() {}

    /**
     * Kafka's and zstd's libraries use sun.misc.Unsafe and native access, which JDK 24+ warns about on every start;
     * they are allowed explicitly so that service logs stay readable.
     */
    public static List<String> allowLibraryInternals() {
        return Runtime.version().feature() >= FIRST_WARNING_RELEASE
                ? List.of("--sun-misc-unsafe-memory-access=allow", "--enable-native-access=ALL-UNNAMED")
                : List.of();
    }

    /**
     * Lets HotSpot compile methods over 8,000 bytes of bytecode, which it otherwise leaves to the interpreter:
     * CoreNLP's NER feature extractor (NERFeatureFactory.featuresC, 10,369 bytes) is the enrich-service's
     * statistical NER's hottest method; compiled, the NER of a seed report costs 1.3–1.8 times less CPU
     * (docs/benchmarks.md, "Statistical NER").
     */
    public static List<String> compileHugeMethods() {
        return List.of("-XX:-DontCompileHugeMethods");
    }
}
