package org.courtdesk.model.evidence;

import java.time.LocalDate;
import java.util.UUID;

/**
 * 新增 of an evidence exchange by the case's judge (spec-004 §7 新增或修改证据交换页面): the case, its procedure, each
 * side's 举证期限 (the defendant's also the third party's unless given; null = the procedure's default from today), the
 * 质证期限 (null = {@link EvidenceRules#DEFAULT_CROSS_DAYS} after the last 举证期限) and the optional 证据交换日.
 */
public record EvidenceExchangeCreate(UUID idempotencyKey, String caseNumber, EvidenceProcedure procedure,
                                     LocalDate plaintiffDeadline, LocalDate defendantDeadline,
                                     LocalDate thirdPartyDeadline, LocalDate crossDeadline, LocalDate exchangeDay) {}
