package org.courtdesk.server.request;

import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestStatus;

/**
 * What the core needs of any request, whatever its kind (its row in table {@code request}): whose it is (the audience:
 * the judge whose queue it is in, or a role pool for kinds reviewed by a pool; the applicant told about it), where it
 * stands (status) and which state a client saw (version = the feed seq of its last change).
 */
public record RequestHeader(long id, RequestKind kind, String applicationNo, Long judgeId, String pool,
                            Long applicantId, RequestStatus status, long version) {}
