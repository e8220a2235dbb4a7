package org.courtdesk.server.request;

import org.courtdesk.model.request.RequestStatus;

/**
 * What the core needs of any request, whatever its kind: whose it is (the judge whose queue it is in, the applicant
 * told about it), where it stands (status) and which state a client saw (version = the feed seq of its last change).
 */
public record RequestHeader(long id, long judgeId, Long applicantId, RequestStatus status, long version) {}
