package org.migrationdialogue.pipeline.common.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
import org.junit.jupiter.api.Test;
import org.migrationdialogue.pipeline.common.topics.Topic;
import org.migrationdialogue.pipeline.common.topics.Topics;

class KafkaAccessTest {

    @Test
    void shouldReadOneAllowRulePerLineAndIgnoreComments() {
        // given an ACL file with comments, blank lines and operations written as kafka-acls.sh writes them
        List<String> lines = List.of(
                "# who may do what",
                "",
                "enrich-service  DescribeConfigs  topic             prefixed  enrich-service-   # Streams checks its topics",
                "enrich-service  Write            transactional-id  prefixed  enrich-service-");
        // when it is parsed
        KafkaAccess access = KafkaAccess.parse("acls.tsv", lines);
        // then each rule allows one operation of the user on any host
        assertEquals(
                List.of(
                        allow(
                                "enrich-service",
                                AclOperation.DESCRIBE_CONFIGS,
                                ResourceType.TOPIC,
                                PatternType.PREFIXED,
                                "enrich-service-"),
                        allow(
                                "enrich-service",
                                AclOperation.WRITE,
                                ResourceType.TRANSACTIONAL_ID,
                                PatternType.PREFIXED,
                                "enrich-service-")),
                access.acls());
        assertEquals(Set.of("enrich-service"), access.users());
    }

    @Test
    void shouldSayWhichLineIsWrong() {
        for (String bad : List.of(
                "index-service Reed topic literal reports.enriched",
                "index-service Read table literal reports.enriched",
                "index-service Read topic match reports.enriched",
                "index-service Read topic literal")) {
            // given a file whose second line is wrong
            List<String> lines = List.of("index-service Read group literal index-service", bad);
            // when it is parsed, then the error names the file and the line
            IllegalArgumentException error =
                    assertThrows(IllegalArgumentException.class, () -> KafkaAccess.parse("acls.tsv", lines));
            assertTrue(error.getMessage().startsWith("acls.tsv:2: "), error.getMessage());
        }
    }

    @Test
    void shouldNameEveryUserWithoutAPassword() {
        // given two users, only one of whom has a password in the environment
        Map<String, String> environment = Map.of("KAFKA_INGEST_SERVICE_PASSWORD", "a-long-secret");
        // when the passwords are gathered, then the error names the variable of the other
        IllegalArgumentException error = assertThrows(
                IllegalArgumentException.class,
                () -> KafkaSetup.passwords(List.of("ingest-service", "search-web"), environment));
        assertTrue(error.getMessage().endsWith("set KAFKA_SEARCH_WEB_PASSWORD"), error.getMessage());
        assertEquals(
                Map.of("ingest-service", "a-long-secret"),
                KafkaSetup.passwords(List.of("ingest-service"), environment));
    }

    @Test
    void shouldGiveTheDeploymentOneUserPerClientAndNameOnlyContractTopics() {
        // given the deployment's ACL file
        KafkaAccess access = KafkaAccess.read(Path.of("..", "deploy", "kafka", "acls.tsv"));
        // when its users and the topics it names literally are listed
        Set<String> topics = access.acls().stream()
                .map(AclBinding::pattern)
                .filter(pattern ->
                        pattern.resourceType() == ResourceType.TOPIC && pattern.patternType() == PatternType.LITERAL)
                .map(ResourcePattern::name)
                .collect(Collectors.toSet());
        // then there is one user per client, and every topic is one of the contract's
        assertEquals(
                List.of("ingest-service", "enrich-service", "index-service", "search-web", "minio", "subscriber"),
                List.copyOf(access.users()));
        assertTrue(
                Topics.ALL.stream().map(Topic::name).collect(Collectors.toSet()).containsAll(topics),
                topics.toString());
    }

    private static AclBinding allow(
            String user, AclOperation operation, ResourceType type, PatternType pattern, String name) {
        return new AclBinding(
                new ResourcePattern(type, name, pattern),
                new AccessControlEntry("User:" + user, "*", operation, AclPermissionType.ALLOW));
    }
}
