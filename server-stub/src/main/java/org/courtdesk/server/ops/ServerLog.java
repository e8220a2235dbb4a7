package org.courtdesk.server.ops;

import java.nio.file.Path;
import java.util.Map;

import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.TimeBasedRollingPolicy;

/**
 * The server's file log for the court's IT: {@code courtdesk-server.log} in {@code <data-dir>/logs} (or
 * {@code COURTDESK_LOG_DIR}), rolled over at midnight to {@code courtdesk-server.YYYY-MM-DD.log}, 90 days kept, every
 * line dated. The console log (logback.xml) is dated too. Installed by {@code ServerMain} only: tests log to the
 * console alone.
 */
public final class ServerLog {

    public static final String FILE = "courtdesk-server.log";
    public static final int DAYS_KEPT = 90;
    static final String PATTERN = "%d{yyyy-MM-dd HH:mm:ss.SSS XXX} %-5level [%thread] %logger{36} - %msg%n";

    private ServerLog() {}

    /** The log directory: COURTDESK_LOG_DIR if set, else {@code logs} under the data directory. */
    public static Path directory(Path dataDir, Map<String, String> env) {
        String dir = env.get("COURTDESK_LOG_DIR");
        return dir != null && !dir.isBlank() ? Path.of(dir) : dataDir.resolve("logs");
    }

    /** Adds the rolling file appender to the root logger; returns the current log file. */
    public static Path install(Path directory) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Path file = directory.toAbsolutePath().resolve(FILE);

        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.setCharset(java.nio.charset.StandardCharsets.UTF_8);
        encoder.start();

        RollingFileAppender<ILoggingEvent> appender = new RollingFileAppender<>();
        appender.setContext(context);
        appender.setName("FILE");
        appender.setFile(file.toString());
        appender.setEncoder(encoder);

        TimeBasedRollingPolicy<ILoggingEvent> policy = new TimeBasedRollingPolicy<>();
        policy.setContext(context);
        policy.setParent(appender);
        policy.setFileNamePattern(directory.toAbsolutePath().resolve("courtdesk-server.%d{yyyy-MM-dd}.log").toString());
        policy.setMaxHistory(DAYS_KEPT);
        policy.start();
        appender.setRollingPolicy(policy);
        appender.start();

        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.addAppender(appender);
        return file;
    }
}
