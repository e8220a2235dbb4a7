package org.courtdesk.app.ui.binding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.app.ui.FakeWorkspace;
import org.courtdesk.app.ui.Samples;
import org.courtdesk.model.binding.BindingDecision;
import org.courtdesk.model.binding.BindingVerdict;
import org.courtdesk.model.binding.BindingView;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The decision without controls: every executor runs at once, so saves land before the assertions. */
class BindingDecisionModelTest {

    FakeWorkspace ws;
    BindingDecisionModel model;

    @BeforeEach
    void setUp() {
        Messages.use(Messages.CHINESE);
        ws = BindingSamples.workspace();
        model = new BindingDecisionModel(ws, Runnable::run, Runnable::run);
    }

    private BindingRow row(long id) {
        return BindingRow.of(ws.request(BindingSamples.ref(id), BindingView.class).orElseThrow(), Samples.TODAY, Samples.ZONE);
    }

    @Test
    void approvingSavesTheVerdictWithoutAReason() {
        model.load(row(1));
        assertThat(model.offeredProperty().get()).isTrue();
        model.verdictProperty().set(BindingVerdict.APPROVE);
        model.reasonProperty().set("不该带上");
        boolean[] done = {false};
        assertThat(model.save(() -> done[0] = true)).isTrue();
        assertThat(done[0]).isTrue();
        assertThat(ws.actions).hasSize(1);
        assertThat(ws.actions.get(0).is(BindingOps.DECISION)).isTrue();
        BindingDecision d = ws.actions.get(0).payloadAs(BindingDecision.class);
        assertThat(d.verdict()).isEqualTo(BindingVerdict.APPROVE);
        assertThat(d.reason()).isNull();
        assertThat(d.baseVersion()).isEqualTo(3);
        assertThat(model.offeredProperty().get()).as("decided here: not offered again").isFalse();
    }

    @Test
    void aRejectionWithoutReasonIsRefusedHereAndNothingIsSaved() {
        model.load(row(1));
        model.verdictProperty().set(BindingVerdict.REJECT);
        model.reasonProperty().set("  ");
        assertThat(model.save(null)).isFalse();
        assertThat(model.errors()).containsExactly(Messages.get("error.BINDING_REASON_REQUIRED"));
        assertThat(ws.actions).isEmpty();

        model.reasonProperty().set(BindingDecisionModel.standardReasons().get(2));
        assertThat(model.save(null)).isTrue();
        assertThat(ws.actions.get(0).payloadAs(BindingDecision.class).reason()).isEqualTo("律所函载明的律师与申请律师不一致");
    }

    @Test
    void noVerdictIsRefused() {
        model.load(row(1));
        assertThat(model.save(null)).isFalse();
        assertThat(model.errors()).containsExactly(Messages.get("error.BINDING_VERDICT_REQUIRED"));
    }

    @Test
    void aDecidedBindingOffersNoDecision() {
        model.load(row(7));
        assertThat(model.offeredProperty().get()).isFalse();
        model.verdictProperty().set(BindingVerdict.REJECT);
        model.reasonProperty().set("理由");
        assertThat(model.save(null)).isFalse();
        assertThat(ws.actions).isEmpty();
    }

    @Test
    void aSavedDecisionShowsAsTheRowsStatusUntilSynced() throws Exception {
        model.load(row(4));
        model.verdictProperty().set(BindingVerdict.REJECT);
        model.reasonProperty().set("授权委托书未经委托人签名（盖章），请补正后重新申请");
        model.save(null);
        List<BindingRow> rows = BindingQueueProcessor.rows(ws.requests(RequestKind.CASE_BINDING, BindingView.class),
                Samples.TODAY, Samples.ZONE);
        BindingRow r = rows.stream().filter(x -> x.id() == 4).findFirst().orElseThrow();
        assertThat(r.shownStatus()).isEqualTo(RequestStatus.BINDING_REJECTED);
        assertThat(r.unsent()).isTrue();
        assertThat(r.open()).isFalse();
        assertThat(BindingFormat.statusText(r)).isEqualTo("审核不通过 · 待同步");
    }

    @Test
    void thePhraseListComesFromTheBundles() {
        assertThat(BindingDecisionModel.standardReasons()).hasSize(6).noneMatch(s -> s.startsWith("!"));
    }
}
