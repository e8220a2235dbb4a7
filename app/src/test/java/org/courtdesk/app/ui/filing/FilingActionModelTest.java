package org.courtdesk.app.ui.filing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.courtdesk.app.api.Json;
import org.courtdesk.app.i18n.Messages;
import org.courtdesk.app.outbox.OutboxState;
import org.courtdesk.app.ui.FakeWorkspace;
import org.courtdesk.app.ui.Samples;
import org.courtdesk.app.workspace.PendingAction;
import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.api.UserInfo;
import org.courtdesk.model.filing.FilingConclusion;
import org.courtdesk.model.filing.FilingConclusionDecision;
import org.courtdesk.model.filing.FilingView;
import org.courtdesk.model.filing.ReturnKind;

/** 审查, 收案 and 留言 as the view model offers, checks and saves them (executors run inline). */
class FilingActionModelTest {

    private FakeWorkspace ws;
    private FilingActionModel model;

    @BeforeEach
    void setUp() {
        Messages.use(Messages.CHINESE);
    }

    private void as(UserInfo user) {
        ws = FilingSamples.workspace(user);
        model = new FilingActionModel(ws, Runnable::run, Runnable::run, () -> Samples.TODAY, () -> user);
    }

    private void open(long id) {
        model.load(ws.request(FilingSamples.ref(id), FilingView.class)
                .map(k -> FilingRow.of(k, Samples.TODAY, Samples.ZONE)).orElseThrow());
    }

    private static JsonNode json(PendingAction a) {
        return Json.MAPPER.valueToTree(Json.read(a.payloadJson(), JsonNode.class));
    }

    @Test
    void reviewIsOfferedOnlyWhileReceivedAndOnlyToTheJudgeInChargeOrACentreReviewerOfTheCourt() {
        as(FilingSamples.judge());
        open(1); // 收
        assertThat(model.reviewOfferedProperty().get()).isTrue();
        assertThat(model.intakeOfferedProperty().get()).isFalse();
        assertThat(model.messageOfferedProperty().get()).isTrue();
        open(9); // 符
        assertThat(model.reviewOfferedProperty().get()).isFalse();
        assertThat(model.intakeOfferedProperty().get()).isTrue();
        open(13); // 立
        assertThat(model.reviewOfferedProperty().get()).isFalse();
        assertThat(model.intakeOfferedProperty().get()).isFalse();
        assertThat(model.messageOfferedProperty().get()).isTrue();

        as(FilingSamples.centreReviewer());
        open(1);
        assertThat(model.reviewOfferedProperty().get()).isTrue();

        as(FilingSamples.otherJudge()); // same court, not in charge
        open(1);
        assertThat(model.reviewOfferedProperty().get()).isFalse();
        assertThat(model.reviewLockedReasonProperty().get()).contains("承办法官");
        model.opinionProperty().set("同意立案");
        assertThat(model.saveOpinion(null)).isFalse();
        assertThat(ws.actions).isEmpty();

        as(FilingSamples.reviewerOfAnotherCourt());
        open(1);
        assertThat(model.reviewOfferedProperty().get()).isFalse();
    }

