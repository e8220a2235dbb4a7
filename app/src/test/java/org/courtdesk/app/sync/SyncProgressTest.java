package org.courtdesk.app.sync;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.app.i18n.Text;

/** The progress bar of a pull tells the truth once the feed says how many changes remain (issue 14). */
class SyncProgressTest {

    @Test
    void withTheFeedsCountTheBarIsDoneOverExpectedAndAnInitialSyncSaysTheTimeLeft() {
        assertThat(SyncService.progress(2_000, 10_000, 10)).isEqualTo(0.2);
        assertThat(SyncService.progress(10_000, 10_000, 50)).as("never full before the end").isEqualTo(0.99);
        // Without a count (an older server) the bar only creeps: after 20 % of the pages it would read 95 %.
        assertThat(SyncService.progress(2_000, -1, 20)).isGreaterThan(0.9);

        Messages.use(Messages.CHINESE);
        // 2,000 of 10,000 in 60 s: 8,000 more at that pace is 240 s.
        Text initial = SyncService.progressLabel(2_000, 10_000, true, 60_000_000_000L);
        assertThat(Messages.text(initial)).contains("2000").contains("10000").contains("4 分 00 秒");
        Text delta = SyncService.progressLabel(50, 100, false, 1_000_000_000L);
        assertThat(Messages.text(delta)).contains("50").contains("100").doesNotContain("剩");
        Text unknown = SyncService.progressLabel(400, -1, true, 1_000_000_000L);
        assertThat(Messages.text(unknown)).contains("400");
        Messages.use(Messages.ENGLISH);
        assertThat(Messages.text(initial)).contains("about 4 min 00 s left");
    }
}
