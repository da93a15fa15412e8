package org.migrationdialogue.pipeline.index.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.migrationdialogue.pipeline.common.config.Settings;
import org.migrationdialogue.pipeline.common.kafka.KafkaAccess;
import org.migrationdialogue.pipeline.common.kafka.KafkaSetup;
import org.migrationdialogue.pipeline.common.search.IndexAliases;
import org.migrationdialogue.pipeline.common.topics.Topics;

/**
 * docker-compose.yml lets nobody in and loses nothing: secrets are checked before anything starts, Kafka takes only
 * SASL logins with one user per client (the users and ACLs of deploy/kafka/acls.tsv), Elasticsearch speaks HTTPS and
 * the index-service uses a role of its own, the ingest-service reads the bucket with read-only credentials, and
 * MinIO queues its notifications on a volume. Static: the real stack is checked where Docker runs
 * (ElasticsearchSecurityIT, MinioUsersIT) and the broker's ACLs by KafkaAccessIT.
 */
class ComposeSecurityTest {

    private static final Map<String, String> PIPELINE_USERS = Map.of(
            "ingest-service",
            "ingest-service",
            "enrich-service",
            "enrich-service",
            "index-service",
            "index-service",
            "search-web",
            "search-web");
    private static final String CHECK = "secrets-check";

    private final ComposeFile compose = ComposeFile.load();
    private final KafkaAccess access = KafkaAccess.read(ComposeFile.ROOT.resolve("deploy/kafka/acls.tsv"));

