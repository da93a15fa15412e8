package org.migrationdialogue.pipeline.system;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.migrationdialogue.pipeline.common.config.Setting;
import org.migrationdialogue.pipeline.common.config.Settings;
import org.migrationdialogue.pipeline.runtime.local.IsolatedPipeline;

/**
 * {@code pipeline up} as a user runs it, in a process of its own, with its data, upload folder and ports kept
 * apart from any other pipeline on the machine; stopped with SIGINT, as Ctrl-C does.
 */
public final class PipelineUnderTest implements AutoCloseable {

    private final Path repoRoot;
    private final Path home;
    private final Map<String, String> environment = new HashMap<>();
    private Process process;

    /** The clone this build runs in (Failsafe sets {@code pipeline.repo.root}; the module folder's parent else). */
    public static Path repoRootOfThisBuild() {
        return Path.of(System.getProperty("pipeline.repo.root", ".."))
                .toAbsolutePath()
                .normalize();
    }

    /** A pipeline of the clone this build runs in. */
    public PipelineUnderTest() throws IOException {
        this(repoRootOfThisBuild());
    }

    public PipelineUnderTest(Path repoRoot) throws IOException {
        this.repoRoot = repoRoot;
        // Under target/ (not a 0700 temporary folder): Elasticsearch runs as 'nobody' when the tests run as root.
        this.home = Files.createDirectories(repoRoot.resolve("system-tests/target/e2e-" + UUID.randomUUID()));
        environment.putAll(IsolatedPipeline.environment(home));
    }

    /** Sets a setting of the {@code up} process and so of the services it starts; call before {@link #up()}. */
    public PipelineUnderTest with(Setting setting, String value) {
        environment.put(setting.variable(), value);
        return this;
    }

    public void up() throws IOException {
        List<String> command = IsolatedPipeline.upCommand(repoRoot, home);
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(repoRoot.toFile())
                .redirectErrorStream(true)
                .redirectOutput(
                        ProcessBuilder.Redirect.appendTo(home.resolve("up.out").toFile()));
        builder.environment().putAll(environment);
        process = builder.start();
    }

    /** Ctrl-C: SIGINT to the {@code up} process, then wait for its clean stop. */
    void interrupt() throws IOException, InterruptedException {
        new ProcessBuilder("kill", "-INT", Long.toString(process.pid()))
                .inheritIO()
                .start()
                .waitFor();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            throw new IllegalStateException("pipeline up did not stop within 120 s after Ctrl-C; see " + output());
        }
    }

    boolean isRunning() {
        return process != null && process.isAlive();
    }

    public Path uploads() {
        return home.resolve("uploads");
    }

    public Path output() {
        return home.resolve("up.out");
    }

    String kafka() {
        return "127.0.0.1:" + environment.get(Settings.KAFKA_PORT.variable());
    }

    String elasticsearch() {
        return "http://127.0.0.1:" + environment.get(Settings.ELASTICSEARCH_PORT.variable());
    }

    /** The command environment of the CLI's other subcommands, pointing at this pipeline. */
    Map<String, String> cliEnvironment() {
        Map<String, String> cli = new HashMap<>(environment);
        cli.put(Settings.KAFKA_BOOTSTRAP_SERVERS.variable(), kafka());
        cli.put(Settings.ELASTICSEARCH_URL.variable(), elasticsearch());
        return cli;
    }

    Path repoRoot() {
        return repoRoot;
    }

    /** kill -9 of {@code up} and of every process under it (Kafka and Elasticsearch, services, parser workers). */
    public void crash() {
        List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
        all.add(process.toHandle());
        all.forEach(ProcessHandle::destroyForcibly);
        await().atMost(Duration.ofMinutes(1)).until(() -> all.stream().noneMatch(ProcessHandle::isAlive));
    }

    /** The running process of a service ({@code java -jar <module>.jar}) that {@code up} supervises. */
    public ProcessHandle service(String module) {
        return process.children()
                .filter(child -> commandLine(child).contains("/" + module + ".jar"))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(module + " is not running under pipeline up"));
    }

    /** The Elasticsearch processes under {@code up} (its launcher and its server JVM). */
    public List<ProcessHandle> elasticsearchProcesses() {
        return process.descendants()
                .filter(child -> commandLine(child).contains("org.elasticsearch."))
                .toList();
    }

    private static String commandLine(ProcessHandle handle) {
        return handle.info().commandLine().orElse("");
    }

    @Override
    public void close() throws Exception {
        if (isRunning()) {
            interrupt();
        }
    }
}
