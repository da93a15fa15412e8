package org.migrationdialogue.pipeline.runtime.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.migrationdialogue.pipeline.common.config.Settings;

/**
 * A {@code pipeline up} kept apart from any other on the machine, for system tests and benchmarks: its own data
 * and upload folders under one home, its own free loopback ports, and the command line that starts it.
 */
public final class IsolatedPipeline {

    /** Elasticsearch's transport port is its HTTP port + this (see {@link LocalRuntime}): both must be free. */
    private static final int ES_TRANSPORT_OFFSET = 100;

    private static final int ATTEMPTS = 50;

    private IsolatedPipeline() {}

    /**
     * The environment of a pipeline living in {@code home} (which must be searchable by others: Elasticsearch runs
     * as 'nobody' when started by root, so not a 0700 temporary folder).
     */
    public static Map<String, String> environment(Path home) {
        Map<String, String> environment = new HashMap<>();
        environment.put(
                Settings.PIPELINE_DATA_DIR.variable(), home.resolve("data").toString());
        environment.put(Settings.UPLOAD_DIR.variable(), home.resolve("uploads").toString());
        environment.put(Settings.KAFKA_PORT.variable(), Integer.toString(Ports.free()));
        environment.put(Settings.KAFKA_CONTROLLER_PORT.variable(), Integer.toString(Ports.free()));
        environment.put(Settings.ELASTICSEARCH_PORT.variable(), Integer.toString(elasticsearchPort()));
        environment.put(Settings.INGEST_HEALTH_PORT.variable(), Integer.toString(Ports.free()));
        environment.put(Settings.ENRICH_HEALTH_PORT.variable(), Integer.toString(Ports.free()));
        environment.put(Settings.INDEX_HEALTH_PORT.variable(), Integer.toString(Ports.free()));
        environment.put(Settings.SEARCH_WEB_PORT.variable(), Integer.toString(Ports.free()));
        return environment;
    }

    /** The command that runs {@code pipeline up} (with {@code arguments}) as the script does, logs under home. */
    public static List<String> upCommand(Path repoRoot, Path home, String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElseThrow(),
                "-Xmx1g",
                "-Djava.io.tmpdir=" + Files.createDirectories(home.resolve("tmp")),
                "-Dpipeline.home=" + repoRoot,
                "-Dpipeline.logs=" + home.resolve("logs"),
                "-Dlogback.configurationFile=pipeline-cli-logback.xml"));
        command.addAll(JvmFlags.allowLibraryInternals());
        command.addAll(List.of(
                "-jar",
                repoRoot.resolve("pipeline-runtime/target/pipeline-runtime.jar").toString(),
                "up"));
        command.addAll(List.of(arguments));
        return command;
    }

    private static int elasticsearchPort() {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            int port = Ports.free();
            if (port + ES_TRANSPORT_OFFSET < 65_536 && isFree(port + ES_TRANSPORT_OFFSET)) {
                return port;
            }
        }
        throw new IllegalStateException("No free pair of ports for Elasticsearch");
    }

    private static boolean isFree(int port) {
        try {
            Ports.requireFree(port, "an isolated pipeline");
            return true;
        } catch (IllegalStateException e) {
            return false;
        }
    }
}