    @Test
    void shouldCheckEveryPlaceholderSecretOfTheEnvExampleBeforeAnythingStarts() {
        // given the secrets .env.example holds placeholders for
        Set<String> placeholders = compose.envExample().entrySet().stream()
                .filter(entry -> entry.getValue().startsWith("change-me"))
                .map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new));
        // when the secrets check is read
        List<String> checked = texts(compose.service(CHECK).path("command"));
        Map<String, String> environment = compose.environment(CHECK);
        // then it checks each of them, passed by name and by value, and every other service waits for it
        assertFalse(placeholders.isEmpty());
        assertEquals(placeholders, new TreeSet<>(checked));
        placeholders.forEach(name -> assertEquals("${" + name + ":?set " + name + " in .env}", environment.get(name)));
        assertEquals(
                List.of("/bin/sh", "/deploy/check-secrets.sh"),
                texts(compose.service(CHECK).path("entrypoint")));
        for (String service : compose.serviceNames()) {
            assertTrue(
                    service.equals(CHECK) || prerequisites(service).contains(CHECK),
                    service + " may start before the secrets check");
        }
    }

    @Test
    void shouldRefuseToStartWithThePlaceholdersOfTheEnvExample() throws Exception {
        // given the secrets check, and the values `cp .env.example .env` gives its secrets
        List<String> names = texts(compose.service(CHECK).path("command"));
        Map<String, String> placeholders = new LinkedHashMap<>();
        names.forEach(name -> placeholders.put(name, compose.envExample().get(name)));
        // when the check's script runs with them
        Run run = check(names, placeholders);
        // then it fails, naming every secret still to set
        assertEquals(1, run.exit(), run.output());
        names.forEach(name -> assertTrue(run.output().contains(name + " is still the placeholder"), run.output()));
        // and with secrets of one's own it passes, but not with a short one
        Map<String, String> chosen = new LinkedHashMap<>();
        names.forEach(name -> chosen.put(name, "a-secret-of-my-own-for-" + name.toLowerCase()));
        assertEquals(0, check(names, chosen).exit(), check(names, chosen).output());
        chosen.put(names.getFirst(), "short");
        assertEquals(1, check(names, chosen).exit());
    }

    @Test
    void shouldAcceptOnlySaslLoginsFromTheNetwork() {
        // given the broker's listeners and their protocols
        Map<String, String> kafka = compose.environment("kafka");
        Map<String, String> protocols = pairs(kafka.get("KAFKA_LISTENER_SECURITY_PROTOCOL_MAP"), ":");
        Map<String, String> listeners = pairs(kafka.get("KAFKA_LISTENERS"), "://");
        // when each listener is checked
        listeners.forEach((name, address) -> {
            // then an unauthenticated one listens on the container's loopback only, any other needs a SASL login
            boolean unauthenticated = protocols.get(name).equals("PLAINTEXT");
            assertTrue(
                    unauthenticated
                            ? address.startsWith("127.0.0.1:")
                            : protocols.get(name).startsWith("SASL_"),
                    name + "://" + address + " is " + protocols.get(name));
        });
        // and whatever no ACL allows is refused; the only super user is the loopback's principal
        assertEquals(
                "org.apache.kafka.metadata.authorizer.StandardAuthorizer", kafka.get("KAFKA_AUTHORIZER_CLASS_NAME"));
        assertEquals("false", kafka.get("KAFKA_ALLOW_EVERYONE_IF_NO_ACL_FOUND"));
        assertEquals("User:ANONYMOUS", kafka.get("KAFKA_SUPER_USERS"));
        assertEquals("SCRAM-SHA-512", kafka.get("KAFKA_SASL_ENABLED_MECHANISMS"));
        // and the host's port leads to a SASL listener
        String published = compose.service("kafka").path("ports").get(0).asText();
        String target = published.substring(published.lastIndexOf(':') + 1);
        listeners.forEach((name, address) -> {
            if (address.endsWith(":" + target)) {
                assertTrue(protocols.get(name).startsWith("SASL_"), published + " leads to " + name);
            }
        });
    }

    @Test
    void shouldCreateTheUsersAndAclsOfTheRepositorysFileAsTheAdministratorOnTheLoopback() {
        // given the kafka-setup job (which runs KafkaSetup: DockerComposeTest)
        JsonNode setup = compose.service("kafka-setup");
        Map<String, String> environment = compose.environment("kafka-setup");
        // when its network, file and environment are read
        // then it applies the repository's ACL file on the broker's loopback listener, sharing the broker's network
        assertEquals("service:kafka", setup.path("network_mode").asText());
        assertEquals(List.of("/etc/pipeline/kafka/acls.tsv"), texts(setup.path("command")));
        assertTrue(texts(setup.path("volumes")).contains("./deploy/kafka:/etc/pipeline/kafka:ro"));
        String loopback = pairs(compose.environment("kafka").get("KAFKA_ADVERTISED_LISTENERS"), "://")
                .get("LOCAL");
        assertTrue(loopback.startsWith("127.0.0.1:"), loopback);
        assertEquals(loopback, environment.get(Settings.KAFKA_BOOTSTRAP_SERVERS.variable()));
        // and it has the password of every user of the file
        for (String user : access.users()) {
            String variable = KafkaSetup.passwordVariable(user);
            assertEquals("${" + variable + ":?set " + variable + " in .env}", environment.get(variable), user);
        }
    }

    @Test
    void shouldConnectEachPipelineServiceToKafkaAsItsOwnUser() {
        Set<String> users = new HashSet<>();
        PIPELINE_USERS.forEach((service, user) -> {
            // given a pipeline service's environment
            Map<String, String> environment = compose.environment(service);
            // when its Kafka settings are read
            // then it logs in over SASL as its own user of the ACL file, with that user's password
            assertEquals("SASL_PLAINTEXT", environment.get(Settings.KAFKA_SECURITY_PROTOCOL.variable()), service);
            assertEquals(user, environment.get(Settings.KAFKA_USERNAME.variable()), service);
            assertTrue(access.users().contains(user), user);
            String variable = KafkaSetup.passwordVariable(user);
            assertEquals(
                    "${" + variable + ":?set " + variable + " in .env}",
                    environment.get(Settings.KAFKA_PASSWORD.variable()));
            assertTrue(users.add(user), user + " is shared");
        });
    }

    @Test
    void shouldPublishMinioNotificationsAsItsOwnUserAndQueueThemOnAVolume() {
        // given MinIO's notification target
        Map<String, String> minio = compose.environment("minio");
        // when its login and queue are read
        String queue = minio.get("MINIO_NOTIFY_KAFKA_QUEUE_DIR_PRIMARY");
        // then it logs in with SCRAM-SHA-512 as the user minio, which may only write reports.uploaded
        assertEquals("on", minio.get("MINIO_NOTIFY_KAFKA_SASL_PRIMARY"));
        assertEquals("sha512", minio.get("MINIO_NOTIFY_KAFKA_SASL_MECHANISM_PRIMARY"));
        assertEquals("minio", minio.get("MINIO_NOTIFY_KAFKA_SASL_USERNAME_PRIMARY"));
        assertEquals(
                "${" + KafkaSetup.passwordVariable("minio") + ":?set " + KafkaSetup.passwordVariable("minio")
                        + " in .env}",
                minio.get("MINIO_NOTIFY_KAFKA_SASL_PASSWORD_PRIMARY"));
        assertEquals(
                Set.of("WRITE " + Topics.UPLOADED.name()),
                access.of("minio").stream()
                        .map(acl ->
                                acl.entry().operation() + " " + acl.pattern().name())
                        .collect(Collectors.toSet()));
        // and while Kafka is away its notifications wait in a folder of a named volume, so a restart keeps them
        assertTrue(queue != null && queue.startsWith("/"), "no absolute queue folder: " + queue);
        assertTrue(
                texts(compose.service("minio").path("volumes")).stream()
                        .anyMatch(volume -> volume.endsWith(":" + queue)
                                && compose.volumeNames().contains(volume.substring(0, volume.indexOf(':')))),
                "the queue folder is on no named volume");
    }

    @Test
    void shouldReadTheBucketWithTheIngestServicesOwnReadOnlyUser() {
        // given the ingest-service's and minio-setup's environments
        Map<String, String> ingest = compose.environment("ingest-service");
        Map<String, String> setup = compose.environment("minio-setup");
        // when the bucket credentials are read
        // then they are the ingest user's that minio-setup creates with a read-only policy, not the root user's
        assertEquals(
                "${MINIO_INGEST_ACCESS_KEY:?set MINIO_INGEST_ACCESS_KEY in .env}",
                ingest.get(Settings.S3_ACCESS_KEY_ID.variable()));
        assertEquals(
                "${MINIO_INGEST_SECRET_KEY:?set MINIO_INGEST_SECRET_KEY in .env}",
                ingest.get(Settings.S3_SECRET_ACCESS_KEY.variable()));
        assertNotEquals(
                compose.envExample().get("MINIO_ROOT_USER"),
                compose.envExample().get("MINIO_INGEST_ACCESS_KEY"));
        assertEquals(ingest.get(Settings.S3_ACCESS_KEY_ID.variable()), setup.get("MINIO_INGEST_ACCESS_KEY"));
        assertEquals(ingest.get(Settings.UPLOAD_BUCKET.variable()), setup.get("UPLOAD_BUCKET"));
        assertTrue(String.join("\n", texts(compose.service("minio-setup").path("command")))
                .contains("sh /deploy/users.sh"));
        // and in notification mode a periodic listing catches what the notifications missed
        assertEquals("true", ingest.get(Settings.S3_NOTIFICATIONS.variable()));
        assertTrue(Integer.parseInt(ingest.get(Settings.S3_RECONCILE_INTERVAL_SECONDS.variable())) > 0);
    }

    @Test
    void shouldServeElasticsearchOverHttpsWithTheCertificatesTheSetupMakes() throws IOException {
        // given Elasticsearch's settings and the script that makes the certificates
        Map<String, String> elasticsearch = compose.environment("elasticsearch");
        String makeCerts = Files.readString(ComposeFile.ROOT.resolve("deploy/elasticsearch/make-certs.sh"));
        // when the TLS settings are read
        // then HTTPS is on, with the key, certificate and CA the script makes into the shared volume
        assertEquals("true", elasticsearch.get("xpack.security.http.ssl.enabled"));
        for (String file : List.of(
                "certs/elasticsearch/elasticsearch.key", "certs/elasticsearch/elasticsearch.crt", "certs/ca/ca.crt")) {
            assertTrue(elasticsearch.containsValue(file), file);
        }
        assertTrue(
                makeCerts.contains("elasticsearch-certutil") && makeCerts.contains("dns: [elasticsearch, localhost]"));
        assertTrue(texts(compose.service("elasticsearch").path("volumes"))
                .contains("es-certs:/usr/share/elasticsearch/config/certs:ro"));
        assertTrue(texts(compose.service("elasticsearch").path("healthcheck").path("test"))
                .toString()
                .contains("https://localhost:9200"));
        // and Kibana and the index-service connect over HTTPS, trusting that CA
        Map<String, String> kibana = compose.environment("kibana");
        assertEquals("https://elasticsearch:9200", kibana.get("ELASTICSEARCH_HOSTS"));
        assertEquals("config/certs/ca/ca.crt", kibana.get("ELASTICSEARCH_SSL_CERTIFICATEAUTHORITIES"));
        for (String service : List.of("index-service", "search-web")) {
            Map<String, String> client = compose.environment(service);
            assertEquals("https://elasticsearch:9200", client.get(Settings.ELASTICSEARCH_URL.variable()), service);
            String ca = client.get(Settings.ELASTICSEARCH_CA_CERT.variable());
            assertTrue(
                    texts(compose.service(service).path("volumes")).stream()
                            .anyMatch(volume ->
                                    volume.startsWith("es-certs:") && ca.equals(volume.split(":")[1] + "/ca/ca.crt")),
                    service);
        }
    }

    @Test
    void shouldGiveTheRootCredentialsToTheSetupJobsOnly() {
        // given the superusers' secrets: Elasticsearch's elastic and MinIO's root
        Set<String> superuserSecrets = Set.of("ELASTIC_PASSWORD", "MINIO_ROOT_PASSWORD");
        Set<String> trusted =
                Set.of(CHECK, "elasticsearch", "elasticsearch-setup", "kibana-setup", "minio", "minio-setup");
        for (String service : compose.serviceNames()) {
            // when a service's environment is read
            String environment = compose.environment(service).values().toString();
            // then only the servers themselves and their setup jobs have them
            superuserSecrets.forEach(secret -> assertTrue(
                    trusted.contains(service) || !environment.contains("${" + secret), service + " has " + secret));
        }
    }

    @Test
    void shouldWriteTheIndexWithARoleLimitedToThePipelinesIndicesNotAsElastic() throws IOException {
        // given the index-service's Elasticsearch user and the users and roles the setup job creates
        Map<String, String> index = compose.environment("index-service");
        Map<String, String> search = compose.environment("search-web");
        String user = index.get(Settings.ELASTICSEARCH_USERNAME.variable());
        Map<String, String> roleOfUser = new HashMap<>();
        for (String line : Files.readAllLines(ComposeFile.ROOT.resolve("deploy/elasticsearch/users.tsv"))) {
            String[] columns = line.strip().split("\\s+");
            if (columns.length == 2 && !line.startsWith("#")) {
                roleOfUser.put(columns[0], columns[1]);
            }
        }
        // when the user's role is read
        JsonNode role = role(roleOfUser.get(user));
        // then it is not elastic, its password is its own, and its role reaches the pipeline's aliases and indices only
        assertNotEquals("elastic", user);
        assertEquals(
                "${ES_INDEX_SERVICE_PASSWORD:?set ES_INDEX_SERVICE_PASSWORD in .env}",
                index.get(Settings.ELASTICSEARCH_PASSWORD.variable()));
        assertEquals("pipeline_reader", roleOfUser.get(search.get(Settings.ELASTICSEARCH_USERNAME.variable())));
        assertEquals(
                "${ES_SEARCH_WEB_PASSWORD:?set ES_SEARCH_WEB_PASSWORD in .env}",
                search.get(Settings.ELASTICSEARCH_PASSWORD.variable()));
        assertTrue(compose.environment("elasticsearch-setup").containsKey("ES_INDEX_SERVICE_PASSWORD"));
        Set<String> pipelineIndices = Set.of(IndexAliases.REPORTS + "*", IndexAliases.RECOMMENDATIONS + "*");
        for (String name : roleOfUser.values()) {
            JsonNode grants = role(name);
            grants.path("indices")
                    .forEach(grant -> grant.path("names")
                            .forEach(pattern -> assertTrue(
                                    pipelineIndices.contains(pattern.asText()), name + " reaches " + pattern)));
            assertTrue(Set.of("monitor", "manage_index_templates").containsAll(texts(grants.path("cluster"))), name);
        }
        assertTrue(texts(role.path("indices").get(0).path("privileges"))
                .containsAll(List.of("create_index", "write", "read")));
        assertEquals(
                List.of("read", "view_index_metadata"),
                texts(role("pipeline_reader").path("indices").get(0).path("privileges")));
    }

    /** Every service a service waits for, directly or not (depends_on, and the service whose network it shares). */
    private Set<String> prerequisites(String service) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(service));
        while (!todo.isEmpty()) {
            JsonNode node = compose.service(todo.pop());
            List<String> next = new ArrayList<>();
            node.path("depends_on").fieldNames().forEachRemaining(next::add);
            String network = node.path("network_mode").asText();
            if (network.startsWith("service:")) {
                next.add(network.substring("service:".length()));
            }
            next.stream().filter(seen::add).forEach(todo::push);
        }
        return seen;
    }

    private static JsonNode role(String name) throws IOException {
        return new ObjectMapper()
                .readTree(ComposeFile.ROOT
                        .resolve("deploy/elasticsearch/roles/" + name + ".json")
                        .toFile());
    }

    /** "A:x,B:y" split at commas, then at the separator: {A=x, B=y}. */
    private static Map<String, String> pairs(String list, String separator) {
        Map<String, String> pairs = new LinkedHashMap<>();
        Arrays.stream(list.split(",")).forEach(pair -> {
            int at = pair.indexOf(separator);
            pairs.put(pair.substring(0, at), pair.substring(at + separator.length()));
        });
        return pairs;
    }

    private static List<String> texts(JsonNode node) {
        List<String> texts = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(element -> texts.add(element.asText()));
        } else if (!node.isMissingNode()) {
            texts.add(node.asText());
        }
        return texts;
    }

    private record Run(int exit, String output) {}

    /** Runs deploy/check-secrets.sh with /bin/sh, as the secrets-check container does, in an environment of only these. */
    private static Run check(List<String> names, Map<String, String> values) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                "/bin/sh", ComposeFile.ROOT.resolve("deploy/check-secrets.sh").toString()));
        command.addAll(names);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().clear();
        builder.environment().putAll(values);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        return new Run(process.exitValue(), output);
    }
}
