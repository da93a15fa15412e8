package org.migrationdialogue.pipeline.common.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationdialogue.pipeline.common.config.Config;
import org.migrationdialogue.pipeline.common.config.Settings;

/**
 * The client's HTTPS trust (ELASTICSEARCH_CA_CERT) against a real TLS server on the loopback whose certificate this
 * test made with the JDK's keytool (as elasticsearch-certutil makes docker-compose's): the client trusts the server
 * through the CA file, refuses it without, and sends its credentials only inside the TLS connection. Whether Elasticsearch itself
 * answers is ElasticsearchSecurityIT's business (index-service, where Docker runs).
 */
class ElasticsearchClientsTest {

    private static final String STORE_PASSWORD = "test-store-password";

    @TempDir
    static Path certs;

    /** A self-signed server certificate for localhost, which is then its own CA (two keytool runs, not seven). */
    @BeforeAll
    static void makeCertificate() throws Exception {
        keytool(
                "-genkeypair",
                "-alias",
                "server",
                "-keyalg",
                "EC",
                "-dname",
                "CN=localhost",
                "-validity",
                "2",
                "-ext",
                "san=dns:localhost,ip:127.0.0.1",
                "-ext",
                "bc:c",
                "-keystore",
                "server.p12");
        keytool("-exportcert", "-alias", "server", "-rfc", "-file", "ca.crt", "-keystore", "server.p12");
    }

    @Test
    void shouldTrustTheServerOfItsCaAndSendTheCredentialsInsideTls() throws Exception {
        try (SSLServerSocket server = server()) {
            // given a client configured with the CA that signed the server's certificate, and a user
            CompletableFuture<List<String>> request = CompletableFuture.supplyAsync(() -> requestHead(server));
            Config config = new Config(Map.of(
                    Settings.ELASTICSEARCH_URL.variable(),
                    "https://localhost:" + server.getLocalPort(),
                    Settings.ELASTICSEARCH_USERNAME.variable(),
                    "index-service",
                    Settings.ELASTICSEARCH_PASSWORD.variable(),
                    "its-password",
                    Settings.ELASTICSEARCH_CA_CERT.variable(),
                    certs.resolve("ca.crt").toString()));
            // when it sends a request (the server reads it and answers 401: only the connection matters here)
            try (ElasticsearchClient client = ElasticsearchClients.create(config)) {
                assertThrows(IOException.class, client::info);
            }
            // then the TLS handshake succeeded and the request carried the user's credentials
            List<String> head = request.get(30, TimeUnit.SECONDS);
            assertEquals("GET / HTTP/1.1", head.getFirst());
            String basic = "Basic "
                    + Base64.getEncoder().encodeToString("index-service:its-password".getBytes(StandardCharsets.UTF_8));
            assertTrue(
                    head.stream().anyMatch(line -> line.equalsIgnoreCase("Authorization: " + basic)), head.toString());
        }
    }

    @Test
    void shouldRefuseTheServerWithoutItsCa() throws Exception {
        try (SSLServerSocket server = server()) {
            // given a client that trusts only the JDK's CAs, which did not sign the server's certificate
            CompletableFuture<List<String>> request = CompletableFuture.supplyAsync(() -> requestHead(server));
            // when it connects, then the handshake fails on the client's side, before any request is sent
            try (ElasticsearchClient client = ElasticsearchClients.create(
                    "https://localhost:" + server.getLocalPort(), "index-service", "its-password", null)) {
                IOException error = assertThrows(IOException.class, client::info);
                assertTrue(
                        causes(error).stream().anyMatch(cause -> cause instanceof javax.net.ssl.SSLHandshakeException),
                        error.toString());
            }
            assertEquals(List.of(), request.get(30, TimeUnit.SECONDS));
        }
    }

    @Test
    void shouldNameTheSettingWhenTheCaFileIsMissing() {
        // given a CA file that is not there
        Config config = new Config(Map.of(
                Settings.ELASTICSEARCH_URL.variable(),
                "https://localhost:9200",
                Settings.ELASTICSEARCH_CA_CERT.variable(),
                certs.resolve("missing.crt").toString()));
        // when the client is created, then the error says which setting points nowhere
        IllegalArgumentException error =
                assertThrows(IllegalArgumentException.class, () -> ElasticsearchClients.create(config));
        assertTrue(error.getMessage().startsWith("ELASTICSEARCH_CA_CERT"), error.getMessage());
    }

    private static SSLServerSocket server() throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(certs.resolve("server.p12"))) {
            store.load(in, STORE_PASSWORD.toCharArray());
        }
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, STORE_PASSWORD.toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), null, null);
        return (SSLServerSocket)
                context.getServerSocketFactory().createServerSocket(0, 1, InetAddress.getLoopbackAddress());
    }

    /** The request line and headers of the first request, or nothing when the TLS handshake fails. */
    private static List<String> requestHead(SSLServerSocket server) {
        List<String> head = new ArrayList<>();
        try (SSLSocket socket = (SSLSocket) server.accept()) {
            socket.setSoTimeout(20_000);
            BufferedReader reader =
                    new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
            for (String line = reader.readLine(); line != null && !line.isEmpty(); line = reader.readLine()) {
                head.add(line);
            }
            // Any answer ends the request (an HTTP status, so that the client does not try again).
            socket.getOutputStream()
                    .write("HTTP/1.1 401 Unauthorized\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                            .getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
        } catch (IOException e) {
            return head;
        }
        return head;
    }

    private static List<Throwable> causes(Throwable error) {
        List<Throwable> causes = new ArrayList<>();
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            causes.add(cause);
        }
        return causes;
    }

    private static void keytool(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "keytool").toString()));
        command.addAll(List.of(arguments));
        command.addAll(List.of("-storetype", "PKCS12", "-storepass", STORE_PASSWORD));
        Process process = new ProcessBuilder(command)
                .directory(certs.toFile())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "keytool did not finish");
        assertEquals(0, process.exitValue(), String.join(" ", arguments) + ": " + output);
    }
}
