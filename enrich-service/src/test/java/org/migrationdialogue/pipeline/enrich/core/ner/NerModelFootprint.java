package org.migrationdialogue.pipeline.enrich.core.ner;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.util.function.Supplier;

/**
 * Prints the load time and the heap retained by the NER models: argument {@code en}, {@code fr} or {@code both}
 * (default: both, loaded as the service loads them, in parallel). A command, not a test; docs/benchmarks.md,
 * "Statistical NER". Retained heap = used heap after a full GC, minus the same before loading; run it with smaller
 * and smaller -Xmx to find the least heap that loads them.
 */
public final class NerModelFootprint {

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private NerModelFootprint() {}

    public static void main(String[] args) {
        String which = args.length > 0 ? args[0] : "both";
        Supplier<Object> load = switch (which) {
            case "en" -> CrfNamedEntities::english;
            case "fr" -> CrfNamedEntities::french;
            case "both" -> CrfNamedEntities::fromResources;
            default -> throw new IllegalArgumentException("en, fr or both, not " + which);
        };
        long before = usedAfterGc();
        long start = System.nanoTime();
        Object loaded = load.get();
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf(
                "%s (max heap %,d MB): loaded in %,d ms, retained %,d MB%n",
                which, Runtime.getRuntime().maxMemory() >> 20, millis, (usedAfterGc() - before) >> 20);
        Reference.reachabilityFence(loaded);
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return MEMORY.getHeapMemoryUsage().getUsed();
    }
}