    @Test
    void theConclusionWaitsForTheSavedOpinion() {
        as(FilingSamples.judge());
        open(1);
        assertThat(model.conclusionEnabledProperty().get()).isFalse();
        // 符 pressed before the opinion was saved: refused by the shared rules, nothing stored.
        assertThat(model.conform(null)).isFalse();
        assertThat(model.errors()).contains("请先填写并保存审查意见及理由，再选择审查结论");
        assertThat(ws.actions).isEmpty();
        // An empty opinion is refused too.
        model.opinionProperty().set("   ");
        assertThat(model.saveOpinion(null)).isFalse();
        assertThat(model.errors()).containsExactly("请填写审查意见及理由");

        model.opinionProperty().set("起诉符合立案条件，材料齐全。");
        assertThat(model.saveOpinion(null)).isTrue();
        assertThat(ws.actions).hasSize(1);
        PendingAction opinion = ws.actions.get(0);
        assertThat(opinion.op()).isEqualTo(FilingOps.OPINION.name());
        assertThat(json(opinion).get("opinion").asText()).isEqualTo("起诉符合立案条件，材料齐全。");
        assertThat(json(opinion).get("baseVersion").asLong()).isEqualTo(3);
        assertThat(model.conclusionEnabledProperty().get()).isTrue();

        open(1); // as after a reload: the unsent opinion counts as saved
        assertThat(model.conclusionEnabledProperty().get()).isTrue();
        assertThat(model.conform(null)).isTrue();
        assertThat(ws.actions).hasSize(2);
        assertThat(ws.actions.get(1).payloadAs(FilingConclusionDecision.class).conclusion()).isEqualTo(FilingConclusion.CONFORMS);
        assertThat(model.conclusionProperty().get()).isEqualTo(FilingConclusion.CONFORMS);
        open(1);
        assertThat(model.row().shownStatus().name()).isEqualTo("FILING_CONFORMS");
        assertThat(model.reviewOfferedProperty().get()).isFalse();
    }

    @Test
    void aReturnForSupplementingNeedsItsItemsAndADeadlineWithinThirtyDays() {
        as(FilingSamples.judge());
        open(3);
        model.opinionProperty().set("被告身份信息不明确");
        model.saveOpinion(null);
        open(3);
        assertThat(model.chooseReturn()).isTrue();
        assertThat(model.conclusionProperty().get()).isEqualTo(FilingConclusion.RETURNED);
        assertThat(model.returnKindProperty().get()).isEqualTo(ReturnKind.SUPPLEMENT);

        // No items, no deadline: both refused, in the bundle's words.
        assertThat(model.submitReturn(null)).isFalse();
        assertThat(model.errors()).containsExactly(Messages.error(ErrorCode.FILING_SUPPLEMENT_ITEMS_REQUIRED),
                Messages.error(ErrorCode.FILING_SUPPLEMENT_DEADLINE_INVALID));
        // A deadline beyond 30 days is refused.
        model.supplementItemsProperty().set("补充被告身份证明\n\n证据逐项编号\n");
        model.supplementDeadlineProperty().set(Samples.TODAY.plusDays(31));
        assertThat(model.submitReturn(null)).isFalse();
        assertThat(model.errors()).containsExactly(Messages.error(ErrorCode.FILING_SUPPLEMENT_DEADLINE_INVALID));
        assertThat(ws.actions).hasSize(1);

        model.supplementDeadlineProperty().set(Samples.TODAY.plusDays(15));
        assertThat(model.submitReturn(null)).isTrue();
        FilingConclusionDecision d = ws.actions.get(1).payloadAs(FilingConclusionDecision.class);
        assertThat(d.conclusion()).isEqualTo(FilingConclusion.RETURNED);
        assertThat(d.returnKind()).isEqualTo(ReturnKind.SUPPLEMENT);
        assertThat(d.supplementItems()).containsExactly("补充被告身份证明", "证据逐项编号");
        assertThat(d.supplementDeadline()).isEqualTo(Samples.TODAY.plusDays(15));
        assertThat(d.refusalReasons()).isNull();
    }

    @Test
    void notAcceptedNeedsReasons() {
        as(FilingSamples.centreReviewer());
        open(5);
        model.opinionProperty().set("不属于人民法院受理民事诉讼的范围");
        model.saveOpinion(null);
        open(5);
        model.chooseReturn();
        model.returnKindProperty().set(ReturnKind.NOT_ACCEPTED);
        model.supplementItemsProperty().set("这一项不会发送");
        assertThat(model.submitReturn(null)).isFalse();
        assertThat(model.errors()).containsExactly(Messages.error(ErrorCode.FILING_REFUSAL_REASONS_REQUIRED));
        model.refusalReasonsProperty().set("依据民事诉讼法第一百二十七条，不属于人民法院受理范围。");
        assertThat(model.submitReturn(null)).isTrue();
        FilingConclusionDecision d = ws.actions.get(1).payloadAs(FilingConclusionDecision.class);
        assertThat(d.returnKind()).isEqualTo(ReturnKind.NOT_ACCEPTED);
        assertThat(d.supplementItems()).isNull();
        assertThat(d.refusalReasons()).startsWith("依据民事诉讼法");
    }

