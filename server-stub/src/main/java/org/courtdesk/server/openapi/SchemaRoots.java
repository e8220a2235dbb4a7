package org.courtdesk.server.openapi;

import java.util.List;
import java.util.Set;

import org.courtdesk.model.adjournment.AdjournmentDecision;
import org.courtdesk.model.adjournment.AdjournmentForm;
import org.courtdesk.model.adjournment.AdjournmentReceipt;
import org.courtdesk.model.appeal.AppealCase;
import org.courtdesk.model.appeal.AppealDecision;
import org.courtdesk.model.appeal.AppealForm;
import org.courtdesk.model.appeal.AppealReceipt;
import org.courtdesk.model.api.AttendanceRecord;
import org.courtdesk.model.api.ChangesPage;
import org.courtdesk.model.api.CourtInfo;
import org.courtdesk.model.api.DecisionResult;
import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.api.IdentityVerification;
import org.courtdesk.model.api.LoginRequest;
import org.courtdesk.model.api.LoginResponse;
import org.courtdesk.model.api.NotificationView;
import org.courtdesk.model.api.Problem;
import org.courtdesk.model.api.ReadingApplicationForm;
import org.courtdesk.model.reading.ReadingAgreement;
import org.courtdesk.model.api.RequestView;
import org.courtdesk.model.api.ReviewDecision;
import org.courtdesk.model.api.SubmissionReceipt;
import org.courtdesk.model.api.UserInfo;
import org.courtdesk.model.binding.BindingDecision;
import org.courtdesk.model.binding.BindingForm;
import org.courtdesk.model.binding.BindingReceipt;
import org.courtdesk.model.filing.FilingConclusionDecision;
import org.courtdesk.model.filing.FilingForm;
import org.courtdesk.model.filing.FilingIntake;
import org.courtdesk.model.filing.FilingMessagePost;
import org.courtdesk.model.filing.FilingOpinionSave;
import org.courtdesk.model.filing.FilingReceipt;
import org.courtdesk.model.filing.FilingSupplementForm;
import org.courtdesk.model.investigation.InvestigationForm;
import org.courtdesk.model.investigation.InvestigationIssue;
import org.courtdesk.model.investigation.InvestigationReceipt;
import org.courtdesk.model.investigation.InvestigationReturn;
import org.courtdesk.model.preservation.PreservationAccept;
import org.courtdesk.model.preservation.PreservationForm;
import org.courtdesk.model.preservation.PreservationReceipt;
import org.courtdesk.model.preservation.PreservationReturn;

/**
 * The one list of shared-model types the OpenAPI document's component schemas are generated from. Only the types
 * the hand-written paths name need to be here: everything they hold (records, enums, each built kind's view behind
 * RequestView) is reached by walking, so a new kind adds nothing here.
 */
final class SchemaRoots {

    /** The 网上立案 and 案件绑定 bodies: generated whether or not a path names them yet. */
    static final List<Class<?>> AHEAD_OF_PATHS = List.of(FilingForm.class, FilingReceipt.class,
            FilingOpinionSave.class, FilingConclusionDecision.class, FilingIntake.class, FilingMessagePost.class,
            FilingSupplementForm.class, BindingForm.class, BindingReceipt.class, BindingDecision.class,
            AdjournmentForm.class, AdjournmentReceipt.class, AdjournmentDecision.class,
            AppealForm.class, AppealReceipt.class, AppealDecision.class, AppealCase.class,
            PreservationForm.class, PreservationReceipt.class, PreservationReturn.class,
            PreservationAccept.class, InvestigationForm.class, InvestigationReceipt.class, InvestigationReturn.class,
            InvestigationIssue.class,
            // 材料转接 (spec-004 §10)
            org.courtdesk.model.transfer.TransferForm.class, org.courtdesk.model.transfer.TransferReceipt.class,
            org.courtdesk.model.transfer.TransferReceive.class,
            // 庭审笔录 (spec-004 §13)
            org.courtdesk.model.transcript.TranscriptAttachForm.class, org.courtdesk.model.transcript.TranscriptInfo.class,
            org.courtdesk.model.transcript.TranscriptCorrectionForm.class,
            org.courtdesk.model.transcript.TranscriptCorrectionReceipt.class,
            org.courtdesk.model.transcript.TranscriptDecision.class,
            // 联系法官
            org.courtdesk.model.contact.ContactForm.class, org.courtdesk.model.contact.ContactReceipt.class,
            org.courtdesk.model.contact.ContactReply.class,
            // 意见建议
            org.courtdesk.model.suggestion.SuggestionForm.class, org.courtdesk.model.suggestion.SuggestionReceipt.class,
            org.courtdesk.model.suggestion.SuggestionReply.class,
            // 服务内容管理
            org.courtdesk.model.servicecontent.ServiceContentCreate.class,
            org.courtdesk.model.servicecontent.ServiceContentSave.class,
            org.courtdesk.model.servicecontent.ServiceContentPublication.class,
            org.courtdesk.model.servicecontent.ServiceContentSummary.class,
            // 证据交换 (spec-004 §7)
            org.courtdesk.model.evidence.EvidenceExchangeCreate.class, org.courtdesk.model.evidence.EvidenceDeadlineChange.class,
            org.courtdesk.model.evidence.EvidenceReview.class, org.courtdesk.model.evidence.EvidenceEntry.class,
            org.courtdesk.model.evidence.CrossExamForm.class);

