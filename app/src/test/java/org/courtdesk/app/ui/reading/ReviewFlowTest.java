package org.courtdesk.app.ui.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.courtdesk.app.ui.UiTestSupport.onFx;
import static org.courtdesk.app.ui.UiTestSupport.waitUntil;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.app.ui.FakeWorkspace;
import org.courtdesk.app.ui.Samples;
import org.courtdesk.app.ui.UiTestSupport;
import org.courtdesk.app.ui.main.MainWindow;
import org.courtdesk.app.workspace.ReadingQueueRow;
import org.courtdesk.model.api.ReadingRequestView;
import org.courtdesk.model.api.ReviewDecision;
import org.courtdesk.model.api.ReviewInfo;
import org.courtdesk.model.request.RequestStatus;
import org.courtdesk.model.reading.ReadingMode;
import org.courtdesk.model.reading.ReadingRules;
import org.courtdesk.model.reading.ReviewOpinion;
import org.courtdesk.model.request.RequestStatus;

/** The judge decides from the keyboard; the review form validates with the shared rules. */
@ExtendWith(ApplicationExtension.class)
class ReviewFlowTest {

    private FakeWorkspace ws;
    private MainWindow main;

    @Start
    void start(Stage stage) {
        Messages.use(Messages.CHINESE);
        ws = Samples.workspace();
        main = new MainWindow(ws, Samples.CLOCK);
        UiTestSupport.show(stage, main, 1280, 800);
    }

    @SuppressWarnings("unchecked")
    private TableView<ReadingQueueRow> table(FxRobot robot) {
        return robot.from(main).lookup("#queue-table").queryAs(TableView.class);
    }

    private void waitForRows(FxRobot robot) {
        waitUntil(() -> table(robot).getItems().size() == 6 && main.reading().model().settled());
    }

    private void selectFirstRowByKeyboard(FxRobot robot) {
        waitForRows(robot);
        onFx(() -> {
            table(robot).requestFocus();
            return null;
        });
        robot.type(KeyCode.J); // no selection yet: J selects the first (oldest) row
        waitUntil(() -> main.reading().shownId() == 1L && main.reading().formModel().request() != null
                && main.reading().formModel().request().id() == 1L);
    }

    @Test
    void keyboardOnlyApprovalSavesTheRightDecision(FxRobot robot) throws Exception {
        selectFirstRowByKeyboard(robot);
        robot.type(KeyCode.J); // second oldest: id 2
        waitUntil(() -> main.reading().formModel().request() != null && main.reading().formModel().request().id() == 2L);
        robot.type(KeyCode.ENTER);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT1).release(KeyCode.CONTROL);
        waitUntil(() -> main.reading().formModel().opinionProperty().get() == ReviewOpinion.AGREE);
        UiTestSupport.snapshot(main, "main-review-form");
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        waitUntil(() -> ws.saved.size() == 1);

        ReviewDecision d = ws.saved.get(0);
        assertThat(ws.savedIds).containsExactly(2L);
        assertThat(d.opinion()).isEqualTo(ReviewOpinion.AGREE);
        assertThat(d.mode()).isEqualTo(ReadingMode.ONLINE);
        assertThat(d.validUntil()).isEqualTo(Samples.TODAY.plusDays(ReadingRules.DEFAULT_ONLINE_VALIDITY_DAYS));
        assertThat(d.explanation()).isEqualTo("申请符合法律规定，予以同意。");
        assertThat(d.baseVersion()).isEqualTo(3);
        assertThat(d.idempotencyKey()).isNotNull();
        assertThat(d.onSiteStart()).isNull();

