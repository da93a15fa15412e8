package org.migrationdialogue.pipeline.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkerCommandTest {

    @Test
    void shouldPassWorkersNoSecretOfTheService() {
        // given the environment of an ingest-service in production
        Map<String, String> service = Map.of(
                "PATH",
                "/usr/local/bin:/usr/bin",
                "HOME",
                "/home/pipeline",
                "LANG",
                "C.UTF-8",
                "S3_ACCESS_KEY_ID",
                "AKIA0000",
                "S3_SECRET_ACCESS_KEY",
                "secret",
                "ELASTICSEARCH_PASSWORD",
                "password",
                "AWS_SESSION_TOKEN",
                "token",
                "KAFKA_BOOTSTRAP_SERVERS",
                "kafka:9092",
                "JAVA_TOOL_OPTIONS",
                "-Dhttps.proxyPassword=p");
        // when
        Map<String, String> worker = WorkerCommand.environment(service);
        // then only the locale, the PATH (to find Tesseract), HOME and one thread per Tesseract remain
        assertEquals(
                Map.of(
                        "PATH",
                        "/usr/local/bin:/usr/bin",
                        "HOME",
                        "/home/pipeline",
                        "LANG",
                        "C.UTF-8",
                        "OMP_THREAD_LIMIT",
                        "1"),
                worker);
    }
}
