package org.courtdesk.model.reading;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.courtdesk.model.account.Role;
import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.api.ReviewDecision;
import org.courtdesk.model.request.RequestStatus;

/** The rules of 阅卷申请 (domain.md §1) that both sides apply. No I/O: callers pass what they know. */
public final class ReadingRules {

    /** How long an online approval stays valid when the judge does not say (the seeds show 15 days). */
    public static final int DEFAULT_ONLINE_VALIDITY_DAYS = 15;
    /** Longest validity a judge may grant, so a typo does not open a file for years. */
    public static final int MAX_ONLINE_VALIDITY_DAYS = 90;
    /** Longest on-site window. */
    public static final int MAX_ON_SITE_WINDOW_DAYS = 30;

    private ReadingRules() {}

    /** Materials each applicant type must upload (seed 002 fig. 13: lawyer's four, a party's ID card). */
    public static Set<MaterialType> requiredMaterials(Role applicant) {
        return switch (applicant) {
            case LAWYER -> EnumSet.of(MaterialType.LAWYER_LICENCE, MaterialType.LAW_FIRM_LETTER,
                    MaterialType.POWER_OF_ATTORNEY, MaterialType.PARTY_IDENTITY);
            case PARTY -> EnumSet.of(MaterialType.ID_CARD);
            default -> throw new IllegalArgumentException(applicant + " does not apply to read case files");
        };
    }

    /** Materials each applicant type may upload (required ones plus optional extras). */
    public static Set<MaterialType> allowedMaterials(Role applicant) {
        Set<MaterialType> allowed = EnumSet.copyOf(requiredMaterials(applicant));
        allowed.add(MaterialType.ID_CARD);
        allowed.add(MaterialType.WORK_CARD);
        return allowed;
    }

    /** The required types missing from {@code uploaded}, empty when complete. */
    public static Set<MaterialType> missingMaterials(Role applicant, Collection<MaterialType> uploaded) {
        Set<MaterialType> missing = EnumSet.copyOf(requiredMaterials(applicant));
        missing.removeAll(uploaded);
        return missing;
    }

    /**
     * What the applicant and the judge see: a stored 审查通过 becomes 已过期 once the validity date (online)
     * or the on-site window's last day has passed. {@code today} is the court's local date.
     */
    public static RequestStatus effectiveStatus(RequestStatus stored, ReadingMode mode,
                                                LocalDate validUntil, LocalDate onSiteEnd, LocalDate today) {
        if (stored != RequestStatus.APPROVED || mode == null) {
            return stored;
        }
        LocalDate last = mode == ReadingMode.ONLINE ? validUntil : onSiteEnd;
        return last != null && today.isAfter(last) ? RequestStatus.EXPIRED : stored;
    }

    /** Whether an online approval can still be read on {@code today} (the last day counts). */
    public static boolean onlineReadable(RequestStatus stored, ReadingMode mode, LocalDate validUntil, LocalDate today) {
        return stored == RequestStatus.APPROVED && mode == ReadingMode.ONLINE
                && validUntil != null && !today.isAfter(validUntil);
    }

    /**
     * Checks a judge's decision before it is stored or queued. Returns the problems, each code once (empty = valid),
     * so the workstation can show all of them at once and the server can refuse with the first.
     *
     * @param digitised whether the case file was scanned: an online approval needs it
     */
    public static List<ErrorCode> validateDecision(ReviewDecision d, boolean digitised, LocalDate today) {
        List<ErrorCode> problems = new ArrayList<>();
        if (d.opinion() == null) {
            problems.add(ErrorCode.DECISION_OPINION_REQUIRED);
            return problems;
        }
        if (d.explanation() == null || d.explanation().isBlank()) {
            problems.add(ErrorCode.DECISION_EXPLANATION_REQUIRED);
        } else if (d.explanation().length() > 1000) {
            problems.add(ErrorCode.TEXT_TOO_LONG);
        }
        if (d.replyNote() != null && d.replyNote().length() > 1000 && !problems.contains(ErrorCode.TEXT_TOO_LONG)) {
            problems.add(ErrorCode.TEXT_TOO_LONG);
        }
        if (d.opinion() == ReviewOpinion.DISAGREE) {
            return problems;
        }
        if (d.mode() == null) {
            problems.add(ErrorCode.DECISION_MODE_REQUIRED);
            return problems;
        }
        if (d.mode() == ReadingMode.ONLINE) {
            if (!digitised) {
                problems.add(ErrorCode.CASE_NOT_DIGITISED);
            }
            if (d.validUntil() == null) {
                problems.add(ErrorCode.DECISION_VALID_UNTIL_REQUIRED);
            } else if (d.validUntil().isBefore(today) || d.validUntil().isAfter(today.plusDays(MAX_ONLINE_VALIDITY_DAYS))) {
                problems.add(ErrorCode.DECISION_VALID_UNTIL_OUT_OF_RANGE);
            }
        } else {
            if (d.onSiteStart() == null || d.onSiteEnd() == null) {
                problems.add(ErrorCode.DECISION_WINDOW_REQUIRED);
            } else if (d.onSiteStart().isBefore(today) || d.onSiteEnd().isBefore(d.onSiteStart())
                    || d.onSiteEnd().isAfter(d.onSiteStart().plusDays(MAX_ON_SITE_WINDOW_DAYS))) {
                problems.add(ErrorCode.DECISION_WINDOW_INVALID);
            }
        }
        return problems;
    }
}
