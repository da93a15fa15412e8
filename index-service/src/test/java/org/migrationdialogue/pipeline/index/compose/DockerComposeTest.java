package org.migrationdialogue.pipeline.index.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.migrationdialogue.pipeline.common.config.Setting;
import org.migrationdialogue.pipeline.common.config.Settings;
import org.migrationdialogue.pipeline.common.config.Versions;
import org.migrationdialogue.pipeline.common.kafka.KafkaSetup;
import org.migrationdialogue.pipeline.common.topics.Topic;
import org.migrationdialogue.pipeline.common.topics.Topics;
import org.migrationdialogue.pipeline.testing.ContainerImages;

/** docker-compose.yml (the production-like path) stays consistent with the contract, the settings and itself. */
class DockerComposeTest {

    private static final List<String> PIPELINE_SERVICES =
            List.of("ingest-service", "enrich-service", "index-service", "search-web");
    private static final Map<String, Setting> HEALTH_PORTS = Map.of(
            "ingest-service",
            Settings.INGEST_HEALTH_PORT,
            "enrich-service",
            Settings.ENRICH_HEALTH_PORT,
            "index-service",
            Settings.INDEX_HEALTH_PORT,
            "search-web",
            Settings.SEARCH_WEB_PORT);
    private static final String COMPLETED = "service_completed_successfully";
    private static final Pattern README_SETTING = Pattern.compile("^\\| `([A-Z0-9_]+)` \\|");

    private final ComposeFile compose = ComposeFile.load();

    @Test
    void shouldDependOnlyOnServicesThatExist() {
        // given the services of the file
        List<String> names = compose.serviceNames();
        // when their depends_on targets are listed
        for (String service : names) {
            // then each target is a service of the file, waited for with a condition
            compose.service(service).path("depends_on").properties().forEach(target -> {
                assertTrue(names.contains(target.getKey()), service + " depends on unknown " + target.getKey());
                assertTrue(
                        target.getValue().has("condition"), service + " -> " + target.getKey() + " has no condition");
            });
        }
    }

    @Test
    void shouldHealthCheckLongRunningServicesAndAwaitOneShotsToTheirCompletion() {
        for (String service : compose.serviceNames()) {
            // given a service and whether it is a one-shot (never restarted)
            boolean oneShot =
                    "no".equals(compose.service(service).path("restart").asText());
            boolean healthChecked = compose.service(service).has("healthcheck");
            // when it is compared with how the others wait for it
            Set<String> conditions = conditionsOn(service);
            // then a long-running service is health-checked and never awaited to completion, and a one-shot is
            // awaited (if at all: kibana-setup is the last step) only to its successful completion
            assertTrue(oneShot || healthChecked, service + " runs for good but has no healthcheck");
            assertFalse(!oneShot && conditions.contains(COMPLETED), service + " never completes, yet is awaited to");
            assertTrue(
                    !oneShot || Set.of(COMPLETED).containsAll(conditions), service + " is awaited with " + conditions);
        }
    }

    @Test
    void shouldPublishPortsOnTheLoopbackOnly() {
        // given every published port of every service
        List<String> ports = new ArrayList<>();
        compose.serviceNames()
                .forEach(service -> compose.service(service)
                        .path("ports")
                        .forEach(port ->
                                ports.add(port.isObject() ? port.path("host_ip").asText() + ":" : port.asText())));
        // when they are checked
        // then each binds 127.0.0.1, never all interfaces
        assertFalse(ports.isEmpty());
        ports.forEach(port -> assertTrue(port.startsWith("127.0.0.1:"), "port not bound to the loopback: " + port));
    }