    /** Every root, in the order their schemas appear. ErrorCode is here because Problem.code only names it. */
    static final List<Class<?>> ALL = concat(List.of(Problem.class, ErrorCode.class, LoginRequest.class,
            LoginResponse.class, UserInfo.class, CourtInfo.class, IdentityVerification.class,
            ReadingApplicationForm.class, ReadingAgreement.class, SubmissionReceipt.class, RequestView.class,
            NotificationView.class, org.courtdesk.model.api.ServerLimits.class,
            ChangesPage.class, ReviewDecision.class, AttendanceRecord.class, DecisionResult.class), AHEAD_OF_PATHS);

    /**
     * What clients send (and the records inside them): these schemas say {@code additionalProperties: false} (the
     * server refuses unknown fields) and require only the fields that may not be null; what the server writes
     * requires every field, since Jackson writes nulls too.
     */
    static final Set<Class<?>> INPUTS = Set.of(LoginRequest.class, IdentityVerification.class,
            ReadingApplicationForm.class, ReviewDecision.class, AttendanceRecord.class, FilingForm.class,
            FilingOpinionSave.class, FilingConclusionDecision.class, FilingIntake.class, FilingMessagePost.class,
            FilingSupplementForm.class, BindingForm.class, BindingDecision.class, AdjournmentForm.class,
            AdjournmentDecision.class, AppealForm.class, AppealDecision.class,
            PreservationForm.class, PreservationReturn.class, PreservationAccept.class,
            InvestigationForm.class, InvestigationReturn.class, InvestigationIssue.class,
            // 材料转接 (spec-004 §10)
            org.courtdesk.model.transfer.TransferForm.class, org.courtdesk.model.transfer.TransferReceive.class,
            // 庭审笔录 (spec-004 §13)
            org.courtdesk.model.transcript.TranscriptAttachForm.class,
            org.courtdesk.model.transcript.TranscriptCorrectionForm.class,
            org.courtdesk.model.transcript.TranscriptDecision.class,
            // 联系法官
            org.courtdesk.model.contact.ContactForm.class, org.courtdesk.model.contact.ContactReply.class,
            // 意见建议
            org.courtdesk.model.suggestion.SuggestionForm.class, org.courtdesk.model.suggestion.SuggestionReply.class,
            // 服务内容管理
            org.courtdesk.model.servicecontent.ServiceContentCreate.class,
            org.courtdesk.model.servicecontent.ServiceContentForm.class,
            org.courtdesk.model.servicecontent.ServiceContentSave.class,
            org.courtdesk.model.servicecontent.ServiceContentPublication.class,
            org.courtdesk.model.evidence.EvidenceExchangeCreate.class, org.courtdesk.model.evidence.EvidenceDeadlineChange.class,
            org.courtdesk.model.evidence.EvidenceReview.class, org.courtdesk.model.evidence.EvidenceEntry.class,
            org.courtdesk.model.evidence.CrossExamForm.class);

    private SchemaRoots() {}

    private static List<Class<?>> concat(List<Class<?>> a, List<Class<?>> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
