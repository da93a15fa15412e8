package org.migrationdialogue.pipeline.common.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.joran.spi.JoranException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The services' own logback.xml (common's), applied to log events carrying hostile keys. */
class EscapedConvertersTest {

    private LoggerContext context;
    private OutputStreamAppender<ILoggingEvent> appender;

    @BeforeEach
    @SuppressWarnings("unchecked")
    void loadTheServicesLogConfiguration() throws JoranException {
        context = new LoggerContext();
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(getClass().getResource("/logback.xml"));
        appender = (OutputStreamAppender<ILoggingEvent>)
                context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("STDOUT");
    }

    @Test
    void shouldWriteAMessageWithAHostileKeyOnOneLineWithItsControlCharactersEscaped() {
        // given a log statement printing an object key that holds an ESC sequence, a CR and a forged line
        LoggingEvent event = event("Extracted {} -> {}", null, "evil\u001B[31m\rkey\nERROR forged", "r-1");
        // when the services' layout writes it
        String line = encode(event);
        // then it is one line, and the key's control characters are shown, not acted on
        assertTrue(
                line.endsWith(" - Extracted evil\\u001B[31m\\rkey\\nERROR forged -> r-1" + System.lineSeparator()),
                line);
        assertEquals(1, line.lines().count());
        assertFalse(line.contains("\u001B"));
    }

    @Test
    void shouldKeepAStackTraceOnItsLinesAndEscapeTheControlCharactersOfItsMessage() {
        // given an error whose message quotes a key with a bell and an ESC
        LoggingEvent event = event("Ingestion stopped", new IllegalStateException("bad \u0007key\u001B[2J"));
        // when the services' layout writes it
        String text = encode(event);
        // then the trace keeps one frame per line and the message's controls are escaped
        assertTrue(text.contains("java.lang.IllegalStateException: bad \\u0007key\\u001B[2J"), text);
        assertTrue(text.lines().anyMatch(line -> line.startsWith("\tat ")), text);
        assertFalse(text.contains("\u001B") || text.contains("\u0007"));
    }

    private LoggingEvent event(String message, Throwable error, Object... arguments) {
        Logger logger = context.getLogger("org.migrationdialogue.pipeline.test");
        return new LoggingEvent(Logger.class.getName(), logger, Level.WARN, message, error, arguments);
    }

    private String encode(LoggingEvent event) {
        return new String(appender.getEncoder().encode(event), StandardCharsets.UTF_8);
    }
}
