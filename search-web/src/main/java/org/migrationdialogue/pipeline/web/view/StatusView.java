package org.migrationdialogue.pipeline.web.view;

import java.util.List;
import org.migrationdialogue.pipeline.common.status.PipelineSnapshot;
import org.migrationdialogue.pipeline.common.status.StatusProbe.PipelineStatus;
import org.migrationdialogue.pipeline.web.status.DeadLetter;

/**
 * The status page: the facts of {@code pipeline status}, and the latest dead letters.
 *
 * @param topics null while Kafka is down
 */
public record StatusView(
        Chrome chrome,
        PipelineStatus status,
        PipelineSnapshot topics,
        List<DeadLetter> deadLetters,
        long deadLetterCount) {

    public static String lag(long lag) {
        return lag == -2 ? "unknown" : lag < 0 ? "no offsets committed yet" : Long.toString(lag);
    }
}
