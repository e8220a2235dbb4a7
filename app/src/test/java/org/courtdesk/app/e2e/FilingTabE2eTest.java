package org.courtdesk.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.courtdesk.app.e2e.Workstation.waitUntil;
import static org.courtdesk.app.ui.UiTestSupport.onFx;

import java.nio.file.Path;

import javafx.scene.control.Tab;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.courtdesk.app.ui.filing.FilingQueueView;
import org.courtdesk.app.ui.main.MainWindow;
import org.courtdesk.model.account.Role;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.server.demo.DemoAccounts;

/** The demo court's 中心审核员 logs in to the real workstation (court staff) and gets the 网上立案 tab only. */
class FilingTabE2eTest {

    static DemoCourt court;

    @TempDir
    Path home;

    @BeforeAll
    static void startCourt() throws Exception {
        court = DemoCourt.startForWorkstation();
    }

    @AfterAll
    static void stopCourt() {
        if (court != null) {
            court.close();
        }
    }

    @Test
    void aCentreReviewerLogsInAndSeesTheFilingAndSuggestionQueuesOnly() throws Exception {
        try (Workstation app = Workstation.start(home, court.baseUrl())) {
            MainWindow main = app.login(DemoAccounts.REVIEWER_ZHAO, DemoCourt.PASSWORD);
            assertThat(app.workspace().user().role()).isEqualTo(Role.CENTRE_REVIEWER);
            assertThat(onFx(() -> main.tabs().getTabs().stream().map(Tab::getId).toList())).containsExactly("tab-today", "tab-filing",
                    "tab-suggestion", "tab-notice");
            assertThat(main.reading()).isNull();
            FilingQueueView filing = (FilingQueueView) main.queue(RequestKind.ONLINE_FILING).orElseThrow();
            waitUntil("the first sync", () -> app.workspace().syncStatus().lastSuccessfulSync() != null
                    && !app.workspace().syncStatus().busy());
            waitUntil("the filing queue to settle", () -> filing.model().settled());
            assertThat(filing.model().loadErrorProperty().get()).isNull();
        }
    }
}
