package org.migrationdialogue.pipeline.testing;

import java.nio.file.Path;
import java.util.Optional;
import org.migrationdialogue.pipeline.common.config.Config;
import org.migrationdialogue.pipeline.common.config.Settings;
import org.migrationdialogue.pipeline.runtime.local.ElasticsearchSettings;
import org.migrationdialogue.pipeline.runtime.local.LocalElasticsearch;
import org.migrationdialogue.pipeline.runtime.local.LocalKafka;
import org.migrationdialogue.pipeline.runtime.local.LocalRuntime;
import org.migrationdialogue.pipeline.runtime.local.Ports;

/**
 * The project's local runtime on free ports, with its data in a fresh folder of this test run, so tests never
 * touch a running pipeline's data.
 */
final class LocalInfrastructure implements StartedInfrastructure, InfrastructureControl {

    private final LocalRuntime runtime;

    private LocalInfrastructure(LocalRuntime runtime) {
        this.runtime = runtime;
    }

    static LocalInfrastructure start() {
        Path dataDir = Path.of(System.getProperty("pipeline.test.data", "target/it-data"))
                .resolve("run-" + ProcessHandle.current().pid());
        Path esHome = Path.of(required("pipeline.es.home"));
        int esPort = Ports.free();
        LocalKafka kafka = new LocalKafka(dataDir.resolve("kafka"), Ports.free(), Ports.free());
        LocalElasticsearch es = new LocalElasticsearch(new ElasticsearchSettings(
                esHome,
                LocalRuntime.esJavaHome(Config.fromEnvironment()),
                dataDir.resolve("elasticsearch"),
                esPort,
                Ports.free(),
                LOCAL_DEFAULTS.get(Settings.ELASTICSEARCH_HEAP)));
        LocalRuntime runtime = new LocalRuntime(kafka, es, LOCAL_DEFAULTS.getInt(Settings.TOPIC_PARTITIONS), (short)
                LOCAL_DEFAULTS.getInt(Settings.TOPIC_REPLICATION_FACTOR));
        runtime.start();
        return new LocalInfrastructure(runtime);
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + property + " is not set: run integration tests "
                    + "through ./mvnw verify, which sets it.");
        }
        return value;
    }

    @Override
    public RealInfrastructure infrastructure() {
        return new RealInfrastructure(
                runtime.kafkaBootstrapServers(), runtime.elasticsearchUrl(), "local-runtime", Optional.of(this));
    }

    @Override
    public void stopElasticsearch() {
        runtime.elasticsearch().close();
    }

    @Override
    public void startElasticsearch() {
        runtime.elasticsearch().start();
    }

    @Override
    public void restartKafka() {
        runtime.kafka().close();
        runtime.kafka().start();
    }

    @Override
    public void close() {
        runtime.close();
    }
}
