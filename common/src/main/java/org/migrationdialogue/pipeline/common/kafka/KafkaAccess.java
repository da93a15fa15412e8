package org.migrationdialogue.pipeline.common.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

/**
 * The Kafka users of a deployment and what each may do, read from its ACL file ({@code deploy/kafka/acls.tsv}):
 * one allow rule per line, {@code user operation resource pattern name}; {@code #} starts a comment.
 */
public record KafkaAccess(List<AclBinding> acls) {

    /** Users are principals of this type: the broker names a SASL user {@code User:<name>}. */
    public static final String PRINCIPAL_TYPE = "User:";

    private static final int COLUMNS = 5;

    public KafkaAccess {
        acls = List.copyOf(acls);
    }

    public static KafkaAccess read(Path file) {
        try {
            return parse(file.toString(), Files.readAllLines(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the Kafka ACL file " + file.toAbsolutePath(), e);
        }
    }

    /** @param source names the lines in error messages, e.g. the file */
    public static KafkaAccess parse(String source, List<String> lines) {
        List<AclBinding> acls = new ArrayList<>();
        for (int number = 1; number <= lines.size(); number++) {
            String line = lines.get(number - 1);
            int comment = line.indexOf('#');
            String rule = (comment < 0 ? line : line.substring(0, comment)).strip();
            if (!rule.isEmpty()) {
                acls.add(binding(source + ":" + number, rule.split("\\s+")));
            }
        }
        return new KafkaAccess(acls);
    }

    /** Every user the file names, in the order they first appear. */
    public Set<String> users() {
        Set<String> users = new LinkedHashSet<>();
        acls.forEach(acl -> users.add(acl.entry().principal().substring(PRINCIPAL_TYPE.length())));
        return users;
    }

    /** The ACLs of one user. */
    public List<AclBinding> of(String user) {
        return acls.stream()
                .filter(acl -> acl.entry().principal().equals(PRINCIPAL_TYPE + user))
                .toList();
    }

    private static AclBinding binding(String where, String[] columns) {
        if (columns.length != COLUMNS) {
            throw new IllegalArgumentException(where + ": expected 'user operation resource pattern name', found "
                    + columns.length + " column(s)");
        }
        AclOperation operation = parse(where, "operation", AclOperation.class, upperSnake(columns[1]));
        ResourceType resource = parse(
                where,
                "resource",
                ResourceType.class,
                columns[2].replace('-', '_').toUpperCase(Locale.ROOT));
        PatternType pattern = parse(where, "pattern", PatternType.class, columns[3].toUpperCase(Locale.ROOT));
        if (operation == AclOperation.ANY || resource == ResourceType.ANY || !pattern.isSpecific()) {
            throw new IllegalArgumentException(
                    where + ": a rule names one operation, resource type and a literal or prefixed pattern");
        }
        return new AclBinding(
                new ResourcePattern(resource, columns[4], pattern),
                new AccessControlEntry(PRINCIPAL_TYPE + columns[0], "*", operation, AclPermissionType.ALLOW));
    }

    /** "DescribeConfigs" (as kafka-acls.sh writes operations) is the enum constant DESCRIBE_CONFIGS. */
    private static String upperSnake(String camel) {
        return camel.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    }

    private static <E extends Enum<E>> E parse(String where, String what, Class<E> type, String name) {
        try {
            E value = Enum.valueOf(type, name);
            if (!"UNKNOWN".equals(value.name())) {
                return value;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new IllegalArgumentException(where + ": unknown " + what + " '" + name + "'");
    }
}
