package org.courtdesk.model.filing;

import org.courtdesk.model.api.ErrorCode;

/**
 * Error codes the filing kind needs that {@link ErrorCode} does not have yet. They are not added to ErrorCode here
 * because every ErrorCode is also listed in the server's openapi.json and API.md and has bundle entries in both
 * languages: the server part of the filing kind adds each of these there under the same name, with this message and
 * HTTP status, and then uses {@code ErrorCode.valueOf(name())}. Until then a refusal is sent as {@link #today()}, an
 * existing code with the same HTTP status, with this code's sentence as the detail.
 */
public enum FilingCode {
    // the applicant (spec-004 §2 Who; [S 001:53])
    PROFILE_INCOMPLETE(403, "请先在个人中心完善个人信息，再使用网上立案", ErrorCode.FORBIDDEN),

    // the form ([L] 民事诉讼法 第122条, 第124条)
    FILING_PLAINTIFF_REQUIRED(400, "请填写原告信息", ErrorCode.VALIDATION_FAILED),
    FILING_DEFENDANT_REQUIRED(400, "请填写明确的被告", ErrorCode.VALIDATION_FAILED),
    FILING_PARTY_INCOMPLETE(400, "当事人信息不完整", ErrorCode.VALIDATION_FAILED),
    FILING_CAUSE_REQUIRED(400, "请填写案由", ErrorCode.VALIDATION_FAILED),
    FILING_CLAIMS_REQUIRED(400, "请填写诉讼请求", ErrorCode.VALIDATION_FAILED),
    FILING_FACTS_REQUIRED(400, "请填写事实与理由", ErrorCode.VALIDATION_FAILED),
    FILING_AMOUNT_INVALID(400, "标的额须为不小于 0 的金额，最多两位小数", ErrorCode.VALIDATION_FAILED),

    // the review (spec-004 §2 screen 2, Rules)
    FILING_CONCLUSION_REQUIRED(400, "请选择审查结论：符或退", ErrorCode.VALIDATION_FAILED),
    FILING_RETURN_KIND_REQUIRED(400, "退回时请选择退回补正或不予受理", ErrorCode.VALIDATION_FAILED),
    FILING_SUPPLEMENT_ITEMS_REQUIRED(400, "退回补正须一次性列明需要补正的全部内容", ErrorCode.VALIDATION_FAILED),
    FILING_SUPPLEMENT_DEADLINE_INVALID(400, "退回补正须填写补正期限，且在今天之后三十天之内", ErrorCode.VALIDATION_FAILED),
    FILING_REFUSAL_REASONS_REQUIRED(400, "不予受理须写明理由", ErrorCode.VALIDATION_FAILED),
    FILING_MESSAGE_REQUIRED(400, "请填写留言内容", ErrorCode.VALIDATION_FAILED),

    // the applicant's supplement
    FILING_SUPPLEMENT_CLOSED(409, "该立案申请未被退回补正，或补正期限已过", ErrorCode.ILLEGAL_TRANSITION);

    private final int httpStatus;
    private final String message;
    private final ErrorCode today;

    FilingCode(int httpStatus, String message, ErrorCode today) {
        this.httpStatus = httpStatus;
        this.message = message;
        this.today = today;
    }

    public int httpStatus() {
        return httpStatus;
    }

    /** The Chinese sentence shown to applicants. */
    public String message() {
        return message;
    }

    /** The existing ErrorCode sent until this one is added to ErrorCode. */
    public ErrorCode today() {
        return today;
    }
}
