package org.courtdesk.model.api;

/**
 * Stable error codes of the API. The server puts {@code code} in every problem+json body and the Chinese
 * sentence below in {@code detail}; the workstation maps the code to its own (zh_CN / en) bundle.
 */
public enum ErrorCode {
    // request shape
    MALFORMED_JSON(400, "请求内容不是有效的 JSON"),
    UNKNOWN_FIELD(400, "请求中含有不认识的字段"),
    VALIDATION_FAILED(400, "请求内容不完整或格式不正确"),
    TEXT_TOO_LONG(400, "文字内容过长"),
    /** A control character (other than tab and line breaks), a lone surrogate or bytes that are not UTF-8. */
    TEXT_INVALID_CHARACTER(400, "文字中含有不允许的字符（控制字符或无效编码）"),
    PAYLOAD_TOO_LARGE(413, "上传内容超过大小限制"),
    UNSUPPORTED_MEDIA_TYPE(415, "不支持的请求内容类型"),

    // authentication and access
    UNAUTHENTICATED(401, "请先登录"),
    BAD_CREDENTIALS(401, "用户名或密码错误"),
    TOKEN_EXPIRED(401, "登录已过期，请重新登录"),
    /** This user name from this client address: too many wrong passwords (other addresses are not affected). */
    ACCOUNT_LOCKED(423, "登录失败次数过多，该账号在本机已暂时锁定，请稍后再试"),
    /** This client address: too many failed logins over all user names (password spraying). */
    TOO_MANY_ATTEMPTS(429, "本机所在网络地址登录失败次数过多，已暂停登录，请稍后再试"),
    FORBIDDEN(403, "无权执行此操作"),
    NOT_FOUND(404, "未找到该记录"),
    IDENTITY_NOT_VERIFIED(403, "必须通过人脸识别实名认证方可使用该功能"),

    // 阅卷申请 rules (domain.md §1)
    COURT_UNKNOWN(400, "请选择承办法院"),
    APPLICATION_CONTENT_REQUIRED(400, "请填写申请内容，例如：全案卷宗"),
    APPLICATION_REASON_REQUIRED(400, "请填写申请原因"),
    READING_MODE_REQUIRED(400, "请选择查阅方式：网上查阅或现场查阅"),
    AGREEMENT_NOT_ACCEPTED(400, "请阅读并同意网上预约阅卷申请协议"),
    /** The form was ticked on an older version of the court's 阅卷须知 than the one published now. */
    AGREEMENT_OUTDATED(409, "阅卷须知已更新，请阅读并同意最新版本后再提交"),
    CASE_NUMBER_INVALID(400, "案号格式不正确"),
    CASE_NOT_FOUND(404, "该法院没有此案号的案件"),
    CASE_NOT_ARCHIVED(409, "目前只支持申请已归档的案件"),
    CASE_NOT_DIGITISED(409, "已归档未电子化的案件，不支持查阅方式为“网上查阅”，请切换查阅方式为“现场查阅”"),
    NOT_OWN_CASE(403, "当事人只能申请本人名下的案件"),
    BINDING_REQUIRED(409, "该案件处于审理状态且您尚未登记为代理律师，请先申请案件绑定"),
    /** 诉讼保全 and 调查令 of a case in trial: the lawyer is bound to no party of it (案件绑定 comes first). */
    NOT_CASE_LAWYER(403, "您不是该案件当事人的代理律师，请先申请案件绑定"),
    MATERIAL_MISSING(400, "请上传所需的申请材料"),
    MATERIAL_TYPE_NOT_ALLOWED(400, "该申请人类型无需上传此类材料"),
    MATERIAL_CONTENT_REFUSED(415, "材料只能是 PDF、JPG 或 PNG 文件"),
    MATERIAL_TOO_LARGE(413, "单个材料不能超过大小限制"),
    /** The form part ({@code application}) of the multipart submission, not a material, is too large. */
    APPLICATION_PART_TOO_LARGE(413, "申请表内容超过大小限制"),
    FILE_NAME_REFUSED(400, "文件名不合法"),

