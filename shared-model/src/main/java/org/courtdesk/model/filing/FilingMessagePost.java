package org.courtdesk.model.filing;

import java.util.UUID;

/**
 * A 留言 sent by the reviewer or the applicant (spec-004 §2 screen 3: 留言内容, 发送). No base version: a message
 * changes no status and is allowed in every status; the key makes a resend from the workstation's outbox apply once.
 */
public record FilingMessagePost(UUID idempotencyKey, String text) {}
