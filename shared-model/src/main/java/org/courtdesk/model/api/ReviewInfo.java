package org.courtdesk.model.api;

import java.time.LocalDate;

import org.courtdesk.model.reading.ReadingMode;
import org.courtdesk.model.reading.ReviewOpinion;

/** 审查信息 as the applicant sees it: who, when, opinion, explanation, mode and dates, reply note. */
public record ReviewInfo(String reviewer, LocalDate reviewDate, ReviewOpinion opinion, String explanation,
                         ReadingMode mode, LocalDate validUntil, LocalDate onSiteStart, LocalDate onSiteEnd,
                         String replyNote) {}
