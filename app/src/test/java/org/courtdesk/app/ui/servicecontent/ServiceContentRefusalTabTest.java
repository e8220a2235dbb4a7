package org.courtdesk.app.ui.servicecontent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.courtdesk.app.ui.UiTestSupport.onFx;
import static org.courtdesk.app.ui.UiTestSupport.waitUntil;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;

import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.courtdesk.app.api.Json;
import org.courtdesk.app.i18n.Messages;
import org.courtdesk.app.outbox.OutboxState;
import org.courtdesk.app.ui.FakeWorkspace;
import org.courtdesk.app.ui.Samples;
import org.courtdesk.app.ui.UiTestSupport;
import org.courtdesk.app.ui.main.MainWindow;
import org.courtdesk.app.workspace.PendingAction;
import org.courtdesk.model.account.Role;
import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.api.UserInfo;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestRef;
import org.courtdesk.model.request.RequestStatus;
import org.courtdesk.model.servicecontent.ServiceContentCategory;
import org.courtdesk.model.servicecontent.ServiceContentCreate;
import org.courtdesk.model.servicecontent.ServiceContentForm;
import org.courtdesk.model.servicecontent.ServiceContentRules;
import org.courtdesk.model.servicecontent.ServiceContentSave;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Issue 12 in the 服务内容 tab: a new item the server refused (its body over the limit) is listed 被拒; selected, the
 * refusal bar says why (查看原因, Alt+V: the code's sentence and the server's words with both sizes), 修改后重发 (Alt+E)
 * opens the editor with what was sent and the body's size beside the limit, and 保存 replaces the refused entry in
 * place under its key — one entry, no second creation. A refused 保存 of an existing item is dropped with 放弃 pressed
 * twice (Alt+D). Snapshots of the list with the reason shown at 1280×800, Chinese and English, to
 * target/screenshots/service-content-refused-{zh,en}.png.
 */
@ExtendWith(ApplicationExtension.class)
class ServiceContentRefusalTabTest {

    static final String SERVER_DETAIL = "正文过长：去除不允许的内容后为 1.31 MB，至多 1.00 MB；请删减内容或图片";

