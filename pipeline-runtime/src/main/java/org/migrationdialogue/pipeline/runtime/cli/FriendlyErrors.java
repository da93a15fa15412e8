package org.migrationdialogue.pipeline.runtime.cli;

import picocli.CommandLine;

/** What users get wrong gets one clear line, not a stack trace; the cause chain is summarised. */
final class FriendlyErrors implements CommandLine.IExecutionExceptionHandler {

    static final int USER_ERROR = 2;

    @Override
    public int handleExecutionException(Exception error, CommandLine command, CommandLine.ParseResult parsed) {
        command.getErr().println(command.getColorScheme().errorText("pipeline " + command.getCommandName() + ": "
                + message(error)));
        return USER_ERROR;
    }

    static String message(Throwable error) {
        StringBuilder message = new StringBuilder(String.valueOf(error.getMessage()));
        Throwable cause = error.getCause();
        if (cause != null && cause.getMessage() != null && !message.toString().contains(cause.getMessage())) {
            message.append(" (").append(cause.getMessage()).append(')');
        }
        return message.toString();
    }
}
