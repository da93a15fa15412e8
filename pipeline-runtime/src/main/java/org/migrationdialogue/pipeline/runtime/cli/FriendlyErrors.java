package org.migrationdialogue.pipeline.runtime.cli;

import org.migrationdialogue.pipeline.common.status.StatusProbe;
import org.migrationdialogue.pipeline.common.text.ControlCharacters;
import picocli.CommandLine;

/** What users get wrong gets one clear line, not a stack trace; the cause chain is summarised. */
final class FriendlyErrors implements CommandLine.IExecutionExceptionHandler {

    static final int USER_ERROR = 2;

    @Override
    public int handleExecutionException(Exception error, CommandLine command, CommandLine.ParseResult parsed) {
        command.getErr()
                .println(command.getColorScheme()
                        .errorText("pipeline " + command.getCommandName() + ": "
                                + ControlCharacters.escape(StatusProbe.summary(error))));
        return USER_ERROR;
    }
}
