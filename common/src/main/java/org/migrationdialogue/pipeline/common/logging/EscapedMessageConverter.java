package org.migrationdialogue.pipeline.common.logging;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import org.migrationdialogue.pipeline.common.text.ControlCharacters;

/**
 * {@code %msg} of the services' log layout: the message with its control characters escaped, so that an object
 * key, a title or a reason from outside can neither act on the terminal showing the log nor forge a log line.
 */
public final class EscapedMessageConverter extends MessageConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return ControlCharacters.escape(super.convert(event));
    }
}
