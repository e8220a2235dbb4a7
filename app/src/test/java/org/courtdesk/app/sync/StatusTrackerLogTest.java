package org.courtdesk.app.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.courtdesk.app.i18n.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

/** The log tells what happened to the connection and the session, once per change, not on every progress tick. */
class StatusTrackerLogTest {

    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final Logger logger = (Logger) LoggerFactory.getLogger(StatusTracker.class);

    @BeforeEach
    void attach() {
        appender.start();
        logger.addAppender(appender);
    }

    @AfterEach
    void detach() {
        logger.detachAppender(appender);
    }

    private List<String> lines() {
        return appender.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }

    @Test
    void offlineAndBackExpiryAndRenewalAreLoggedOnce() {
        org.courtdesk.app.i18n.Messages.use(org.courtdesk.app.i18n.Messages.CHINESE);
        StatusTracker t = new StatusTracker(StatusTracker.initial(true, null), s -> { });
        t.progress(0.5, null);
        t.progress(0.7, null);
        t.synced(Instant.parse("2026-12-07T01:00:00Z"));
        t.online(false, Text.of("api.unreachable.refused"));
        t.online(false, Text.of("api.unreachable.refused"));
        t.online(true, null);
        t.sessionExpired(true, SyncService.MSG_EXPIRED);
        t.sessionExpired(false, null);
        assertThat(lines()).hasSize(5);
        assertThat(lines().get(0)).isEqualTo("first sync done");
        assertThat(lines().get(1)).isEqualTo("server unreachable: 无法连接服务器");
        assertThat(lines().subList(2, 5)).containsExactly("server reachable again",
                "session expired: a new login is needed", "session renewed");
    }
}
