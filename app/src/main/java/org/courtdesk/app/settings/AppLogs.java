package org.courtdesk.app.settings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.util.FileSize;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;

/**
 * The workstation's log file: {@code logs/courtdesk.log} in the app-data folder ({@link AppDirs#home()}), never
 * in the install folder, so a packaged workstation (no console on Windows) leaves a log IT can ask for.
 * A file a day (and a new part past 5 MB), kept 30 days. Installed by the launcher only; tests keep logback's default console.
 */
public final class AppLogs {

    public static final String DIR_NAME = "logs";
    public static final String FILE_NAME = "courtdesk.log";

    private AppLogs() {}

    /**
     * Adds the log file to the running logback unless a logback configuration file was named explicitly.
     * Returns the file, or null when logging stays as it is (another SLF4J backend, an explicit configuration,
     * or a folder that cannot be created: logging is never a reason not to start).
     */
    /** Where the log file of {@code home} is (shown to the user and written at login, so IT finds it). */
    public static Path file(Path home) {
        return home.resolve(DIR_NAME).resolve(FILE_NAME);
    }

    /** The log file's set-up begun by {@link #installInBackground}, if any. */
    private static volatile java.util.concurrent.CompletableFuture<Path> installing;

    /**
     * {@link #install} on a thread of its own, so that the window's toolkit starts meanwhile (logback's start-up is a
     * good part of a cold start; issue 13). {@link #awaitInstalled} before anything worth keeping is logged.
     */
    public static void installInBackground(Path home) {
        java.util.concurrent.CompletableFuture<Path> f = new java.util.concurrent.CompletableFuture<>();
        installing = f;
        Thread t = new Thread(() -> {
            try {
                f.complete(install(home));
            } catch (Throwable e) {
                f.complete(null); // logging is never a reason not to start
            }
        }, "log-setup");
        t.setDaemon(true);
        t.start();
    }

    /** Waits for the set-up {@link #installInBackground begun in the background}, if any; the file, or null. */
    public static Path awaitInstalled() {
        java.util.concurrent.CompletableFuture<Path> f = installing;
        return f == null ? null : f.join();
    }

    public static Path install(Path home) {
        if (System.getProperty("logback.configurationFile") != null) {
            return null;
        }
        ILoggerFactory factory = LoggerFactory.getILoggerFactory();
        if (!(factory instanceof LoggerContext ctx)) {
            return null;
        }
        return install(ctx, home);
    }

    static Path install(LoggerContext ctx, Path home) {
        Path dir = home.resolve(DIR_NAME);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            return null;
        }
        Path file = dir.resolve(FILE_NAME);

        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(ctx);
        encoder.setPattern("%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n");
        encoder.setCharset(StandardCharsets.UTF_8);
        encoder.start();

        RollingFileAppender<ILoggingEvent> appender = new RollingFileAppender<>();
        appender.setContext(ctx);
        appender.setName("courtdesk-file");
        appender.setFile(file.toString());
        appender.setEncoder(encoder);

        // A file a day (courtdesk.log is today's; courtdesk.2026-12-07.0.log an earlier day), a new part past 5 MB;
        // 30 days and 100 MB at most.
        SizeAndTimeBasedRollingPolicy<ILoggingEvent> rolling = new SizeAndTimeBasedRollingPolicy<>();
        rolling.setContext(ctx);
        rolling.setParent(appender);
        rolling.setFileNamePattern(dir.resolve("courtdesk.%d{yyyy-MM-dd}.%i.log").toString());
        rolling.setMaxFileSize(FileSize.valueOf("5MB"));
        rolling.setMaxHistory(30);
        rolling.setTotalSizeCap(FileSize.valueOf("100MB"));
        rolling.start();

        appender.setRollingPolicy(rolling);
        appender.setTriggeringPolicy(rolling);
        appender.start();

        Logger root = ctx.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(appender);
        return file;
    }
}
