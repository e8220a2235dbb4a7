package org.courtdesk.app.ui.refused;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.app.outbox.OutboxState;
import org.courtdesk.app.ui.FakeWorkspace;
import org.courtdesk.app.ui.Samples;
import org.courtdesk.app.workspace.PendingAction;
import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestRef;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The refusal bar's model without a screen: the reason in the user's language with the server's own words only when
 * they add something, 冲突 explained, 放弃 only on the second press (anything else in between cancels it), a refusal
 * of the change itself (the entry is gone) said in words, and 修改后重发 handed to the kind.
 */
class RefusedActionViewModelTest {

    static final Executor NOW = Runnable::run;
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    FakeWorkspace ws;
    List<PendingAction> revised = new ArrayList<>();
    RefusedActionViewModel model;

    static PendingAction action(long id, OutboxState state, ErrorCode code, String serverWords) {
        return new PendingAction(id, RequestRef.of(RequestKind.SERVICE_CONTENT, 0), "service-content-create",
                "{\"idempotencyKey\":\"7d4f3c2a-1b0e-4e8f-9a6b-5c4d3e2f1a0b\"}", Instant.parse("2026-12-07T01:30:00Z"),
                state, code, serverWords, null);
    }

    @BeforeEach
    void setUp() {
        Messages.use(Messages.CHINESE);
        ws = new FakeWorkspace(Samples.CLOCK);
        model = new RefusedActionViewModel(ws, NOW, NOW, ZONE, revised::add);
    }

    @Test
    void theReasonIsTheCodesSentenceAndTheServersWordsWhenTheyAddSomething() {
        PendingAction a = action(1, OutboxState.REFUSED, ErrorCode.SERVICE_CONTENT_BODY_TOO_LONG, "正文过长：去除不允许的内容后为 1.31 MB，至多 1.00 MB");
        model.actionProperty().set(a);
        assertThat(model.headlineProperty().get()).isEqualTo("被拒：" + Messages.error(ErrorCode.SERVICE_CONTENT_BODY_TOO_LONG));
        assertThat(model.reasonProperty().get().split("\n")).containsExactly(
                "原因：" + Messages.error(ErrorCode.SERVICE_CONTENT_BODY_TOO_LONG),
                "服务器说明：正文过长：去除不允许的内容后为 1.31 MB，至多 1.00 MB",
                "保存于 2026-12-07 09:30");
        // the server's words equal to the sentence are not said twice
        model.actionProperty().set(action(2, OutboxState.REFUSED, ErrorCode.NOT_FOUND, Messages.error(ErrorCode.NOT_FOUND)));
        assertThat(model.reasonProperty().get()).doesNotContain("服务器说明");
        // a conflict says what it means
        model.actionProperty().set(action(3, OutboxState.CONFLICT, ErrorCode.VERSION_CONFLICT, null));
        assertThat(model.headlineProperty().get()).startsWith("冲突：");
        assertThat(model.reasonProperty().get()).contains(Messages.get("refused.bar.reason.conflict"));
    }

    @Test
    void abandonTakesTwoPressesAndAnythingElseInBetweenCancels() {
        PendingAction a = action(1, OutboxState.REFUSED, ErrorCode.VALIDATION_FAILED, null);
        ws.actions.add(a);
        model.actionProperty().set(a);
        assertThat(model.abandon()).isFalse();
        assertThat(model.confirmingAbandonProperty().get()).isTrue();
        model.toggleReason(); // changed their mind
        assertThat(model.confirmingAbandonProperty().get()).isFalse();
        assertThat(model.abandon()).isFalse();
        assertThat(ws.actions).hasSize(1);
        assertThat(model.abandon()).isTrue();
        assertThat(ws.actions).isEmpty();
        assertThat(model.actionProperty().get()).isNull();
        assertThat(model.outcomeProperty().get()).isEqualTo("已放弃，服务器不会收到该项");
    }

    @Test
    void anEntryAlreadyGoneIsSaidInWordsAndReviseIsHandedToTheKind() {
        PendingAction gone = action(9, OutboxState.REFUSED, ErrorCode.VALIDATION_FAILED, null);
        model.actionProperty().set(gone);
        model.abandon();
        model.abandon();
        assertThat(model.outcomeProperty().get()).isEqualTo(Messages.get("outbox.change.refused.GONE"));
        assertThat(model.actionProperty().get()).isEqualTo(gone);
        model.revise();
        assertThat(revised).containsExactly(gone);
        assertThat(model.confirmingAbandonProperty().get()).isFalse();
    }
}