    private FakeWorkspace ws;
    private MainWindow main;
    private Stage stage;
    private PendingAction refusedCreation;
    private PendingAction refusedSave;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        org.courtdesk.app.ui.Theme.init();
        Messages.use(Messages.CHINESE);
        ws = new FakeWorkspace(Samples.CLOCK) {
            @Override
            public UserInfo user() {
                return new UserInfo(7, "zhangfg", "张法官", Role.JUDGE, "粤0106", true);
            }
        };
        ws.kindViews.put(RequestRef.of(RequestKind.SERVICE_CONTENT, 1),
                ServiceContentTabTest.item(1, "网上申请阅卷操作指南", RequestStatus.PUBLISHED));
        ws.kindViews.put(RequestRef.of(RequestKind.SERVICE_CONTENT, 2),
                ServiceContentTabTest.item(2, "第三法庭设备检修期间庭审调整", RequestStatus.DRAFT));
        ServiceContentForm tooBig = new ServiceContentForm(ServiceContentCategory.GUIDE, "2027年诉讼服务指南（全文）", "粤0106",
                LocalDate.now(Samples.CLOCK), "<p>诉讼服务指南正文</p>");
        refusedCreation = new PendingAction(101, RequestRef.of(RequestKind.SERVICE_CONTENT, 0), ServiceContentOps.CREATE.name(),
                Json.write(new ServiceContentCreate(UUID.fromString("7d4f3c2a-1b0e-4e8f-9a6b-5c4d3e2f1a0b"), tooBig, true)),
                Samples.CLOCK.instant().minusSeconds(3_600), OutboxState.REFUSED, ErrorCode.SERVICE_CONTENT_BODY_TOO_LONG,
                SERVER_DETAIL, null);
        refusedSave = new PendingAction(102, RequestRef.of(RequestKind.SERVICE_CONTENT, 2), ServiceContentOps.SAVE.name(),
                Json.write(new ServiceContentSave(UUID.randomUUID(), 11, new ServiceContentForm(ServiceContentCategory.GUIDE,
                        "第三法庭设备检修期间庭审调整（改）", "粤0106", LocalDate.now(Samples.CLOCK), "<p>改过的正文</p>"), false)),
                Samples.CLOCK.instant().minusSeconds(1_800), OutboxState.CONFLICT, ErrorCode.VERSION_CONFLICT, null, null);
        ws.actions.add(refusedCreation);
        ws.actions.add(refusedSave);
        main = new MainWindow(ws, Samples.CLOCK);
        UiTestSupport.show(stage, main, 1280, 800);
    }

    private ServiceContentTab view() {
        return (ServiceContentTab) main.queue(RequestKind.SERVICE_CONTENT).orElseThrow();
    }

    private void showTabAndSelect(java.util.function.Predicate<ServiceContentRow> which) {
        onFx(() -> {
            main.tabs().getSelectionModel().select(main.queueTab(RequestKind.SERVICE_CONTENT).orElseThrow());
            return null;
        });
        waitUntil(() -> view().table().getItems().size() == 3 && view().list().settled());
        onFx(() -> {
            var items = view().table().getItems();
            for (int i = 0; i < items.size(); i++) {
                if (which.test(items.get(i))) {
                    view().table().getSelectionModel().clearAndSelect(i);
                }
            }
            view().table().requestFocus();
            return null;
        });
    }

    private String text(FxRobot robot, String id) {
        return onFx(() -> robot.lookup(id).queryAs(Label.class).getText());
    }

    @Test
    void aRefusedNewItemShowsWhyAndIsEditedAndResentInPlaceOnce(FxRobot robot) throws Exception {
        showTabAndSelect(ServiceContentRow::unconfirmed);
        waitUntil(() -> view().refusedBar().isVisible());
        assertThat(ServiceContentTab.statusText(view().table().getSelectionModel().getSelectedItem())).isEqualTo("已发布（被拒）");
        assertThat(text(robot, "#service-content-refused-headline")).isEqualTo("被拒：" + Messages.error(ErrorCode.SERVICE_CONTENT_BODY_TOO_LONG));

        // 查看原因 (Alt+V): the code's sentence, the server's words with both sizes, when it was saved
        robot.press(KeyCode.ALT).type(KeyCode.V).release(KeyCode.ALT);
        waitUntil(() -> robot.lookup("#service-content-refused-reason").query().isVisible());
        assertThat(text(robot, "#service-content-refused-reason")).contains("原因：正文过长", "服务器说明：" + SERVER_DETAIL, "保存于");
        Path png = UiTestSupport.snapshot(main, "service-content-refused-zh");
        assertThat(png).exists();

        // 修改后重发 (Alt+E): the editor with what was sent, the size beside the limit
        robot.press(KeyCode.ALT).type(KeyCode.E).release(KeyCode.ALT);
        waitUntil(() -> view().editor().openProperty().get());
        assertThat(view().editor().revisingProperty().get().id()).isEqualTo(101);
        assertThat(view().editor().titleProperty().get()).isEqualTo("2027年诉讼服务指南（全文）");
        assertThat(text(robot, "#service-content-body-size")).startsWith("正文 ").contains("至多 1.00 MB");
        // a body over the limit is refused here, before saving, with its size
        onFx(() -> {
            view().bodyEditor().setHtmlText("<p>" + "字".repeat(ServiceContentRules.MAX_BODY_BYTES / 3 + 100) + "</p>");
            return null;
        });
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        waitUntil(() -> !view().editor().errors().isEmpty());
        assertThat(view().editor().errors().get(0)).startsWith("正文过长：去除不允许的内容后为 1.00 MB")
                .contains("至多 1.00 MB", "请删减至少 0.3 KB");
        assertThat(text(robot, "#service-content-body-size")).contains("超过上限 1.00 MB，需删减 0.3 KB");
        assertThat(ws.revisions).isEmpty();
        Path editorPng = UiTestSupport.snapshot(main, "service-content-refused-editor-zh");
        assertThat(editorPng).exists();

        onFx(() -> {
            view().bodyEditor().setHtmlText("<h2>一、立案</h2><p>诉讼服务指南正文（删减后）</p>");
            return null;
        });
        robot.press(KeyCode.ALT).type(KeyCode.P).release(KeyCode.ALT);
        waitUntil(() -> ws.revisions.size() == 1 && !view().editor().openProperty().get());
        PendingAction revised = ws.revisions.get(0);
        assertThat(revised.id()).isEqualTo(101);
        assertThat(revised.state()).isEqualTo(OutboxState.PENDING);
        ServiceContentCreate body = revised.payloadAs(ServiceContentCreate.class);
        assertThat(body.idempotencyKey()).isEqualTo(refusedCreation.payloadAs(ServiceContentCreate.class).idempotencyKey());
        assertThat(body.publish()).isTrue();
        assertThat(body.form().bodyHtml()).contains("删减后");
        // one entry still, now waiting: no second creation
        assertThat(ws.actions).extracting(PendingAction::id).containsExactly(101L, 102L);
        assertThat(ws.pendingCreations(RequestKind.SERVICE_CONTENT)).singleElement()
                .satisfies(p -> assertThat(p.state()).isEqualTo(OutboxState.PENDING));
        waitUntil(() -> text(robot, "#service-content-notice").contains("已修改，待同步"));
        waitUntil(() -> view().table().getItems().stream().filter(ServiceContentRow::unconfirmed)
                .allMatch(r -> r.sync() == ServiceContentRow.Sync.PENDING));
    }

    @Test
    void aRefusedSaveIsAbandonedWithTwoPresses(FxRobot robot) {
        showTabAndSelect(r -> r.id() == 2);
        waitUntil(() -> view().refusedBar().isVisible());
        assertThat(text(robot, "#service-content-refused-headline")).startsWith("冲突：");
        robot.press(KeyCode.ALT).type(KeyCode.D).release(KeyCode.ALT);
        waitUntil(() -> view().refusedBar().model().confirmingAbandonProperty().get());
        assertThat(ws.actions).hasSize(2);
        robot.press(KeyCode.ALT).type(KeyCode.D).release(KeyCode.ALT);
        waitUntil(() -> ws.actions.size() == 1);
        assertThat(ws.actions).extracting(PendingAction::id).containsExactly(101L);
        waitUntil(() -> text(robot, "#service-content-notice").contains("已放弃"));
        waitUntil(() -> !view().refusedBar().isVisible());
    }

    @Test
    void theBarInEnglish(FxRobot robot) throws Exception {
        onFx(() -> {
            Messages.use(Messages.ENGLISH);
            main = new MainWindow(ws, Samples.CLOCK);
            UiTestSupport.show(stage, main, 1280, 800);
            return null;
        });
        try {
            showTabAndSelect(ServiceContentRow::unconfirmed);
            waitUntil(() -> view().refusedBar().isVisible());
            onFx(() -> {
                view().refusedBar().model().toggleReason();
                return null;
            });
            waitUntil(() -> robot.lookup("#service-content-refused-reason").query().isVisible());
            assertThat(text(robot, "#service-content-refused-headline")).startsWith("Refused: The text is too long");
            assertThat(text(robot, "#service-content-refused-reason")).contains("Reason: ", "The server says: " + SERVER_DETAIL);
            Path png = UiTestSupport.snapshot(main, "service-content-refused-en");
            assertThat(png).exists();
        } finally {
            Messages.use(Messages.CHINESE);
        }
    }
}
