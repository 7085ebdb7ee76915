package org.parley.ingest;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.config.Property;

/** The warnings the ingest stage logs while a test runs: {@code try (CapturedWarnings w = CapturedWarnings.start()) { ... }}. */
final class CapturedWarnings implements AutoCloseable {

    private static final String INGEST_LOGGER = "org.parley.ingest";

    final List<String> lines = new CopyOnWriteArrayList<>();
    private final LoggerContext context;
    private final LoggerConfig config;
    private final AbstractAppender appender;

    private CapturedWarnings() {
        context = (LoggerContext) LogManager.getContext(false);
        config = context.getConfiguration().getLoggerConfig(INGEST_LOGGER);
        appender = new AbstractAppender("warnings-" + UUID.randomUUID(), null, null, true, Property.EMPTY_ARRAY) {
            @Override
            public void append(LogEvent event) {
                if (event.getLoggerName().startsWith(INGEST_LOGGER) && event.getLevel().isMoreSpecificThan(Level.WARN)) {
                    lines.add(event.getMessage().getFormattedMessage());
                }
            }
        };
        appender.start();
        config.addAppender(appender, Level.WARN, null);
        context.updateLoggers();
    }

    static CapturedWarnings start() {
        return new CapturedWarnings();
    }

    @Override
    public void close() {
        config.removeAppender(appender.getName());
        appender.stop();
        context.updateLoggers();
    }
}