        Label notice = robot.from(main).lookup("#review-notice").queryAs(Label.class);
        waitUntil(() -> "已保存，待同步".equals(notice.getText()));
        // The queue shows the pending decision once the workspace reports it: 审查通过 · 待同步.
        onFx(() -> {
            main.reading().model().queryProperty().set(QueueQuery.DEFAULT.withStatus(StatusFilter.ALL));
            return null;
        });
        waitUntil(() -> table(robot).getItems().stream().anyMatch(r -> r.id() == 2L
                && r.syncState() == ReadingQueueRow.SyncState.PENDING));
        UiTestSupport.snapshot(main, "main-after-save");
    }

    @Test
    void confirmedUploadReplacesThePendingMarkWithTheServersState(FxRobot robot) {
        selectFirstRowByKeyboard(robot);
        robot.type(KeyCode.ENTER);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT1).release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        waitUntil(() -> ws.saved.size() == 1);
        Label notice = robot.from(main).lookup("#review-notice").queryAs(Label.class);
        waitUntil(() -> "已保存，待同步".equals(notice.getText()));

        // The sync service uploads it and stores the server's answer: the detail must show that, not 待同步.
        ReviewDecision d = ws.saved.get(0);
        ReadingRequestView before = ws.views.get(1L);
        ReadingRequestView approved = new ReadingRequestView(before.id(), before.applicationNo(), before.caseNumber(),
                before.caseTitle(), before.courtCode(), before.courtName(), before.applicantId(),
                before.applicantName(), before.applicantRole(), before.applicationDate(), before.submittedAt(),
                before.content(), before.reason(), before.requestedMode(), before.caseDigitised(),
                RequestStatus.APPROVED, before.version() + 1, before.judgeName(),
                new ReviewInfo("张法官", Samples.TODAY, ReviewOpinion.AGREE, d.explanation(), d.mode(), d.validUntil(),
                        null, null, null),
                null, before.materials(), before.audit());
        onFx(() -> {
            ws.confirmUpload(approved);
            return null;
        });
        waitUntil(() -> main.reading().formModel().request() != null
                && main.reading().formModel().request().status() == RequestStatus.APPROVED
                && notice.getText().isEmpty());
        assertThat(robot.from(main).lookup("#review-locked").queryAs(Label.class).getText())
                .isEqualTo("当前状态为“审查通过”，不能再作审查决定");
    }

    @Test
    void refusalNeedsAnExplanationAndNothingIsSavedWithoutIt(FxRobot robot) {
        selectFirstRowByKeyboard(robot);
        robot.type(KeyCode.ENTER);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        // The rule's message sits under its field (issue 13), not in a list at the bottom.
        Label under = robot.from(main).lookup("#review-explanation-message").queryAs(Label.class);
        waitUntil(under::isVisible);
        assertThat(under.getText()).isEqualTo("请填写审查意见说明");
        assertThat(robot.from(main).lookup("#review-errors").query().isVisible()).isFalse();
        assertThat(ws.saved).isEmpty();

        // The focus is in the explanation after Ctrl+2: type the reason (the message goes) and save.
        robot.write("申请人非本案当事人或其代理律师");
        waitUntil(() -> !under.isVisible());
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        waitUntil(() -> ws.saved.size() == 1);
        ReviewDecision d = ws.saved.get(0);
        assertThat(d.opinion()).isEqualTo(ReviewOpinion.DISAGREE);
        assertThat(d.explanation()).isEqualTo("申请人非本案当事人或其代理律师");
        assertThat(d.mode()).isNull();
        assertThat(d.validUntil()).isNull();
        assertThat(under.isVisible()).isFalse();
    }

    @Test
    void invalidDatesAreRefusedInChineseAndNotSaved(FxRobot robot) throws Exception {
        selectFirstRowByKeyboard(robot);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT1).release(KeyCode.CONTROL);
        onFx(() -> {
            main.reading().formModel().validUntilProperty().set(Samples.TODAY.plusDays(200));
            return null;
        });
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        Label validMessage = robot.from(main).lookup("#review-valid-until-message").queryAs(Label.class);
        waitUntil(validMessage::isVisible);
        assertThat(validMessage.getText()).isEqualTo("有效截止日期须在今天至九十天之内");
        assertThat(robot.from(main).lookup("#review-valid-until").query().getPseudoClassStates())
                .contains(javafx.css.PseudoClass.getPseudoClass("invalid"));
        UiTestSupport.snapshot(main, "main-validation");

        onFx(() -> {
            main.reading().formModel().modeProperty().set(ReadingMode.ON_SITE);
            main.reading().formModel().onSiteStartProperty().set(Samples.TODAY.plusDays(3));
            main.reading().formModel().onSiteEndProperty().set(Samples.TODAY.plusDays(1));
            return null;
        });
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        Label windowMessage = robot.from(main).lookup("#review-onsite-start-message").queryAs(Label.class);
        waitUntil(() -> windowMessage.isVisible() && windowMessage.getText().startsWith("现场阅卷时间段不正确"));
        assertThat(ws.saved).isEmpty();
    }

    /** What the judge typed is what is saved (issue 13): a date typed and saved with Ctrl+S without leaving the field. */
    @Test
    void aDateTypedJustBeforeCtrlSIsTheDateSavedAndTextThatIsNoDateIsRefused(FxRobot robot) throws Exception {
        selectFirstRowByKeyboard(robot);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT1).release(KeyCode.CONTROL);
        waitUntil(() -> main.reading().formModel().validUntilProperty().get() != null);
        javafx.scene.control.DatePicker field = robot.from(main).lookup("#review-valid-until").queryAs(javafx.scene.control.DatePicker.class);
        java.time.LocalDate typed = Samples.TODAY.plusDays(30);

        // Not a date: said in the form, nothing saved, the committed date untouched.
        onFx(() -> {
            field.getEditor().requestFocus();
            field.getEditor().setText("2027-13-45");
            return null;
        });
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        Label under = robot.from(main).lookup("#review-valid-until-message").queryAs(Label.class);
        waitUntil(under::isVisible);
        assertThat(under.getText()).isEqualTo("有效截止日期“2027-13-45”不是日期，请按 yyyy-mm-dd 填写，例如 2026-12-20");
        assertThat(ws.saved).isEmpty();
        // the committed date was not replaced by the text, nor emptied
        assertThat(main.reading().formModel().validUntilProperty().get()).isNotNull();
        UiTestSupport.snapshot(main, "review-typed-date-refused");

        // A date committed, then another typed and saved without leaving the field: the typed one is saved.
        onFx(() -> {
            field.getEditor().setText(Samples.TODAY.plusDays(20).toString());
            field.setValue(Samples.TODAY.plusDays(20));
            return null;
        });
        waitUntil(() -> !under.isVisible());

        onFx(() -> {
            field.getEditor().requestFocus();
            field.getEditor().setText(typed.toString());
            return null;
        });
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        waitUntil(() -> ws.saved.size() == 1);
        assertThat(ws.saved.get(0).validUntil()).isEqualTo(typed);
    }

    @Test
    void notDigitisedCaseCannotBeApprovedOnline(FxRobot robot) {
        selectFirstRowByKeyboard(robot);
        robot.type(KeyCode.J).type(KeyCode.J); // id 3: not digitised
        waitUntil(() -> main.reading().formModel().request() != null && main.reading().formModel().request().id() == 3L);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT1).release(KeyCode.CONTROL);
        waitUntil(() -> main.reading().formModel().modeProperty().get() == ReadingMode.ON_SITE);
        onFx(() -> {
            main.reading().formModel().modeProperty().set(ReadingMode.ONLINE);
            return null;
        });
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        VBox errors = robot.from(main).lookup("#review-errors").queryAs(VBox.class);
        waitUntil(errors::isVisible);
        assertThat(errors.getChildren()).extracting(n -> ((Label) n).getText())
                .contains("该案件卷宗未电子化，不能在线阅卷，请选择“现场阅卷”");
        assertThat(ws.saved).isEmpty();
    }

    /** The visible cell of a column in the first row. */
    private static TableCell<?, ?> firstRowCell(TableView<ReadingQueueRow> table, String columnId) {
        return onFx(() -> table.lookupAll(".table-cell").stream()
                .filter(n -> n instanceof TableCell<?, ?> c && c.getIndex() == 0 && c.getTableColumn() != null
                        && columnId.equals(c.getTableColumn().getId()))
                .map(n -> (TableCell<?, ?>) n).findFirst().orElseThrow());
    }

    @Test
    void aRequestApprovedOnSiteInsteadOfOnlineShowsTheGrantedModeAndIsFoundByItsApplicationNumber(FxRobot robot)
            throws Exception {
        selectFirstRowByKeyboard(robot);
        robot.type(KeyCode.J).type(KeyCode.J); // id 3: asked online, never scanned
        waitUntil(() -> main.reading().formModel().request() != null && main.reading().formModel().request().id() == 3L);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT1).release(KeyCode.CONTROL);
        waitUntil(() -> main.reading().formModel().modeProperty().get() == ReadingMode.ON_SITE);
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        waitUntil(() -> ws.saved.size() == 1);
        assertThat(ws.saved.get(0).mode()).isEqualTo(ReadingMode.ON_SITE);
        onFx(() -> {
            main.reading().model().queryProperty().set(QueueQuery.DEFAULT.withStatus(StatusFilter.ALL));
            return null;
        });

        // Ctrl+F, the 申请编号 the applicant quotes: only that request
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        waitUntil(() -> robot.from(main).lookup("#filter-case").query().isFocused());
        robot.write("yj2022000003");
        TableView<ReadingQueueRow> table = table(robot);
        waitUntil(() -> main.reading().model().settled() && table.getItems().size() == 1
                && table.getItems().get(0).id() == 3L
                && table.getItems().get(0).syncState() == ReadingQueueRow.SyncState.PENDING);

        // 查阅方式 shows what the judge granted, styled as changed; the tooltip says both
        TableCell<?, ?> mode = firstRowCell(table, "col-mode");
        waitUntil(() -> "现场阅卷".equals(mode.getText()));
        assertThat(mode.getPseudoClassStates()).extracting(Object::toString).contains("mode-changed");
        assertThat(mode.getTooltip().getText()).isEqualTo("申请的查阅方式：在线阅卷；审查准予的阅卷方式：现场阅卷");
        UiTestSupport.snapshot(main, "main-granted-mode");
    }

    @Test
    void decidedRequestsHaveTheFormDisabled(FxRobot robot) throws Exception {
        waitForRows(robot);
        onFx(() -> {
            main.reading().model().queryProperty().set(QueueQuery.DEFAULT.withStatus(StatusFilter.APPROVED));
            return null;
        });
        waitUntil(() -> table(robot).getItems().size() == 1 && main.reading().model().settled());
        onFx(() -> {
            table(robot).requestFocus();
            return null;
        });
        robot.type(KeyCode.J);
        waitUntil(() -> main.reading().formModel().request() != null && main.reading().formModel().request().id() == 7L);
        assertThat(main.reading().formModel().editableProperty().get()).isFalse();
        Node save = robot.from(main).lookup("#review-save").query();
        assertThat(save.isDisabled()).isTrue();
        Label locked = robot.from(main).lookup("#review-locked").queryAs(Label.class);
        assertThat(locked.getText()).isEqualTo("当前状态为“审查通过”，不能再作审查决定");
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        assertThat(ws.saved).isEmpty();
        // Its history, oldest first: who did what.
        VBox audit = robot.from(main).lookup("#detail-audit").queryAs(VBox.class);
        assertThat(robot.from(audit).lookup(".audit-action").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("金家慧  提交申请", "中欣  审查通过", "中欣  记录到场情况");
        UiTestSupport.snapshot(audit, "detail-history");
    }

    /** 撤回 (issue 13): a decision saved and not yet uploaded is withdrawn; the form shows it again, editable. */
    @Test
    void aSavedDecisionNotYetUploadedIsWithdrawnAndComesBackToTheForm(FxRobot robot) {
        selectFirstRowByKeyboard(robot);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT1).release(KeyCode.CONTROL);
        waitUntil(() -> main.reading().formModel().opinionProperty().get() == ReviewOpinion.AGREE);
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        waitUntil(() -> ws.saved.size() == 1 && ws.pending.containsKey(1L));
        // found in this test's window only: robot.lookup searched every window, and a window another test left open
        // with a decision of its own waiting (its 撤回 visible too) was found first and withdrew in that workspace
        javafx.scene.control.Button withdraw = robot.from(main).lookup("#review-withdraw").queryAs(javafx.scene.control.Button.class);
        waitUntil(() -> withdraw.isVisible() && !withdraw.isDisabled());
        onFx(() -> {
            withdraw.fire();
            return null;
        });
        waitUntil(() -> ws.withdrawn.contains(1L) && ws.pending.isEmpty());
        waitUntil(() -> main.reading().formModel().editableProperty().get()
                && main.reading().formModel().opinionProperty().get() == ReviewOpinion.AGREE);
        assertThat(withdraw.isVisible()).isFalse();
        assertThat(robot.from(main).lookup("#review-notice").queryAs(Label.class).getText()).isEqualTo("已撤回，未上传。可修改后重新保存。");
    }
}