    // review (审查)
    DECISION_OPINION_REQUIRED(400, "请选择审查意见"),
    DECISION_EXPLANATION_REQUIRED(400, "请填写审查意见说明"),
    DECISION_MODE_REQUIRED(400, "请选择阅卷方式"),
    DECISION_VALID_UNTIL_REQUIRED(400, "在线阅卷须填写有效截止日期"),
    DECISION_VALID_UNTIL_OUT_OF_RANGE(400, "有效截止日期须在今天至九十天之内"),
    DECISION_WINDOW_REQUIRED(400, "现场阅卷须填写起始时间和截止时间"),
    DECISION_WINDOW_INVALID(400, "现场阅卷时间段不正确"),
    IDEMPOTENCY_KEY_REQUIRED(400, "缺少幂等键"),
    IDEMPOTENCY_KEY_REUSED(422, "该幂等键已用于另一项操作"),
    VERSION_CONFLICT(409, "该申请已被他人修改，请查看最新状态后重新决定"),
    ILLEGAL_TRANSITION(409, "该申请当前状态不允许此操作"),
    NOT_ON_SITE(409, "该申请不是现场阅卷"),
    ATTENDANCE_TIME_OUTSIDE_WINDOW(400, "借阅时间须在批准的现场阅卷时间段之内"),
    ATTENDANCE_TIME_IN_FUTURE(400, "借阅时间和还卷时间不能晚于当前时间"),

    // reading the file
    DOWNLOAD_NOT_APPROVED(409, "该申请未获在线阅卷批准"),
    DOWNLOAD_EXPIRED(410, "阅卷期限已过，无法查看卷宗，请重新申请阅卷"),
    DOWNLOAD_CODE_WRONG(403, "卷宗下载密码错误"),

    // 网上立案 (spec-004 §2; 民事诉讼法 第122条, 第124条; 登记立案规定 第7条)
    PROFILE_INCOMPLETE(403, "请先在个人中心完善个人信息，再使用网上立案"),
    FILING_PLAINTIFF_REQUIRED(400, "请填写原告信息"),
    FILING_DEFENDANT_REQUIRED(400, "请填写明确的被告"),
    FILING_PARTY_INCOMPLETE(400, "当事人信息不完整"),
    FILING_CAUSE_REQUIRED(400, "请填写案由"),
    FILING_CLAIMS_REQUIRED(400, "请填写诉讼请求"),
    FILING_FACTS_REQUIRED(400, "请填写事实与理由"),
    FILING_AMOUNT_INVALID(400, "标的额须为不小于 0 的金额，最多两位小数"),
    FILING_CONCLUSION_REQUIRED(400, "请选择审查结论：符或退"),
    FILING_RETURN_KIND_REQUIRED(400, "退回时请选择退回补正或不予受理"),
    FILING_SUPPLEMENT_ITEMS_REQUIRED(400, "退回补正须一次性列明需要补正的全部内容"),
    FILING_SUPPLEMENT_DEADLINE_INVALID(400, "退回补正须填写补正期限，且在今天之后三十天之内"),
    FILING_REFUSAL_REASONS_REQUIRED(400, "不予受理须写明理由"),
    FILING_MESSAGE_REQUIRED(400, "请填写留言内容"),
    FILING_SUPPLEMENT_CLOSED(409, "该立案申请未被退回补正，或补正期限已过"),

