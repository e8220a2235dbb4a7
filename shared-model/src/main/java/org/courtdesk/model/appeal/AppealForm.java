package org.courtdesk.model.appeal;

import java.time.LocalDate;
import java.util.List;

/**
 * The applicant's 上诉 (spec-004 §3 Fields): the first-instance case, the appellant (上诉人) and appellees (被上诉人)
 * among its parties, the decision appealed and its 送达日期, 上诉请求 and 上诉理由. Sent as the JSON part {@code appeal}
 * of the multipart submission; the 上诉状 as file part {@code PETITION} (required), copies as {@code COPY}.
 */
public record AppealForm(Long caseId, Long appellantPartyId, List<Long> appelleePartyIds, DecisionType decisionType,
                         LocalDate servedOn, String claims, String reasons) {}
