package org.courtdesk.model.transfer;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.casenumber.CaseNumber;
import org.courtdesk.model.request.RequestStatus;

/**
 * The rules of 材料转接 (spec-004 §10) both sides apply; no I/O. A check returns every problem it finds (empty =
 * valid); the server refuses with the first.
 */
public final class TransferRules {

    public static final int MAX_TITLE_LENGTH = 100;
    public static final int MAX_NOTE_LENGTH = 500;
    public static final int MAX_COPIES = 99;
    public static final int MAX_PAGES = 9999;
    public static final int MAX_FILES = 20;

    /** One broken rule: the code, and a Chinese detail when the code's sentence is not precise enough. */
    public record Violation(ErrorCode code, String detail) {
        public Violation {
            Objects.requireNonNull(code, "code");
        }

        public String message() {
            return detail != null ? detail : code.message();
        }
    }

    private TransferRules() {}

    /** The form and its files: a valid 案号, 材料名称, 材料类型, 份数 1–99, 页数 if given 1–9999, note ≤ 500, 1–20 files. */
    public static List<Violation> checkForm(TransferForm form, int fileCount) {
        List<Violation> problems = new ArrayList<>();
        if (form.caseNumber() == null || form.caseNumber().isBlank()) {
            problems.add(new Violation(ErrorCode.CASE_NUMBER_INVALID, "请填写材料所属案件的案号"));
        } else if (!CaseNumber.isValid(form.caseNumber())) {
            problems.add(new Violation(ErrorCode.CASE_NUMBER_INVALID, null));
        }
        if (form.title() == null || form.title().isBlank()) {
            problems.add(new Violation(ErrorCode.TRANSFER_TITLE_REQUIRED, null));
        } else if (form.title().trim().length() > MAX_TITLE_LENGTH) {
            problems.add(new Violation(ErrorCode.TEXT_TOO_LONG, "材料名称不能超过 " + MAX_TITLE_LENGTH + " 字"));
        }
        if (form.materialType() == null) {
            problems.add(new Violation(ErrorCode.TRANSFER_TYPE_REQUIRED, null));
        }
        if (form.copies() < 1 || form.copies() > MAX_COPIES) {
            problems.add(new Violation(ErrorCode.TRANSFER_COPIES_INVALID, null));
        }
        if (form.pages() != null && (form.pages() < 1 || form.pages() > MAX_PAGES)) {
            problems.add(new Violation(ErrorCode.TRANSFER_COPIES_INVALID, "页数须为 1 至 " + MAX_PAGES));
        }
        if (form.note() != null && form.note().trim().length() > MAX_NOTE_LENGTH) {
            problems.add(new Violation(ErrorCode.TEXT_TOO_LONG, "说明不能超过 " + MAX_NOTE_LENGTH + " 字"));
        }
        if (fileCount < 1) {
            problems.add(new Violation(ErrorCode.TRANSFER_FILE_REQUIRED, null));
        } else if (fileCount > MAX_FILES) {
            problems.add(new Violation(ErrorCode.TRANSFER_FILE_REQUIRED, "一次至多上传 " + MAX_FILES + " 个文件"));
        }
        return problems;
    }

    /** Only a 未接收 material can be received. */
    public static boolean receivable(RequestStatus status) {
        return status == RequestStatus.NOT_RECEIVED;
    }
}
