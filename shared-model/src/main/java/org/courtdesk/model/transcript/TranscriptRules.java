package org.courtdesk.model.transcript;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.casenumber.CaseNumber;

/**
 * The rules of 庭审笔录 (spec-004 §13) both sides apply; no I/O. The parties may read a transcript within a number of
 * days ([L] 民事诉讼法 第150条: 5 days; a per-court setting [P]), counted here from the day it is made available online,
 * since nobody can read it before [I]; a 申请补正 is possible while it is readable.
 */
public final class TranscriptRules {

    public static final int STATUTORY_READING_DAYS = 5;
    public static final int MAX_TITLE_LENGTH = 100;
    public static final int MAX_CONTENT_LENGTH = 1000;
    public static final int MAX_REASON_LENGTH = 500;

    public record Violation(ErrorCode code, String detail) {
        public Violation {
            Objects.requireNonNull(code, "code");
        }

        public String message() {
            return detail != null ? detail : code.message();
        }
    }

    private TranscriptRules() {}

    /** The last day the parties may read a transcript made available on {@code availableOn}. */
    public static LocalDate readableUntil(LocalDate availableOn, int readingDays) {
        return availableOn.plusDays(Math.max(1, readingDays));
    }

    public static boolean readable(LocalDate readableUntil, LocalDate today) {
        return readableUntil != null && !today.isAfter(readableUntil);
    }

    /** Days left to read (0 on the last day), negative once closed. */
    public static long daysLeft(LocalDate readableUntil, LocalDate today) {
        return java.time.temporal.ChronoUnit.DAYS.between(today, readableUntil);
    }

    public static List<Violation> checkAttach(TranscriptAttachForm form, LocalDate today) {
        List<Violation> problems = new ArrayList<>();
        if (form.caseNumber() == null || !CaseNumber.isValid(form.caseNumber())) {
            problems.add(new Violation(ErrorCode.CASE_NUMBER_INVALID, null));
        }
        if (form.hearingDate() == null || form.hearingDate().isAfter(today)) {
            problems.add(new Violation(ErrorCode.TRANSCRIPT_HEARING_DATE_INVALID, null));
        }
        if (form.title() == null || form.title().isBlank()) {
            problems.add(new Violation(ErrorCode.VALIDATION_FAILED, "请填写笔录名称，例如：第一次庭审笔录"));
        } else if (form.title().trim().length() > MAX_TITLE_LENGTH) {
            problems.add(new Violation(ErrorCode.TEXT_TOO_LONG, "笔录名称不能超过 " + MAX_TITLE_LENGTH + " 字"));
        }
        return problems;
    }

    public static List<Violation> checkCorrection(String content) {
        if (content == null || content.isBlank()) {
            return List.of(new Violation(ErrorCode.TRANSCRIPT_CORRECTION_REQUIRED, null));
        }
        if (content.trim().length() > MAX_CONTENT_LENGTH) {
            return List.of(new Violation(ErrorCode.TEXT_TOO_LONG, "补正内容不能超过 " + MAX_CONTENT_LENGTH + " 字"));
        }
        return List.of();
    }

    /** 不予补正 needs its reason; an agreement's note is optional; both at most 500 characters. */
    public static List<Violation> checkDecision(boolean agree, String reason) {
        if (!agree && (reason == null || reason.isBlank())) {
            return List.of(new Violation(ErrorCode.TRANSCRIPT_REFUSAL_REASON_REQUIRED, null));
        }
        if (reason != null && reason.trim().length() > MAX_REASON_LENGTH) {
            return List.of(new Violation(ErrorCode.TEXT_TOO_LONG, "理由不能超过 " + MAX_REASON_LENGTH + " 字"));
        }
        return List.of();
    }
}
