package org.courtdesk.app.ui.suggestion;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import org.courtdesk.model.request.RequestStatus;
import org.courtdesk.model.suggestion.SuggestionCategory;
import org.courtdesk.model.suggestion.SuggestionView;

/**
 * The 查询条件 of the 意见建议 queue as the seed names them (spec-004 §12 [S 004:98]): 法院 (court code, null = all),
 * 类别, 状态, 提出时间 from–to (court-local, inclusive, null open); plus a free text over 申请编号, 案号, 提出人, 标题, 内容.
 */
public record SuggestionQuery(String courtCode, SuggestionCategory category, RequestStatus status, LocalDate from,
                              LocalDate to, String text) {

    public static final SuggestionQuery DEFAULT = new SuggestionQuery(null, null, null, null, null, "");

    public SuggestionQuery withCourt(String c) {
        return new SuggestionQuery(c, category, status, from, to, text);
    }

    public SuggestionQuery withCategory(SuggestionCategory c) {
        return new SuggestionQuery(courtCode, c, status, from, to, text);
    }

    public SuggestionQuery withStatus(RequestStatus s) {
        return new SuggestionQuery(courtCode, category, s, from, to, text);
    }

    public SuggestionQuery withDates(LocalDate f, LocalDate t) {
        return new SuggestionQuery(courtCode, category, status, f, t, text);
    }

    public SuggestionQuery withText(String t) {
        return new SuggestionQuery(courtCode, category, status, from, to, t == null ? "" : t);
    }

    public boolean matches(SuggestionRow r, ZoneId zone) {
        SuggestionView v = r.view();
        if (courtCode != null && !courtCode.equals(v.courtCode())
                || category != null && v.category() != category
                || status != null && r.shownStatus() != status) {
            return false;
        }
        if (from != null || to != null) {
            if (v.submittedAt() == null) {
                return false;
            }
            LocalDate day = LocalDate.ofInstant(v.submittedAt(), zone);
            if (from != null && day.isBefore(from) || to != null && day.isAfter(to)) {
                return false;
            }
        }
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (t.isEmpty()) {
            return true;
        }
        for (String s : new String[] {v.applicationNo(), v.caseNumber(), v.applicantName(), v.title(), v.content()}) {
            if (s != null && s.toLowerCase(Locale.ROOT).contains(t)) {
                return true;
            }
        }
        return false;
    }
}
