package org.courtdesk.model.contact;

import java.time.LocalDateTime;
import java.util.UUID;

/**
 * The judge's answer, POSTed to {@code /api/v1/judge/contact-requests/{id}/reply} (spec-004 §11 预约法官答复页面: ①
 * 预约答复结果, ② 答复内容, ③ 提交答复). For 同意约见 also the meeting's time (court-local), place and way.
 * {@code baseVersion} is the version the judge saw.
 */
public record ContactReply(UUID idempotencyKey, long baseVersion, ContactResult result, LocalDateTime meetingAt,
                           String place, ContactWay way, String content) {}
