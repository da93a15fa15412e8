package org.migrationdialogue.pipeline.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.migrationdialogue.pipeline.common.kafka.KafkaConnection;

/**
 * How a consumer group shares its work: its members, the partitions each is assigned, and how many records those
 * partitions hold (their end offsets; the run starts on empty topics, so that is what each member processed).
 */
final class GroupShares implements AutoCloseable {

    private final Admin admin;

    GroupShares(String bootstrap) {
        this.admin = Admin.create(KafkaConnection.plaintext(bootstrap).clientConfig());
    }

    /** How many members the group has now. */
    int members(String group) {
        return describe(group).members().size();
    }

    /** One line per member: its client id, partitions, and records on them. */
    List<String> shares(String group) throws ExecutionException, InterruptedException {
        ConsumerGroupDescription description = describe(group);
        List<String> lines = new ArrayList<>();
        for (MemberDescription member : description.members()) {
            Map<TopicPartition, Long> ends =
                    endOffsets(member.assignment().topicPartitions().stream().toList());
            long records = ends.values().stream().mapToLong(Long::longValue).sum();
            lines.add(String.format(
                    "  %s member %s (%s): %d partitions %s, %d records",
                    group,
                    member.clientId(),
                    member.host(),
                    ends.size(),
                    ends.keySet().stream()
                            .map(TopicPartition::toString)
                            .sorted()
                            .toList(),
                    records));
        }
        return lines;
    }

    private ConsumerGroupDescription describe(String group) {
        try {
            return admin.describeConsumerGroups(List.of(group)).all().get().get(group);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Cannot describe group " + group, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    private Map<TopicPartition, Long> endOffsets(List<TopicPartition> partitions)
            throws ExecutionException, InterruptedException {
        Map<TopicPartition, OffsetSpec> latest =
                partitions.stream().collect(Collectors.toMap(Function.identity(), partition -> OffsetSpec.latest()));
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> offsets =
                admin.listOffsets(latest).all().get();
        return offsets.entrySet().stream()
                .collect(Collectors.toMap(
                        Map.Entry::getKey, entry -> entry.getValue().offset()));
    }

    @Override
    public void close() {
        admin.close();
    }
}