    // 案件绑定 (spec-004 §8; 民事诉讼法 第61条, 第62条)
    BINDING_PARTY_REQUIRED(400, "请选择代理的当事人：诉讼地位和姓名（名称）"),
    BINDING_LICENCE_INVALID(400, "请填写 17 位数字的律师执业证号"),
    BINDING_LAW_FIRM_REQUIRED(400, "请填写律师事务所"),
    BINDING_AUTHORITY_REQUIRED(400, "请选择代理权限：一般授权或特别授权"),
    BINDING_PARTY_NOT_OF_CASE(422, "该案件没有此当事人，请核对诉讼地位和姓名（名称）"),
    BINDING_ALREADY_BOUND(409, "您已是该当事人的代理律师，无需再次绑定"),
    BINDING_ALREADY_PENDING(409, "您对该当事人的绑定申请正在审核中，请勿重复提交"),
    BINDING_VERDICT_REQUIRED(400, "请选择审核结果：审核通过或审核不通过"),
    BINDING_REASON_REQUIRED(400, "审核不通过须写明理由"),
    // 延期开庭 (spec-004 §4)
    ADJOURNMENT_REASON_REQUIRED(400, "请填写延期原因"),
    ADJOURNMENT_HEARING_NOT_FOUND(404, "没有找到该次开庭，或该开庭不属于您参与的案件"),
    ADJOURNMENT_HEARING_BEGUN(409, "开庭时间已到，不能再申请或批准延期开庭"),
    ADJOURNMENT_LIMIT_REACHED(409, "本案延期开庭次数已达上限"),
    ADJOURNMENT_CONCLUSION_REQUIRED(400, "请选择审查结论：审查通过或审查不通过"),
    ADJOURNMENT_OPINION_REQUIRED(400, "审查不通过须填写审查意见（将告知申请人）"),
    ADJOURNMENT_NEW_HEARING_REQUIRED(400, "批准延期须填写新的开庭时间，且晚于原开庭时间"),
    ADJOURNMENT_NOTICE_TOO_SHORT(409, "新的开庭时间须在三日之后，以便依法提前三日通知当事人"),
    // 提起上诉 (spec-004 §3)
    APPEAL_CASE_NOT_FOUND(404, "没有找到该原审案件，或您不是该案件的当事人或代理律师"),
    APPEAL_APPELLANT_INVALID(403, "上诉人须为本案当事人：当事人本人，或您代理的当事人"),
    APPEAL_APPELLEE_REQUIRED(400, "请选择被上诉人（本案上诉人以外的当事人）"),
    APPEAL_DECISION_TYPE_REQUIRED(400, "请选择上诉的是判决还是裁定"),
    APPEAL_SERVED_ON_INVALID(400, "请填写判决书或裁定书的送达日期（不能晚于今天）"),
    APPEAL_CLAIMS_REQUIRED(400, "请填写上诉请求"),
    APPEAL_REASONS_REQUIRED(400, "请填写上诉理由"),
    APPEAL_PETITION_REQUIRED(400, "请上传上诉状"),
    APPEAL_CONCLUSION_REQUIRED(400, "请选择审查结论：已接受或退回"),
    APPEAL_RETURN_REASON_REQUIRED(400, "退回须写明理由（将告知上诉人）"),
    // 诉讼保全 (spec-004 §5; 民事诉讼法 第103条, 第104条; 财产保全规定 第5条, 第10条)
    PRESERVATION_STAGE_REQUIRED(400, "请选择诉前保全或诉讼中保全"),
    PRESERVATION_URGENT_REASON_REQUIRED(400, "申请紧急保全须写明情况紧急的理由"),
    PRESERVATION_APPLICANT_REQUIRED(400, "请填写保全申请人"),
    PRESERVATION_RESPONDENT_REQUIRED(400, "请填写被申请人"),
    PRESERVATION_PROPERTY_REQUIRED(400, "请提供明确的被保全财产信息或具体的财产线索"),
    PRESERVATION_AMOUNT_INVALID(400, "请求保全金额须大于 0，最多两位小数"),
    PRESERVATION_GUARANTEE_REQUIRED(400, "诉前保全必须提供担保，不提供担保的，裁定驳回申请"),
    PRESERVATION_GUARANTEE_AMOUNT_INVALID(400, "担保数额须大于 0，最多两位小数"),
    PRESERVATION_GUARANTEE_INSUFFICIENT(400, "诉前保全应当提供相当于请求保全数额的担保"),
    PRESERVATION_CASE_NOT_IN_TRIAL(409, "该案件不在审理中，不能申请诉讼中保全"),
    PRESERVATION_RETURN_REASON_REQUIRED(400, "退回保全申请须写明理由"),

    // 调查令 (spec-004 §6; 民诉法解释 第94条, 证据规定 第20条)
    INVESTIGATION_SUBJECT_REQUIRED(400, "请填写被调查人"),
    INVESTIGATION_EVIDENCE_REQUIRED(400, "请填写调查取证的内容及待证事实"),
    INVESTIGATION_REASON_REQUIRED(400, "请写明不能自行收集证据的理由"),
    INVESTIGATION_CASE_NOT_IN_TRIAL(409, "该案件不在审理中，不能申请调查令"),
    INVESTIGATION_AFTER_EVIDENCE_DEADLINE(409, "举证期限已届满，不能申请调查令"),
    INVESTIGATION_RETURN_REASON_REQUIRED(400, "退回调查令申请须写明理由"),
    INVESTIGATION_ORDER_NOT_ISSUED(409, "调查令尚未签发"),
    // the file store (issue 15): a stored file whose bytes no longer match their SHA-256 is never served
    STORED_FILE_CORRUPT(500, "存储的文件已损坏（校验不一致），已拒绝读取，请联系法院技术人员从备份恢复"),

    // 材料转接 (spec-004 §10)
    TRANSFER_TITLE_REQUIRED(400, "请填写材料名称"),
    TRANSFER_TYPE_REQUIRED(400, "请选择材料类型"),
    TRANSFER_COPIES_INVALID(400, "份数须为 1 至 99"),
    TRANSFER_FILE_REQUIRED(400, "请上传至少一个材料文件"),
    TRANSFER_CASE_NOT_IN_TRIAL(409, "该案件不在审理中，不能向承办法官转交材料"),
    // 庭审笔录 (spec-004 §13)
    TRANSCRIPT_PDF_REQUIRED(400, "庭审笔录须为 PDF 文件"),
    TRANSCRIPT_HEARING_DATE_INVALID(400, "请填写开庭日期，且不能晚于今天"),
    TRANSCRIPT_CORRECTION_REQUIRED(400, "请写明需要补正的内容"),
    TRANSCRIPT_READING_CLOSED(409, "庭审笔录阅读期限已届满，不能再申请补正"),
    TRANSCRIPT_REFUSAL_REASON_REQUIRED(400, "不予补正须写明理由"),

