package org.migrationdialogue.pipeline.common.logging;

import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.IThrowableProxy;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.migrationdialogue.pipeline.common.text.ControlCharacters;

/**
 * {@code %ex} of the services' log layout: the stack trace line by line, each line with its control characters
 * escaped (an exception's message often quotes the key or the text that caused it).
 */
public final class EscapedThrowableConverter extends ThrowableProxyConverter {

    @Override
    protected String throwableProxyToString(IThrowableProxy throwable) {
        return Arrays.stream(super.throwableProxyToString(throwable).split("\r?\n", -1))
                .map(ControlCharacters::escape)
                .collect(Collectors.joining(System.lineSeparator()));
    }
}
