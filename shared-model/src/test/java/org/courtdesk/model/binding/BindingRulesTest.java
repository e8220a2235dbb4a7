package org.courtdesk.model.binding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.courtdesk.model.account.Role;
import org.courtdesk.model.api.AuditEntry;
import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.api.RequestView;
import org.courtdesk.model.api.WireMappers;
import org.courtdesk.model.request.RequestStatus;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

class BindingRulesTest {

    static BindingForm form() {
        return new BindingForm("粤0106", "（2026）粤0106民初101号", BindingPartyRole.DEFENDANT, "李四", "14401201810123456",
                "广东正义律师事务所", BindingAuthority.SPECIAL);
    }

    @Test
    void aCompleteFormPasses() {
        assertThat(BindingRules.checkForm(form())).isEmpty();
    }

    @Test
    void everyMissingFieldIsReportedAtOnce() {
        BindingForm empty = new BindingForm(" ", "2026民初1", null, "", "1234", " ", null);
        assertThat(BindingRules.checkForm(empty)).extracting(BindingRules.Violation::code).containsExactly(
                ErrorCode.COURT_UNKNOWN, ErrorCode.CASE_NUMBER_INVALID, ErrorCode.BINDING_PARTY_REQUIRED,
                ErrorCode.BINDING_LICENCE_INVALID, ErrorCode.BINDING_LAW_FIRM_REQUIRED,
                ErrorCode.BINDING_AUTHORITY_REQUIRED);
    }

    @Test
    void onlyAVerifiedLawyerMayApply() {
        assertThat(BindingRules.checkApplicant(Role.LAWYER, true)).isEmpty();
        assertThat(BindingRules.checkApplicant(Role.LAWYER, false)).extracting(BindingRules.Violation::code)
                .containsExactly(ErrorCode.IDENTITY_NOT_VERIFIED);
        assertThat(BindingRules.checkApplicant(Role.PARTY, true)).extracting(BindingRules.Violation::code)
                .containsExactly(ErrorCode.FORBIDDEN);
    }

    @Test
    void bothPapersAreRequired() {
        assertThat(BindingRules.checkMaterials(List.of(BindingMaterialType.POWER_OF_ATTORNEY,
                BindingMaterialType.LAW_FIRM_LETTER))).isEmpty();
        List<BindingRules.Violation> broken = BindingRules.checkMaterials(List.of(BindingMaterialType.POWER_OF_ATTORNEY));
        assertThat(broken).extracting(BindingRules.Violation::code).containsExactly(ErrorCode.MATERIAL_MISSING);
        assertThat(broken.get(0).message()).contains("律所函").doesNotContain("授权委托书");
    }

    @Test
    void aRejectionNeedsAReason() {
        UUID key = UUID.randomUUID();
        assertThat(BindingRules.checkDecision(new BindingDecision(key, 1, BindingVerdict.APPROVE, null))).isEmpty();
        assertThat(BindingRules.checkDecision(new BindingDecision(key, 1, BindingVerdict.REJECT, "授权委托书未签名"))).isEmpty();
        assertThat(BindingRules.checkDecision(new BindingDecision(key, 1, BindingVerdict.REJECT, "  ")))
                .extracting(BindingRules.Violation::code).containsExactly(ErrorCode.BINDING_REASON_REQUIRED);
        assertThat(BindingRules.checkDecision(new BindingDecision(key, 1, null, null)))
                .extracting(BindingRules.Violation::code).containsExactly(ErrorCode.BINDING_VERDICT_REQUIRED);
        assertThat(BindingRules.checkDecision(new BindingDecision(key, 1, BindingVerdict.REJECT, "理".repeat(501))))
                .extracting(BindingRules.Violation::code).containsExactly(ErrorCode.TEXT_TOO_LONG);
    }

    @Test
    void onlyAPendingBindingIsDecided() {
        assertThat(BindingRules.mayDecide(RequestStatus.BINDING_PENDING)).isTrue();
        assertThat(BindingRules.mayDecide(RequestStatus.BINDING_APPROVED)).isFalse();
        assertThat(BindingRules.mayDecide(RequestStatus.BINDING_REJECTED)).isFalse();
    }

    @Test
    void theViewTravelsFromServerToWorkstationAsItsKind() throws Exception {
        ObjectMapper server = WireMappers.server(WireMappers.registryViews());
        ObjectMapper app = WireMappers.app(WireMappers.registryViews());
        Instant at = Instant.parse("2026-11-23T02:15:30.123456Z");
        BindingView v = new BindingView(5, "BD2026112300001", "粤0106", "广州市天河区人民法院", "（2026）粤0106民初101号",
                "张三诉李四民间借贷纠纷", 7, "陈律师", "13800000001", at, BindingPartyRole.DEFENDANT, "李四",
                "14401201810123456", "广东正义律师事务所", BindingAuthority.SPECIAL, RequestStatus.BINDING_REJECTED, 9,
                "陈法官", "王书记员", at.plusSeconds(60), "授权委托书未签名",
                List.of(new BindingMaterialRef(1, BindingMaterialType.POWER_OF_ATTORNEY, "委托书.pdf", "application/pdf", 10,
                        "a".repeat(64), at)),
                List.of(new AuditEntry(at, "陈律师", "提交申请", "…")));
        String json = server.writeValueAsString(v);
        assertThat(json).contains("\"kind\":\"CASE_BINDING\"");
        RequestView back = app.readValue(json, RequestView.class);
        assertThat(back).isEqualTo(v);
    }
}
