package org.migrationdialogue.pipeline.runtime.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code pipeline} command-line tool (run it through the {@code ./pipeline} script at the repository root). */
@Command(
        name = "pipeline",
        mixinStandardHelpOptions = true,
        description =
                "The meeting-report pipeline on the local default: real Kafka, real Elasticsearch, three services.",
        subcommands = {
            UpCommand.class,
            UploadCommand.class,
            SearchCommand.class,
            RecommendationsCommand.class,
            StatusCommand.class,
            ReindexCommand.class,
            ConfirmDeletesCommand.class,
            ReprocessCommand.class
        })
public final class PipelineCli {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        return new CommandLine(new PipelineCli()).setExecutionExceptionHandler(new FriendlyErrors());
    }
}