    // 联系法官 (spec-004 §11)
    CONTACT_PURPOSE_REQUIRED(400, "请填写约见事由"),
    CONTACT_TIMES_INVALID(400, "请提出 1 至 3 个不同的约见时间，且须晚于现在"),
    CONTACT_CASE_NOT_FOUND(404, "没有找到该案件，或您不是该案件的当事人或代理律师"),
    CONTACT_RESULT_REQUIRED(400, "请选择预约答复结果：同意约见、不同意约见或书面答复"),
    CONTACT_MEETING_REQUIRED(400, "同意约见须填写约见时间（晚于现在）、地点和方式"),
    CONTACT_CONTENT_REQUIRED(400, "请填写答复内容（将告知申请人）"),

    // 意见建议 (spec-004 §12)
    SUGGESTION_CATEGORY_REQUIRED(400, "请选择意见建议的类别"),
    SUGGESTION_TEXT_REQUIRED(400, "请填写意见建议的标题和内容"),
    SUGGESTION_CASE_NOT_FOUND(404, "没有找到该案件，或您不是该案件的当事人或代理律师"),
    SUGGESTION_REPLY_REQUIRED(400, "请填写答复内容（将告知提出人）"),

    // 服务内容管理 (spec-004 §9)
    SERVICE_CONTENT_CATEGORY_REQUIRED(400, "请选择服务内容的类别"),
    SERVICE_CONTENT_TITLE_REQUIRED(400, "请填写服务内容的标题"),
    SERVICE_CONTENT_COURT_REQUIRED(400, "请选择发布法院"),
    SERVICE_CONTENT_REGISTERED_REQUIRED(400, "请选择登记时间"),
    SERVICE_CONTENT_BODY_REQUIRED(400, "请填写正文（脚本、外部图片等不允许的内容会被去除）"),
    SERVICE_CONTENT_BODY_TOO_LONG(413, "正文过长（去除不允许的内容后至多 1 MB），请删减内容或图片"),
    SERVICE_CONTENT_AUTHOR_ONLY(403, "服务内容只能由发布它的法官查看和修改"),

    // 证据交换 (spec-004 §7; 民事诉讼法 第68条, 民诉法解释 第99条、第104条, 证据规定 第51条、第54条)
    EVIDENCE_DEADLINE_INVALID(400, "举证期限不符合该程序的法定期间"),
    EVIDENCE_CROSS_DEADLINE_INVALID(400, "质证期限须在举证期限届满之后"),
    EVIDENCE_CHANGE_REASON_REQUIRED(400, "修改期限须写明理由"),
    EVIDENCE_CHANGE_NOTHING(400, "没有修改任何期限"),
    EVIDENCE_ENTRY_INVALID(400, "证据目录填写不完整"),
    EVIDENCE_SEQ_TAKEN(409, "该序号在本方证据目录中已被使用"),
    EVIDENCE_CROSS_INVALID(400, "质证意见填写不完整"),
    EVIDENCE_CROSS_OWN_SIDE(409, "不能对本方提交的证据发表质证意见"),
    EVIDENCE_EXCHANGE_CLOSED(409, "证据交换已审查，不能再提交或修改"),
    EVIDENCE_EXCHANGE_EXISTS(409, "该案件已有未审查的证据交换"),
    EVIDENCE_REVIEW_OPINION_REQUIRED(400, "请填写审查意见"),
    EVIDENCE_CASE_NOT_IN_TRIAL(409, "该案件不在审理中，不能组织证据交换"),

    SERVER_ERROR(500, "服务器内部错误，请稍后再试"),
    /** The database could not take the write now (lock wait, no free connection); answered with Retry-After. */
    SERVICE_BUSY(503, "服务器繁忙，请稍后重试");

    private final int httpStatus;
    private final String message;

    ErrorCode(int httpStatus, String message) {
        this.httpStatus = httpStatus;
        this.message = message;
    }

    public int httpStatus() {
        return httpStatus;
    }

    /** The Chinese sentence shown to applicants; the workstation uses its bundle instead. */
    public String message() {
        return message;
    }
}
