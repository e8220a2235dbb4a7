package org.courtdesk.model.api;

import org.courtdesk.model.request.RequestKind;

/**
 * One entry of the changes feed: the request's state after change {@code seq}. {@code reading} is set for
 * UPSERTs of 阅卷申请 (later kinds add their own view field); null for REMOVED.
 */
public record Change(long seq, RequestKind kind, long requestId, ChangeOp op, ReadingRequestView reading) {}
