package org.migrationdialogue.pipeline.common.kafka;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialAlteration;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.acl.AccessControlEntryFilter;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.ResourcePatternFilter;
import org.migrationdialogue.pipeline.common.config.Config;
import org.migrationdialogue.pipeline.common.config.Settings;
import org.migrationdialogue.pipeline.common.topics.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sets up a secured broker as an administrator: the contract's topics (with their configs), one SCRAM-SHA-512 user
 * per user of the ACL file, with the password of its variable {@code KAFKA_<USER>_PASSWORD}, and exactly the ACLs
 * of the file for those users (ACLs of theirs the file no longer has are removed). Idempotent: run it at every
 * start. docker-compose's kafka-setup job runs {@link #main} on the broker's loopback listener.
 */
public final class KafkaSetup {

    private static final Logger LOG = LoggerFactory.getLogger(KafkaSetup.class);
    private static final int SCRAM_ITERATIONS = 8192;

    private KafkaSetup() {}

    /** {@code KafkaSetup <acl file>}, configured by the settings (KAFKA_BOOTSTRAP_SERVERS, TOPIC_*) and the users' passwords. */
    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("Usage: KafkaSetup <acl file, e.g. deploy/kafka/acls.tsv>");
            System.exit(2);
        }
        try {
            Config config = Config.fromEnvironment();
            KafkaAccess access = KafkaAccess.read(Path.of(args[0]));
            Map<String, String> passwords = passwords(access.users(), System.getenv());
            KafkaConnection kafka = KafkaConnection.from(config);
            new TopicInitializer(kafka, config.getInt(Settings.TOPIC_PARTITIONS), (short)
                            config.getInt(Settings.TOPIC_REPLICATION_FACTOR))
                    .createAll(Topics.ALL);
            try (Admin admin = Admin.create(kafka.clientConfig())) {
                apply(admin, access, passwords);
            }
        } catch (RuntimeException e) {
            System.err.println("Kafka setup failed: " + e.getMessage());
            System.exit(1);
        }
    }

    /** The variable holding a user's password, e.g. {@code KAFKA_INGEST_SERVICE_PASSWORD} for ingest-service. */
    public static String passwordVariable(String user) {
        return "KAFKA_" + user.toUpperCase(Locale.ROOT).replace('-', '_') + "_PASSWORD";
    }

    /** Each user's password from the environment; every one missing is named at once. */
    public static Map<String, String> passwords(Collection<String> users, Map<String, String> environment) {
        Map<String, String> passwords = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (String user : users) {
            String password = environment.get(passwordVariable(user));
            if (password == null || password.isEmpty()) {
                missing.add(passwordVariable(user));
            } else {
                passwords.put(user, password);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("No password for the Kafka user(s): set " + String.join(", ", missing));
        }
        return passwords;
    }

    /** Creates or updates the users and makes their ACLs exactly the file's. */
    public static void apply(Admin admin, KafkaAccess access, Map<String, String> passwords) {
        try {
            List<UserScramCredentialAlteration> users = access.users().stream()
                    .<UserScramCredentialAlteration>map(user -> new UserScramCredentialUpsertion(
                            user,
                            new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, SCRAM_ITERATIONS),
                            passwords.get(user)))
                    .toList();
            admin.alterUserScramCredentials(users).all().get();
            LOG.info("Kafka users set: {}", access.users());
            admin.createAcls(access.acls()).all().get();
            List<AclBindingFilter> stale = stale(admin, access);
            if (!stale.isEmpty()) {
                admin.deleteAcls(stale).all().get();
            }
            LOG.info(
                    "Kafka ACLs set: {} rule(s), {} outdated rule(s) removed",
                    access.acls().size(),
                    stale.size());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while setting up the Kafka users", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(
                    "Cannot set up the Kafka users and ACLs: " + e.getCause().getMessage(), e);
        }
    }

    /** The ACLs the broker has for the file's users that the file does not have. */
    private static List<AclBindingFilter> stale(Admin admin, KafkaAccess access)
            throws ExecutionException, InterruptedException {
        Set<AclBinding> wanted = new HashSet<>(access.acls());
        List<AclBindingFilter> stale = new ArrayList<>();
        for (String user : access.users()) {
            AclBindingFilter ofUser = new AclBindingFilter(
                    ResourcePatternFilter.ANY,
                    new AccessControlEntryFilter(
                            KafkaAccess.PRINCIPAL_TYPE + user, null, AclOperation.ANY, AclPermissionType.ANY));
            for (AclBinding acl : admin.describeAcls(ofUser).values().get()) {
                if (!wanted.contains(acl)) {
                    LOG.info("Removing outdated ACL {}", acl);
                    stale.add(acl.toFilter());
                }
            }
        }
        return stale;
    }
}
