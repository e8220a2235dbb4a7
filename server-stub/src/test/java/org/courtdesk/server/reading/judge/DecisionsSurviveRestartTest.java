package org.courtdesk.server.reading.judge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.courtdesk.model.api.AuditEntry;
import org.courtdesk.model.api.Change;
import org.courtdesk.model.api.ChangesPage;
import org.courtdesk.model.api.DecisionResult;
import org.courtdesk.model.api.ReadingRequestView;
import org.courtdesk.model.api.ReviewDecision;
import org.courtdesk.model.reading.ReadingMode;
import org.courtdesk.model.request.RequestStatus;
import org.courtdesk.server.reading.download.CaseFileRoutes;
import org.courtdesk.server.support.HttpTestClient;
import org.courtdesk.server.support.TestData;
import org.courtdesk.server.support.TestServer;
import org.junit.jupiter.api.Test;

class DecisionsSurviveRestartTest {

    @Test
    void decisionsAuditFeedAndKeysAreStillThereAfterARestart() {
        try (TestServer server = TestServer.start()) {
            ReadingFixtures fx = new ReadingFixtures(server);
            long judgeId = fx.data.judge("judge.restart", ReadingFixtures.COURT);
            long lawyerId = fx.data.account("lawyer.restart", org.courtdesk.model.account.Role.LAWYER, null, true);
            long online = fx.pending(fx.archivedCase(judgeId, true), lawyerId, ReadingMode.ON_SITE);
            long refused = fx.pending(fx.archivedCase(judgeId, true), lawyerId, ReadingMode.ONLINE);
            HttpTestClient judge = server.client().login("judge.restart", TestData.PASSWORD);
            ReviewDecision approve = ReadingFixtures.approveOnline(fx.version(online), LocalDate.of(2026, 12, 1));
            DecisionResult before = judge.post("/api/v1/judge/reading-requests/" + online + "/decision", approve)
                    .as(DecisionResult.class);
            judge.post("/api/v1/judge/reading-requests/" + refused + "/decision", ReadingFixtures.refuse(fx.version(refused), "材料不全"));
            String code = fx.codesFromSms(online)[0];
            HttpTestClient lawyer = server.client().login("lawyer.restart", TestData.PASSWORD);
            assertThat(lawyer.get("/api/v1/reading-requests/" + online + "/case-file", CaseFileRoutes.HEADER, code).status())
                    .isEqualTo(200);
            ChangesPage feedBefore = judge.get("/api/v1/changes?since=0").as(ChangesPage.class);

            server.restart();

            HttpTestClient judgeAgain = server.client().login("judge.restart", TestData.PASSWORD);
            ReadingRequestView v = judgeAgain.get("/api/v1/judge/reading-requests/" + online).as(ReadingRequestView.class);
            assertThat(v.status()).isEqualTo(RequestStatus.APPROVED);
            assertThat(v.version()).isEqualTo(before.request().version());
            assertThat(v.review().validUntil()).isEqualTo(LocalDate.of(2026, 12, 1));
            assertThat(v.audit()).extracting(AuditEntry::action).containsExactly("修改阅卷方式", "审查通过", "下载卷宗");
            ChangesPage feedAfter = judgeAgain.get("/api/v1/changes?since=0").as(ChangesPage.class);
            assertThat(feedAfter.changes()).extracting(Change::seq).containsExactlyElementsOf(
                    feedBefore.changes().stream().map(Change::seq).toList());
            assertThat(feedAfter.nextCursor()).isEqualTo(feedBefore.nextCursor());
            assertThat(feedAfter.changes()).extracting(c -> c.viewAs(ReadingRequestView.class).status())
                    .containsExactly(RequestStatus.APPROVED, RequestStatus.REJECTED);

            // The outbox of a workstation that never got the answer sends again: still applied once.
            DecisionResult replay = judgeAgain.post("/api/v1/judge/reading-requests/" + online + "/decision", approve)
                    .as(DecisionResult.class);
            assertThat(replay.replayed()).isTrue();
            assertThat(replay.request().version()).isEqualTo(before.request().version());
            assertThat(fx.smsRows(online)).isEqualTo(1);

            // The download code still works (only its hash was stored).
            HttpTestClient lawyerAgain = server.client().login("lawyer.restart", TestData.PASSWORD);
            assertThat(lawyerAgain.get("/api/v1/reading-requests/" + online + "/case-file", CaseFileRoutes.HEADER, code)
                    .status()).isEqualTo(200);
            List<String> actions = judgeAgain.get("/api/v1/judge/reading-requests/" + online).as(ReadingRequestView.class)
                    .audit().stream().map(AuditEntry::action).toList();
            assertThat(actions).containsExactly("修改阅卷方式", "审查通过", "下载卷宗", "下载卷宗");
        }
    }
}