    @Test
    void takeInOnlyOnConforms() {
        as(FilingSamples.judge());
        open(1); // 收
        assertThat(model.takeIn(null)).isFalse();
        assertThat(model.errors()).singleElement().asString().contains("只能对“符”状态的立案申请收案");
        open(11); // 退
        assertThat(model.takeIn(null)).isFalse();
        assertThat(ws.actions).isEmpty();

        open(9); // 符
        assertThat(model.takeIn(null)).isTrue();
        assertThat(ws.actions).singleElement().satisfies(a -> {
            assertThat(a.op()).isEqualTo(FilingOps.INTAKE.name());
            assertThat(json(a).get("baseVersion").asLong()).isEqualTo(3);
        });
        open(9); // saved once: not offered again while unsent
        assertThat(model.intakeOfferedProperty().get()).isFalse();
        assertThat(FilingFormat.statusText(model.row())).isEqualTo("符 · 待同步");
    }

    @Test
    void aMessageIsSavedUnversionedInEveryStatus() {
        as(FilingSamples.otherJudge()); // may not review, may write
        open(13); // 立
        model.messageProperty().set("  ");
        assertThat(model.sendMessage(null)).isFalse();
        assertThat(model.errors()).containsExactly(Messages.error(ErrorCode.FILING_MESSAGE_REQUIRED));
        model.messageProperty().set("案号已通过短信发送，请注意查收。");
        assertThat(model.sendMessage(null)).isTrue();
        PendingAction a = ws.actions.get(0);
        assertThat(a.op()).isEqualTo(FilingOps.MESSAGE.name());
        assertThat(FilingOps.MESSAGE.versioned()).isFalse();
        assertThat(FilingOps.MESSAGE.path(FilingSamples.ref(13))).isEqualTo("api/v1/judge/filings/13/messages");
        assertThat(json(a).has("baseVersion")).isFalse();
        assertThat(json(a).get("text").asText()).isEqualTo("案号已通过短信发送，请注意查收。");
        assertThat(model.messageProperty().get()).isEmpty();
        assertThat(model.noticeProperty().get()).contains("待同步");
    }

    @Test
    void aRefusedActionShowsTheServersReasonAndCanBeDiscarded() {
        as(FilingSamples.judge());
        PendingAction refused = new PendingAction(77, FilingSamples.ref(1), FilingOps.CONCLUSION.name(),
                "{\"conclusion\":\"CONFORMS\"}", Samples.CLOCK.instant(), OutboxState.CONFLICT, ErrorCode.VERSION_CONFLICT,
                "该申请已被他人修改", null);
        ws.actions.add(refused);
        open(1);
        assertThat(model.refusedProperty().get()).isEqualTo(refused);
        assertThat(model.reviewOfferedProperty().get()).isFalse();
        assertThat(FilingFormat.statusText(model.row())).isEqualTo("收 · 冲突");
        model.discardRefused(null);
        assertThat(ws.actions).isEmpty();
        open(1);
        assertThat(model.refusedProperty().get()).isNull();
        assertThat(model.reviewOfferedProperty().get()).isTrue();
    }

    @Test
    void linesDropBlankItems() {
        assertThat(FilingActionModel.lines(" a \n\n b\r\n")).isEqualTo(List.of("a", "b"));
        assertThat(FilingActionModel.lines("  ")).isEmpty();
    }
}
