package org.courtdesk.app.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import org.courtdesk.app.testing.Fixtures;
import org.courtdesk.app.testing.Harness;
import org.courtdesk.app.workspace.local.LocalWorkspace;

/**
 * What IT reads in the log when a judge says "my decision did not go through" (issue 13): the login (who, online or
 * offline, never the password), each sync that moved something with its counts, duration and outbox, a refused upload
 * with its HTTP status and problem code, going offline and back.
 */
class SyncLogTest {

    @TempDir
    Path home;
    private Harness h;
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
    private final Logger courtdesk = (Logger) LoggerFactory.getLogger("org.courtdesk");
    private Level before;

    @BeforeEach
    void setUp() throws Exception {
        h = new Harness(home);
        appender.start();
        before = courtdesk.getLevel();
        courtdesk.setLevel(Level.INFO);
        root.addAppender(appender);
    }

    @AfterEach
    void tearDown() throws Exception {
        root.detachAppender(appender);
        courtdesk.setLevel(before);
        h.close();
    }

    private List<String> lines(Level atLeast) {
        return appender.list.stream().filter(e -> e.getLevel().isGreaterOrEqual(atLeast))
                .map(e -> e.getLoggerName().substring(e.getLoggerName().lastIndexOf('.') + 1) + ": "
                        + e.getFormattedMessage()).toList();
    }

    @Test
    void aRefusedUploadAndGoingOfflineAndBackAreLoggedWithTheirCause() throws Exception {
        h.server.put(Fixtures.request(1, 1));
        LocalWorkspace ws = h.login();
        ws.syncService().runCycle(false);
        assertThat(lines(Level.INFO)).anySatisfy(l -> assertThat(l).startsWith("DefaultLoginService: login of " + Harness.USER)
                .contains(" online at ").doesNotContain(Harness.PASSWORD));
        // the first cycle pulled the request: a line with its counts, duration and outbox
        assertThat(lines(Level.INFO)).anySatisfy(l -> assertThat(l)
                .matches("SyncService: sync OK: sent 0, refused 0, pulled 1 changes in \\d+ pages, prefetched 0; \\d+ ms; outbox 0"));

        // A decision the server refuses (its valid-until is out of range by the server's day): status and code logged.
        ws.saveDecision(1, Fixtures.agreeOnline());
        h.server.clock(new org.courtdesk.app.testing.MutableClock(h.clock.instant().plus(Duration.ofDays(10))));
        appender.list.clear();
        ws.syncService().runCycle(false);
        assertThat(lines(Level.INFO)).anySatisfy(l -> assertThat(l)
                .isEqualTo("SyncService: DECISION for request CASE_FILE_READING:1 refused: HTTP 400 DECISION_VALID_UNTIL_OUT_OF_RANGE"));
        assertThat(lines(Level.INFO)).anySatisfy(l -> assertThat(l).startsWith("SyncService: sync OK: sent 0, refused 1,"));

        // Offline: one warning with the cause; back: one line; a sync asked for while offline says so.
        appender.list.clear();
        h.server.down(true);
        h.clock.advance(Duration.ofMinutes(5));
        ws.syncService().runCycle(true);
        assertThat(lines(Level.WARN)).anySatisfy(l -> assertThat(l).startsWith("StatusTracker: server unreachable: "));
        assertThat(lines(Level.INFO)).anySatisfy(l -> assertThat(l).startsWith("SyncService: sync start (asked for); outbox"));
        assertThat(lines(Level.INFO)).anySatisfy(l -> assertThat(l).startsWith("SyncService: sync OFFLINE: sent 0"));
        int offlineLines = lines(Level.INFO).size();
        ws.syncService().runCycle(false); // still offline, not asked for: nothing new to say
        assertThat(lines(Level.INFO)).hasSize(offlineLines);
        h.server.down(false);
        h.clock.advance(Duration.ofMinutes(1));
        ws.syncService().runCycle(false);
        assertThat(lines(Level.INFO)).anySatisfy(l -> assertThat(l).isEqualTo("StatusTracker: server reachable again"));
    }

    @Test
    void anOfflineLoginIsLoggedAsOneWithItsOutbox() throws Exception {
        h.server.put(Fixtures.request(1, 1));
        LocalWorkspace ws = h.login();
        ws.syncService().runCycle(false);
        ws.saveDecision(1, Fixtures.disagree());
        ws.close();
        h.server.down(true);
        appender.list.clear();
        LocalWorkspace offline = h.login();
        h.use(offline);
        assertThat(lines(Level.INFO)).anySatisfy(l -> assertThat(l)
                .startsWith("DefaultLoginService: login of " + Harness.USER + " (" + offline.user().role()
                        + ") offline from the local cache (server ")
                .endsWith(" unreachable); outbox 1").doesNotContain(Harness.PASSWORD));
    }
}