    @Test
    void shouldConfigureThePipelineServicesOnlyWithDeclaredSettingsListedInTheReadme() throws IOException {
        // given the settings declared in code and the variables of the README's configuration table
        Set<String> declared =
                new TreeSet<>(Settings.ALL.stream().map(Setting::variable).toList());
        Set<String> documented = readmeSettings();
        for (String service : PIPELINE_SERVICES) {
            // when a pipeline service's environment is read
            Set<String> variables = compose.environment(service).keySet();
            // then every variable is a setting the service reads, and the README lists it
            assertFalse(variables.isEmpty(), service);
            variables.forEach(variable -> {
                assertTrue(declared.contains(variable), service + ": " + variable + " is not declared in Settings");
                assertTrue(documented.contains(variable), service + ": " + variable + " is not in the README table");
            });
        }
    }

    @Test
    void shouldBuildEachPipelineServiceFromTheDockerfileOfItsModule() throws IOException {
        for (String service : PIPELINE_SERVICES) {
            // given the service's build section
            JsonNode build = compose.service(service).path("build");
            // when its Dockerfile is read
            Path dockerfile = ComposeFile.ROOT
                    .resolve(build.path("context").asText())
                    .resolve(build.path("dockerfile").asText());
            // then it is the module's own, building that module from the repository root into a runnable jar
            assertEquals(".", build.path("context").asText(), service + " builds from the repository root");
            assertEquals(service + "/Dockerfile", build.path("dockerfile").asText());
            String text = Files.readString(dockerfile);
            assertTrue(text.contains("-pl " + service + " -am package"), dockerfile + " builds " + service);
            assertTrue(text.contains(service + "/target/" + service + ".jar"), dockerfile + " copies the jar");
            assertTrue(text.contains(service + "/target/lib/"), dockerfile + " copies the jar's lib/");
        }
    }

    @Test
    void shouldProbeEachPipelineServiceOnItsConfiguredHealthPort() {
        for (String service : PIPELINE_SERVICES) {
            // given the health port the service is configured with
            String port =
                    compose.environment(service).get(HEALTH_PORTS.get(service).variable());
            // when its healthcheck command is read
            String probe = String.join(
                    " ", textsOf(compose.service(service).path("healthcheck").path("test")));
            // then the probe asks GET /health on that loopback port and wants a 200
            assertTrue(probe.contains("/dev/tcp/127.0.0.1/" + port), service + " probes " + probe);
            assertTrue(probe.contains("GET /health") && probe.contains(" 200 "), service + " probes " + probe);
        }
    }

    @Test
    void shouldCreateTheContractTopicsWithThePipelinesOwnSetup() throws ClassNotFoundException {
        // given the kafka-setup job
        JsonNode setup = compose.service("kafka-setup");
        List<String> entrypoint = textsOf(setup.path("entrypoint"));
        // when its command and image are read
        // then it runs KafkaSetup, which creates every topic of the contract's catalog (Topics) with its configs
        // (Topic: cleanup policy, size limit, retention), from the index-service's image, with the default partitions
        assertEquals(KafkaSetup.class, Class.forName(entrypoint.getLast()));
        assertEquals(List.of("java", "-cp", "/opt/pipeline/index-service.jar"), entrypoint.subList(0, 3));
        assertEquals(
                compose.service("index-service").path("image").asText(),
                setup.path("image").asText());
        assertEquals(
                Settings.TOPIC_PARTITIONS.defaultValue(),
                compose.environment("kafka-setup").get(Settings.TOPIC_PARTITIONS.variable()));
        assertEquals("no", setup.path("restart").asText());
    }

    @Test
    void shouldPublishMinioBucketEventsToTheUploadedTopic() {
        // given MinIO's environment and the bucket the ingest-service reads
        Map<String, String> minio = compose.environment("minio");
        String bucket = compose.environment("ingest-service").get(Settings.UPLOAD_BUCKET.variable());
        // when the notification target and the setup script are read
        String setup = String.join("\n", textsOf(compose.service("minio-setup").path("command")));
        // then the Kafka target publishes to reports.uploaded, and the bucket's puts and deletes go to it
        assertEquals("on", minio.get("MINIO_NOTIFY_KAFKA_ENABLE_PRIMARY"));
        assertEquals("kafka:9092", minio.get("MINIO_NOTIFY_KAFKA_BROKERS_PRIMARY"));
        assertEquals(Topics.UPLOADED.name(), minio.get("MINIO_NOTIFY_KAFKA_TOPIC_PRIMARY"));
        assertTrue(setup.contains("mc mb --ignore-existing local/" + bucket), setup);
        assertTrue(
                setup.contains("mc event add --ignore-existing local/" + bucket
                        + " arn:minio:sqs::PRIMARY:kafka --event put,delete"),
                setup);
    }

