package org.courtdesk.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.courtdesk.app.e2e.Workstation.eventually;
import static org.courtdesk.app.e2e.Workstation.waitUntil;
import static org.courtdesk.app.ui.UiTestSupport.onFx;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.app.outbox.Outbox;
import org.courtdesk.app.outbox.OutboxEntry;
import org.courtdesk.app.ui.main.MainWindow;
import org.courtdesk.app.ui.reading.QueueColumn;
import org.courtdesk.app.ui.reading.StatusFilter;
import org.courtdesk.app.workspace.ReadingQueueRow;
import org.courtdesk.app.workspace.SyncStatus;
import org.courtdesk.app.workspace.WorkspaceListener;
import org.courtdesk.model.api.ReadingRequestView;
import org.courtdesk.model.api.ReviewDecision;
import org.courtdesk.model.reading.ReviewOpinion;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestStatus;

/**
 * The workstation end to end: the real app (login screen, main window, encrypted cache, outbox, background sync)
 * against the real companion server with the demo court, driven with the mouse and keyboard under headless Monocle.
 * One demo seed per class; every test starts the app afresh with its own app-data folder.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkstationE2eTest {

    static DemoCourt court;

    @TempDir
    Path home;
    Workstation app;

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

    @BeforeEach
    void startApp() throws Exception {
        if (!court.running()) {
            court.startAgain();
        }
        app = Workstation.start(home, court.baseUrl());
    }

    @AfterEach
    void quitApp() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    /** Logged in, synced, and on the 阅卷 queue (the day starts on 今日到期 when filings are due: not this test's). */
    private MainWindow loginAsJudge() {
        MainWindow main = app.login(DemoCourt.JUDGE, DemoCourt.PASSWORD);
        app.awaitFirstSync();
        app.showQueue("tab-reading");
        return main;
    }

    // ------------------------------------------------------------------ 1. login, the queue, the tab title

    @Test
    @Order(1)
    void judgeLogsInThroughTheLoginScreenAndSeesThePendingQueueWithItsCountInTheTab() {
        long pending = court.countOf(DemoCourt.JUDGE, RequestStatus.PENDING_REVIEW);
        int total = court.requestsOf(DemoCourt.JUDGE).size();
        assertThat(pending).as("the demo court gives judge.chen work").isPositive();
        System.out.printf("e2e: judge.chen has %d requests, %d pending%n", total, pending);
        assertThat(total).isGreaterThan((int) pending);

        MainWindow main = loginAsJudge();

        waitUntil("the tab title with the count", () -> main.queueTab(RequestKind.CASE_FILE_READING).orElseThrow()
                .getText().equals("阅卷申请（" + pending + "）"));
        List<ReadingQueueRow> rows = app.rows();
        assertThat(rows).hasSize((int) pending).allMatch(r -> r.status() == RequestStatus.PENDING_REVIEW);
        assertThat(rows).extracting(ReadingQueueRow::id).containsExactlyInAnyOrderElementsOf(court.requestsOf(DemoCourt.JUDGE)
                .stream().filter(r -> r.status() == RequestStatus.PENDING_REVIEW).map(ReadingRequestView::id).toList());
        assertThat(rows).extracting(ReadingQueueRow::submittedAt).isSortedAccordingTo(Comparator.naturalOrder());
        assertThat(app.text("#queue-count")).isEqualTo("显示 " + pending + " 条 / 共 " + total + " 条");
        assertThat(app.text("#status-online")).isEqualTo("在线");
        assertThat(app.text("#status-pending")).isEqualTo("待上传：0");
        assertThat(app.text("#status-last-sync")).startsWith("上次同步：");
        assertThat(onFx(() -> app.stage().getTitle())).isEqualTo("法官工作台 — 陈志明");
    }

    // ------------------------------------------------------------------ 2. filter and sort

    @Test
    @Order(2)
    void filtersByStatusAndTypedCaseNumberAndSortsByClickedColumn() {
        List<ReadingRequestView> all = court.requestsOf(DemoCourt.JUDGE);
        List<Long> rejected = all.stream().filter(r -> r.status() == RequestStatus.REJECTED).map(ReadingRequestView::id).toList();
        assertThat(rejected).isNotEmpty();
        loginAsJudge();

        chooseStatus("全部");
        waitUntil("all rows", () -> app.reading().model().settled() && app.table().getItems().size() == all.size());
        assertThat(app.text("#queue-count")).isEqualTo("显示 " + all.size() + " 条 / 共 " + all.size() + " 条");

        chooseStatus("审查不通过");
        waitUntil("the refused rows", () -> app.reading().model().settled() && app.table().getItems().size() == rejected.size());
        assertThat(app.rows()).extracting(ReadingQueueRow::id).containsExactlyInAnyOrderElementsOf(rejected);

        chooseStatus("全部");
        // Sort by 申请日期: one click ascending, a second descending.
        clickHeader(QueueColumn.APPLICATION_DATE);
        waitUntil("ascending dates", () -> sortedBy(app.table().getItems(), Comparator.naturalOrder()));
        List<ReadingQueueRow> ascending = app.rows();
        assertThat(ascending).hasSize(all.size());
        clickHeader(QueueColumn.APPLICATION_DATE);
        waitUntil("descending dates", () -> sortedBy(app.table().getItems(), Comparator.reverseOrder()));
        List<ReadingQueueRow> descending = app.rows();
        assertThat(descending.get(0).applicationDate()).isAfter(ascending.get(0).applicationDate());
        assertThat(descending.get(0).applicationDate()).isEqualTo(ascending.get(ascending.size() - 1).applicationDate());

        // Type to filter (Ctrl+F), half-width parentheses although the court writes （）: first the year, then the number.
        ReadingRequestView target = all.stream().filter(r -> r.caseNumber().startsWith("（")).findFirst().orElseThrow();
        String typed = target.caseNumber().replace('（', '(').replace('）', ')');
        String year = typed.substring(0, typed.indexOf(')') + 1);
        List<Long> ofYear = all.stream().filter(r -> r.caseNumber().contains(year.replace('(', '（').replace(')', '）')))
                .map(ReadingRequestView::id).toList();
        assertThat(ofYear.size()).isLessThan(all.size());
        app.robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        app.robot.write(year);
        waitUntil("rows of " + year, () -> app.reading().model().settled() && app.table().getItems().size() == ofYear.size());
        List<ReadingQueueRow> yearRows = app.rows();
        assertThat(yearRows).extracting(ReadingQueueRow::id).containsExactlyInAnyOrderElementsOf(ofYear);
        assertThat(yearRows).extracting(ReadingQueueRow::applicationDate).isSortedAccordingTo(Comparator.reverseOrder());

        app.robot.write(typed.substring(year.length()));
        List<Long> ofCase = all.stream().filter(r -> r.caseNumber().equals(target.caseNumber())).map(ReadingRequestView::id).toList();
        waitUntil("rows of " + typed, () -> app.reading().model().settled() && app.table().getItems().size() == ofCase.size());
        assertThat(app.rows()).extracting(ReadingQueueRow::id).containsExactlyInAnyOrderElementsOf(ofCase);
        assertThat(app.text("#queue-count")).isEqualTo("显示 " + ofCase.size() + " 条 / 共 " + all.size() + " 条");
    }

    private static boolean sortedBy(List<ReadingQueueRow> rows, Comparator<LocalDate> order) {
        for (int i = 1; i < rows.size(); i++) {
            if (order.compare(rows.get(i - 1).applicationDate(), rows.get(i).applicationDate()) > 0) {
                return false;
            }
        }
        return rows.size() > 1;
    }

    /** Opens the 状态 drop-down and clicks the entry. */
    private void chooseStatus(String label) {
        ComboBox<?> combo = app.robot.lookup("#filter-status").queryAs(ComboBox.class);
        app.robot.clickOn(combo);
        // an entry of the open list (the 同步 box beside it shows 全部 too)
        java.util.function.Predicate<ListCell<?>> entry = c -> label.equals(c.getText()) && c.getScene() != null
                && c.getScene().getWindow() instanceof javafx.stage.PopupWindow;
        waitUntil("the drop-down", () -> combo.isShowing() && app.robot.lookup(".list-cell")
                .match((ListCell<?> c) -> entry.test(c) && c.isVisible()).tryQuery().isPresent());
        ListCell<?> cell = app.robot.lookup(".list-cell").match((ListCell<?> c) -> entry.test(c)).query();
        app.robot.clickOn(cell);
        waitUntil("status " + label, () -> !combo.isShowing() && combo.getValue() != null
                && label.equals(Messages.get(((StatusFilter) combo.getValue()).key())) && app.reading().model().settled());
    }

    private void clickHeader(QueueColumn column) {
        TableColumnHeader header = app.robot.lookup(".column-header")
                .match((TableColumnHeader h) -> h.getTableColumn() != null
                        && ("col-" + column.name().toLowerCase()).equals(h.getTableColumn().getId()))
                .query();
        app.robot.clickOn(header);
    }

    // ------------------------------------------------------------------ 3. approve online, seen by the applicant

    @Test
    @Order(3)
    void approvalOnlineWithAValidityDateIsSavedThenSyncedAndTheApplicantSeesIt() {
        ReadingRequestView request = court.untouchedPending(DemoCourt.JUDGE, true).get(0);
        LocalDate validUntil = court.today().plusDays(10);
        int feedBefore = court.feedEntries(request.id());
        loginAsJudge();
        List<Integer> pendingSeen = recordPendingUploads();
        List<String> notices = recordNotices();

        openByKeyboard(request);
        app.robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT1).release(KeyCode.CONTROL); // 同意
        waitUntil("the online validity field", () -> app.robot.lookup("#review-valid-until").query().isVisible());
        app.robot.clickOn("#review-valid-until .text-field");
        app.robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        app.robot.write(validUntil.toString()).type(KeyCode.ENTER);
        waitUntil("the typed date", () -> validUntil.equals(app.reading().formModel().validUntilProperty().get()));
        app.robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL); // 保存

        eventually("the approval on the server", () -> court.request(request.id()).status() == RequestStatus.APPROVED);
        waitUntil("synced", () -> app.workspace().syncStatus().pendingUploads() == 0 && !pendingSeen.isEmpty()
                && pendingSeen.get(pendingSeen.size() - 1) == 0);
        assertThat(pendingSeen).as("待上传 1, then 0").containsSubsequence(1, 0);
        assertThat(notices).contains("已保存，待同步");

        ReadingRequestView onServer = court.request(request.id());
        assertThat(onServer.review().opinion()).isEqualTo(ReviewOpinion.AGREE);
        assertThat(onServer.review().mode()).isEqualTo(org.courtdesk.model.reading.ReadingMode.ONLINE);
        assertThat(onServer.review().validUntil()).isEqualTo(validUntil);
        assertThat(onServer.review().reviewer()).isEqualTo("陈志明");
        assertThat(court.decisions(request.id())).isEqualTo(1);
        assertThat(court.feedEntries(request.id())).isEqualTo(feedBefore + 1);

        // The app shows the server's answer: 审查通过, no longer 待同步, in the queue and in the detail.
        waitUntil("the synced row", () -> app.reading().model().row(request.id())
                .filter(r -> r.status() == RequestStatus.APPROVED && r.syncState() == ReadingQueueRow.SyncState.SYNCED)
                .isPresent());
        waitUntil("the synced detail", () -> "审查通过".equals(((Label) app.robot.lookup("#detail-status").query()).getText())
                && app.robot.lookup(".chip-pending").tryQuery().isEmpty());
        assertThat(app.text("#status-pending")).isEqualTo("待上传：0");
        assertThat(app.workspace().cache().read(Outbox::all)).isEmpty();

        ReadingRequestView seen = asApplicant(request);
        assertThat(seen.status()).isEqualTo(RequestStatus.APPROVED);
        assertThat(seen.review().validUntil()).isEqualTo(validUntil);
        assertThat(seen.review().explanation()).isEqualTo("申请符合法律规定，予以同意。");
    }

    // ------------------------------------------------------------------ 4. refuse with an explanation

    @Test
    @Order(4)
    void refusalWithAnExplanationReachesTheServer() {
        ReadingRequestView request = court.untouchedPending(DemoCourt.JUDGE, false).get(0);
        String why = "申请人未提交当事人授权委托书原件，请补充后重新申请";
        loginAsJudge();

        openByKeyboard(request);
        app.robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL); // 不同意: focus in 审查意见说明
        app.robot.write(why);
        app.robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);

        eventually("the refusal on the server", () -> court.request(request.id()).status() == RequestStatus.REJECTED);
        ReadingRequestView onServer = court.request(request.id());
        assertThat(onServer.review().opinion()).isEqualTo(ReviewOpinion.DISAGREE);
        assertThat(onServer.review().explanation()).isEqualTo(why);
        assertThat(onServer.review().mode()).isNull();
        assertThat(onServer.review().validUntil()).isNull();
        assertThat(court.decisions(request.id())).isEqualTo(1);

        ReadingRequestView seen = asApplicant(request);
        assertThat(seen.status()).isEqualTo(RequestStatus.REJECTED);
        assertThat(seen.review().explanation()).isEqualTo(why);
        waitUntil("synced", () -> app.workspace().syncStatus().pendingUploads() == 0);
    }

    // ------------------------------------------------------------------ 5. offline, then the server is back

    @Test
    @Order(5)
    void aDecisionMadeWhileTheServerIsDownIsUploadedOnceWhenItIsBack() throws Exception {
        ReadingRequestView request = court.untouchedPending(DemoCourt.JUDGE, false).get(0);
        String why = "该案卷宗正在整理，暂不能查阅";
        int feedBefore = court.feedEntries(request.id());
        loginAsJudge();

        court.stop();
        openByKeyboard(request);
        app.robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        app.robot.write(why);
        app.robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);

        waitUntil("offline with one decision waiting", () -> "离线".equals(app.text("#status-online"))
                && "待上传：1".equals(app.text("#status-pending")));
        assertThat(app.robot.lookup("#offline-banner").query().isVisible()).isTrue();
        List<OutboxEntry> waiting = app.workspace().cache().read(Outbox::all);
        assertThat(waiting).singleElement().satisfies(e -> {
            assertThat(e.request().id()).isEqualTo(request.id());
            // tried, but the court is down: no connection was made, so it never reached the server and stays untried
            // (the judge may still change or withdraw it); the failure is noted
            assertThat(e.attempts()).isZero();
            assertThat(e.lastError()).isNotBlank();
        });
        assertThat(app.workspace().readingQueue()).filteredOn(r -> r.id() == request.id()).singleElement()
                .satisfies(r -> {
                    assertThat(r.status()).isEqualTo(RequestStatus.REJECTED);
                    assertThat(r.syncState()).isEqualTo(ReadingQueueRow.SyncState.PENDING);
                });

        court.startAgain(); // same data folder, same port
        waitUntil("online and uploaded", () -> "在线".equals(app.text("#status-online"))
                && "待上传：0".equals(app.text("#status-pending")));

        ReadingRequestView onServer = court.request(request.id());
        assertThat(onServer.status()).isEqualTo(RequestStatus.REJECTED);
        assertThat(onServer.review().explanation()).isEqualTo(why);
        assertThat(court.decisions(request.id())).isEqualTo(1);
        assertThat(court.decisionKeys(request.id())).containsExactly(waiting.get(0).idempotencyKey().toString());
        assertThat(court.feedEntries(request.id())).isEqualTo(feedBefore + 1);
        assertThat(app.workspace().cache().read(Outbox::all)).isEmpty();
        assertThat(app.robot.lookup("#offline-banner").query().isVisible()).isFalse();
    }

    // ------------------------------------------------------------------ 6. decided elsewhere meanwhile: the conflict

    @Test
    @Order(6)
    void aDecisionMadeElsewhereMeanwhileShowsTheConflictAndNothingIsOverwritten() {
        ReadingRequestView request = court.untouchedPending(DemoCourt.JUDGE, true).get(0);
        loginAsJudge();
        assertThat(app.workspace().readingRequest(request.id())).get()
                .extracting(ReadingRequestView::status).isEqualTo(RequestStatus.PENDING_REVIEW);

        // 王晓琳, the clerk, refuses it from her own desk after the judge's workstation pulled it.
        String clerkWhy = "授权委托书未载明阅卷权限，不予准许";
        CourtHttp clerk = CourtHttp.login(court.baseUrl(), DemoCourt.CLERK, DemoCourt.PASSWORD);
        long version = clerk.get("/api/v1/judge/reading-requests/" + request.id()).as(ReadingRequestView.class).version();
        ReviewDecision clerkDecision = new ReviewDecision(UUID.randomUUID(), version, ReviewOpinion.DISAGREE, clerkWhy,
                null, null, null, null, null);
        assertThat(clerk.post("/api/v1/judge/reading-requests/" + request.id() + "/decision", clerkDecision).status())
                .isEqualTo(200);

        // The judge, still looking at 待审查, approves.
        openByKeyboard(request);
        app.robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT1).release(KeyCode.CONTROL);
        app.robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);

        waitUntil("the conflict", () -> app.workspace().syncStatus().conflicts() == 1
                && "冲突：1".equals(app.text("#status-conflicts")));
        // the conflict dialog opens by itself when the 409 arrives (issue 13)
        waitUntil("the conflict dialog", () -> app.robot.lookup("#conflict-grid").tryQuery().isPresent());

        List<String> server = texts(".conflict-server");
        List<String> mine = texts(".conflict-mine");
        assertThat(server).contains("审查不通过", "王晓琳", clerkWhy);
        assertThat(mine).contains("审查通过", "我", "申请符合法律规定，予以同意。");
        assertThat(mine).doesNotContain(clerkWhy);
        assertThat(onFx(() -> app.robot.lookup("#conflict-decide-again").query().isDisabled()))
                .as("a refused request cannot be decided again").isTrue();
        app.robot.clickOn("#conflict-later");
        waitUntil("the dialog closed", () -> app.robot.lookup("#conflict-grid").tryQuery().isEmpty());

        // Nothing overwritten: the server keeps the clerk's decision, the judge's draft stays for the judge.
        ReadingRequestView onServer = court.request(request.id());
        assertThat(onServer.status()).isEqualTo(RequestStatus.REJECTED);
        assertThat(onServer.review().explanation()).isEqualTo(clerkWhy);
        assertThat(court.decisions(request.id())).isEqualTo(1);
        assertThat(court.decisionKeys(request.id())).containsExactly(clerkDecision.idempotencyKey().toString());
        assertThat(app.workspace().conflicts()).singleElement().satisfies(c -> {
            assertThat(c.requestId()).isEqualTo(request.id());
            assertThat(c.mine().decision().opinion()).isEqualTo(ReviewOpinion.AGREE);
            assertThat(c.current().review().explanation()).isEqualTo(clerkWhy);
        });
    }

    private List<String> texts(String styleClass) {
        return onFx(() -> app.robot.lookup(styleClass).queryAllAs(Label.class).stream().map(Label::getText).toList());
    }

    // ------------------------------------------------------------------ 7. killed right after "saved"

    @Test
    @Order(7)
    void aDecisionSavedByAWorkstationKilledRightAfterSavingIsUploadedOnceAfterTheRestart() throws Exception {
        ReadingRequestView request = court.untouchedPending(DemoCourt.JUDGE, false).get(0);
        String why = "申请人并非本案当事人的诉讼代理人";
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), CrashAfterSave.class.getName(),
                home.toString(), court.baseUrl(), DemoCourt.JUDGE, DemoCourt.PASSWORD, Long.toString(request.id()), why)
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isEqualTo(3);
        String key = out.lines().filter(l -> l.startsWith("SAVED ")).findFirst().orElseThrow(() -> new AssertionError(out))
                .substring("SAVED ".length()).trim();
        assertThat(court.decisions(request.id())).as("nothing left the killed workstation").isZero();
        assertThat(court.request(request.id()).status()).isEqualTo(RequestStatus.PENDING_REVIEW);

        // The judge starts the workstation again on the same computer account and logs in.
        app.login(DemoCourt.JUDGE, DemoCourt.PASSWORD);
        eventually("the upload", () -> court.request(request.id()).status() == RequestStatus.REJECTED);
        waitUntil("nothing waiting", () -> app.workspace().syncStatus().pendingUploads() == 0
                && "待上传：0".equals(app.text("#status-pending")));
        assertThat(court.decisions(request.id())).isEqualTo(1);
        assertThat(court.decisionKeys(request.id())).containsExactly(key);
        assertThat(court.request(request.id()).review().explanation()).isEqualTo(why);
        assertThat(app.workspace().cache().read(Outbox::all)).isEmpty();
        waitUntil("the refused row", () -> app.reading().model().row(request.id())
                .filter(r -> r.status() == RequestStatus.REJECTED && r.syncState() == ReadingQueueRow.SyncState.SYNCED)
                .isPresent());
    }

    // ------------------------------------------------------------------ helpers

    /** Ctrl+F, the case number (half-width parentheses), Esc to the table, J down to the row, Enter to the decision. */
    private void openByKeyboard(ReadingRequestView request) {
        app.robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        app.robot.write(request.caseNumber().replace('（', '(').replace('）', ')'));
        waitUntil("the rows of " + request.caseNumber(), () -> app.reading().model().settled()
                && !app.table().getItems().isEmpty()
                && app.table().getItems().stream().allMatch(r -> r.caseNumber().equals(request.caseNumber()))
                && app.table().getItems().stream().anyMatch(r -> r.id() == request.id()));
        List<ReadingQueueRow> rows = app.rows();
        int index = rows.indexOf(rows.stream().filter(r -> r.id() == request.id()).findFirst().orElseThrow());
        app.robot.type(KeyCode.ESCAPE);
        for (int i = 0; i <= index; i++) {
            app.robot.type(KeyCode.J);
        }
        waitUntil("the detail of " + request.id(), () -> app.reading().shownId() == request.id()
                && app.reading().formModel().request() != null && app.reading().formModel().request().id() == request.id()
                && app.reading().formModel().editableProperty().get());
        app.robot.type(KeyCode.ENTER);
    }

    /** The status bar's "decisions awaiting upload" as it changes. */
    private List<Integer> recordPendingUploads() {
        List<Integer> seen = new CopyOnWriteArrayList<>();
        app.workspace().addListener(new WorkspaceListener() {
            @Override
            public void requestsChanged(Set<Long> ids) {
            }

            @Override
            public void statusChanged(SyncStatus s) {
                if (seen.isEmpty() || seen.get(seen.size() - 1) != s.pendingUploads()) {
                    seen.add(s.pendingUploads());
                }
            }
        });
        return seen;
    }

    /** The review form's notices as they change. */
    private List<String> recordNotices() {
        List<String> seen = new CopyOnWriteArrayList<>();
        onFx(() -> {
            app.reading().formModel().noticeProperty().addListener((o, a, b) -> seen.add(b));
            return null;
        });
        return seen;
    }

    /** The applicant's own view: {@code POST /auth/login} as the request's applicant, {@code GET /reading-requests/{id}}. */
    private ReadingRequestView asApplicant(ReadingRequestView request) {
        CourtHttp applicant = CourtHttp.login(court.baseUrl(), court.username(request.applicantId()), DemoCourt.PASSWORD);
        return applicant.get("/api/v1/reading-requests/" + request.id()).as(ReadingRequestView.class);
    }
}
