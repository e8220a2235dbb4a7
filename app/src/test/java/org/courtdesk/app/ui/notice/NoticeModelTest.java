package org.courtdesk.app.ui.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.courtdesk.app.ui.FakeWorkspace;
import org.courtdesk.app.ui.Samples;
import org.courtdesk.app.ui.deadline.Deadline;
import org.courtdesk.app.ui.deadline.DeadlineSource;
import org.courtdesk.app.ui.filing.FilingTestAccess;
import org.courtdesk.app.ui.main.QueueTabs;
import org.courtdesk.app.workspace.Workspace;
import org.courtdesk.model.account.Role;
import org.courtdesk.model.filing.FilingMessage;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestRef;
import org.courtdesk.model.request.RequestStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javafx.application.Platform;

/**
 * The notification centre's reminders (spec-004 §1): which requests are new, which deadlines and 留言 replies remind,
 * what "seen" means and that it is kept in the user's cache, and which reminders count as fresh for the desktop.
 */
class NoticeModelTest {

    @BeforeAll
    static void fx() {
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // another test started the toolkit
        }
    }

    private static RequestRef filing(long id) {
        return RequestRef.of(RequestKind.ONLINE_FILING, id);
    }

    /** Reading requests 1–6 pending (1 opened), 7 approved; filings 21 (received, unopened), 22 (opened), 23 (returned). */
    static FakeWorkspace workspace() {
        FakeWorkspace ws = Samples.workspace();
        ws.kindViews.put(filing(21), FilingTestAccess.filing(21, RequestStatus.FILING_RECEIVED, 1, List.of()));
        ws.kindViews.put(filing(22), FilingTestAccess.filing(22, RequestStatus.FILING_RECEIVED, 2, List.of(
                new FilingMessage(1, Samples.at(2, 11), "张法官", Role.JUDGE, "请补充证据目录。"),
                new FilingMessage(2, Samples.at(1, 16), "何丽萍", Role.LAWYER, "证据目录已于今日上传，请查收。谢谢"))));
        ws.openedRefs.add(filing(22));
        ws.kindViews.put(filing(23), FilingTestAccess.filing(23, RequestStatus.FILING_RETURNED, 4, List.of(
                new FilingMessage(3, Samples.at(4, 11), "何丽萍", Role.LAWYER, "请问何时审查？"),
                new FilingMessage(4, Samples.at(3, 9), "张法官", Role.JUDGE, "七日内答复。"))));
        return ws;
    }

    /** A deadline source with one deadline due today (filing 22) and one further off (filing 21). */
    static DeadlineSource deadlines() {
        return new DeadlineSource() {
            @Override
            public RequestKind kind() {
                return RequestKind.ONLINE_FILING;
            }

            @Override
            public List<Deadline> deadlines(Workspace workspace, LocalDateTime now, ZoneId zone) {
                return List.of(
                        new Deadline(filing(22), "WSLA2022000022", "立案审查（7 日）", now.toLocalDate().atTime(23, 59),
                                Deadline.Urgency.DUE_TODAY),
                        new Deadline(filing(21), "WSLA2022000021", "立案审查（7 日）", now.plusDays(5),
                                Deadline.Urgency.LATER));
            }
        };
    }

    static NoticeModel model(Workspace ws) {
        List<NoticeSource> sources = List.of(NoticeSource.newRequests(RequestKind.CASE_FILE_READING),
                NoticeSource.newRequests(RequestKind.ONLINE_FILING), NoticeSource.deadlines(deadlines()),
                new FilingReplies());
        return new NoticeModel(ws, Samples.CLOCK, sources, Runnable::run, Runnable::run);
    }

    static List<String> keys(NoticeModel m) {
        return m.rows().stream().map(r -> r.notice().key()).toList();
    }

    @Test
    void newRequestsDueDeadlinesAndRepliesRemindButOpenedDecidedAndFarOnesDoNot() {
        NoticeModel m = model(workspace());
        m.reload();
        assertThat(m.settled()).isTrue();
        assertThat(keys(m)).containsExactlyInAnyOrder(
                // unopened 阅卷 in 待审查: 2–6 (1 is opened, 7 approved)
                "NEW:CASE_FILE_READING:2", "NEW:CASE_FILE_READING:3", "NEW:CASE_FILE_READING:4",
                "NEW:CASE_FILE_READING:5", "NEW:CASE_FILE_READING:6",
                // the unopened filing in 收; 22 is opened, 23 returned
                "NEW:ONLINE_FILING:21",
                // due today reminds; five days off does not
                "DUE:ONLINE_FILING:22:DUE_TODAY",
                // the lawyer wrote after the judge on 22; on 23 the judge answered last
                "REPLY:ONLINE_FILING:22:2");
        Notice reply = m.rows().stream().map(NoticeModel.Row::notice).filter(n -> n.type() == Notice.Type.REPLY)
                .findFirst().orElseThrow();
        assertThat(reply.detail()).isEqualTo("证据目录已于今日上传，请查收。谢谢");
        assertThat(reply.at()).isEqualTo(LocalDateTime.ofInstant(Samples.at(1, 16), Samples.ZONE));
        assertThat(m.unseenProperty().get()).isEqualTo(8);
        // The kind tabs' badges count new requests and replies, not deadlines (those have 今日到期's badge).
        assertThat(m.unseenByKindProperty().get()).isEqualTo(Map.of(RequestKind.CASE_FILE_READING, 5,
                RequestKind.ONLINE_FILING, 2));
    }

    @Test
    void seenIsKeptInTheUsersCacheAndSurvivesANewWindow() {
        FakeWorkspace ws = workspace();
        NoticeModel m = model(ws);
        m.reload();
        m.markSeen(List.of("NEW:CASE_FILE_READING:2", "REPLY:ONLINE_FILING:22:2"));
        assertThat(m.unseenProperty().get()).isEqualTo(6);
        assertThat(m.rows().subList(0, 6)).noneMatch(NoticeModel.Row::seen); // unseen first
        assertThat(m.rows().subList(6, 8)).allMatch(NoticeModel.Row::seen);
        // Among the unseen: the deadline first, then the newest arrivals.
        assertThat(m.rows().get(0).notice().type()).isEqualTo(Notice.Type.DEADLINE);
        assertThat(m.rows().get(1).notice().key()).isEqualTo("NEW:CASE_FILE_READING:6");
        assertThat(ws.userValues.get(NoticeModel.SEEN)).contains("NEW:CASE_FILE_READING:2");

        NoticeModel again = model(ws); // the next start: same cache
        again.reload();
        assertThat(again.unseenProperty().get()).isEqualTo(6);
        again.markAllSeen();
        assertThat(again.unseenProperty().get()).isZero();
        assertThat(again.unseenByKindProperty().get()).isEmpty();
    }

    @Test
    void onlyRemindersThatAppearAfterTheFirstLoadAreFreshAndGoneOnesAreForgotten() {
        FakeWorkspace ws = workspace();
        NoticeModel m = model(ws);
        List<List<Notice>> fresh = new ArrayList<>();
        m.onFresh(fresh::add);
        m.reload();
        assertThat(fresh).as("what was there at start is no news").isEmpty();

        m.markSeen(List.of("NEW:ONLINE_FILING:21"));
        ws.add(Samples.pending(8, "（2022）粤01民初8号", "赵敏", 0, true));
        m.reload();
        assertThat(fresh).singleElement().satisfies(n -> assertThat(n).extracting(Notice::key)
                .containsExactly("NEW:CASE_FILE_READING:8"));

        // The judge opens filing 21: its reminder is gone, and so is its seen mark (the stored list stays small).
        ws.openedRefs.add(filing(21));
        m.reload();
        assertThat(keys(m)).doesNotContain("NEW:ONLINE_FILING:21");
        assertThat(ws.userValues.get(NoticeModel.SEEN)).doesNotContain("NEW:ONLINE_FILING:21");
        assertThat(fresh).hasSize(1);
    }

    @Test
    void queuesTheCourtCreatesGiveNoNewRequestReminders() {
        // A stand-in tab list: a kind the court creates (服务内容) beside one that arrives from outside.
        QueueTabs.Entry contents = new QueueTabs.Entry(RequestKind.SERVICE_CONTENT, java.util.Set.of(Role.JUDGE),
                "tab-x", org.kordamp.ikonli.materialdesign2.MaterialDesignB.BELL, (w, c, h) -> null,
                DeadlineSource.none(RequestKind.SERVICE_CONTENT));
        assertThat(NoticeSources.forTabs(List.of(contents))).isEmpty();
        List<NoticeSource> filing = NoticeSources.forTabs(QueueTabs.ALL.stream()
                .filter(e -> e.kind() == RequestKind.ONLINE_FILING).toList());
        // 网上立案: its new requests, its deadlines and its replies.
        assertThat(filing).hasSize(3);
    }

    @Test
    void theDesktopNotificationIsOffUntilTheUserTurnsItOn() {
        FakeWorkspace ws = workspace();
        NoticeModel m = model(ws);
        assertThat(m.desktopWanted()).isFalse();
        m.setDesktopWanted(true);
        assertThat(model(ws).desktopWanted()).isTrue();
        Notice n = new Notice("NEW:CASE_FILE_READING:8", Notice.Type.NEW_REQUEST,
                RequestRef.of(RequestKind.CASE_FILE_READING, 8), "YJ8", null, null);
        Notice d = new Notice("DUE:ONLINE_FILING:1:OVERDUE", Notice.Type.DEADLINE, filing(1), "WS1", "立案审查", null);
        org.courtdesk.app.i18n.Messages.use(org.courtdesk.app.i18n.Messages.CHINESE);
        assertThat(DesktopNotice.summary(List.of(n, d))).isEqualTo("阅卷申请：新申请 1 · 期限 0 · 留言 0\n网上立案：新申请 0 · 期限 1 · 留言 0");
    }
}
