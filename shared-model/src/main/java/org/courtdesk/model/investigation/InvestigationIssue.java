package org.courtdesk.model.investigation;

import java.util.UUID;

/** 接收 of a 调查令 application: issues the order (number, validity and PDF are the server's). */
public record InvestigationIssue(UUID idempotencyKey, long baseVersion) {}