    @Test
    void shouldPinTheVersionOfEveryImage() {
        for (String service : compose.serviceNames()) {
            // given the image of a service, interpolated with .env.example
            String image = image(service);
            // when its tag is read (after the last colon that follows the last slash)
            String name = image.substring(image.lastIndexOf('/') + 1);
            String tag = name.contains(":") ? name.substring(name.indexOf(':') + 1) : "";
            // then there is one, and it is not "latest"
            assertFalse(image.isEmpty(), service + " has no image");
            assertFalse(tag.isEmpty() || "latest".equals(tag), service + " image is not pinned: " + image);
        }
    }

    @Test
    void shouldRunTheVersionsOfTheRootPom() {
        // given the versions the root pom.xml declares (common's Versions) and the images of the tests
        // (ContainerImages)
        // when the compose file's images are read, interpolated with .env.example
        // then its broker is the Kafka of the clients, Elasticsearch and Kibana the version of the local server, and
        // MinIO the release of the MinIO tests
        assertEquals(ContainerImages.KAFKA, image("kafka"));
        for (String service : List.of("elasticsearch-certs", "elasticsearch", "elasticsearch-setup")) {
            assertEquals(ContainerImages.ELASTICSEARCH, image(service), service);
        }
        assertEquals("docker.elastic.co/kibana/kibana:" + Versions.ELASTICSEARCH, image("kibana"));
        assertEquals(ContainerImages.MINIO, image("minio"));
    }

    @Test
    void shouldLetTheBrokerTakeTheLargestRecordOfTheContractAsTheLocalBrokerDoes() {
        // given the broker's message limit, when compared with the contract's, then a full record and its framing fit
        assertEquals(
                Integer.toString(Topic.MAX_BROKER_MESSAGE_BYTES),
                compose.environment("kafka").get("KAFKA_MESSAGE_MAX_BYTES"));
    }

    @Test
    void shouldDefineEveryInterpolatedVariableInTheEnvExample() {
        // given the variables .env.example defines
        Set<String> defined = compose.envExample().keySet();
        // when the variables the compose file interpolates are listed
        List<String> referenced = compose.referencedVariables();
        // then each is defined, so `cp .env.example .env` is enough to start
        assertFalse(referenced.isEmpty());
        referenced.forEach(variable -> assertTrue(defined.contains(variable), variable + " missing from .env.example"));
    }

    private String image(String service) {
        return compose.interpolate(compose.service(service).path("image").asText());
    }

    private Set<String> conditionsOn(String target) {
        Set<String> conditions = new TreeSet<>();
        for (String service : compose.serviceNames()) {
            JsonNode dependency = compose.service(service).path("depends_on").path(target);
            if (!dependency.isMissingNode()) {
                conditions.add(dependency.path("condition").asText());
            }
        }
        return conditions;
    }

    private static List<String> textsOf(JsonNode node) {
        List<String> texts = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(element -> texts.add(element.asText()));
        } else {
            texts.add(node.asText());
        }
        return texts;
    }

    private static Set<String> readmeSettings() throws IOException {
        Set<String> variables = new TreeSet<>();
        for (String line : Files.readAllLines(ComposeFile.ROOT.resolve("README.md"))) {
            Matcher row = README_SETTING.matcher(line);
            if (row.find()) {
                variables.add(row.group(1));
            }
        }
        return variables;
    }
}
