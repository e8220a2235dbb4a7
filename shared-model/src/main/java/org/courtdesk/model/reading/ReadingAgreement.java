package org.courtdesk.model.reading;

import java.time.Instant;

/**
 * The 阅卷须知 (网上预约阅卷申请协议 / 告知书) an applicant reads and ticks before applying (seeds 000 §2, 001 §2.4):
 * a court's own text, or the default for courts without one ({@code courtCode} then null). Every change is a new
 * {@code version}; the application names the version it was ticked on, and that version is stored with it.
 */
public record ReadingAgreement(String courtCode, int version, String title, String text, Instant publishedAt) {}
