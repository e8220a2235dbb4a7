package org.courtdesk.server.filing.trial;

import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.server.http.ApiException;

/**
 * The trial system did not register the case: answered 503 SERVICE_BUSY with Retry-After (the existing code for "not
 * now, try the same request again"); the 收案 transaction rolls back, so the filing stays 符 and may be taken in again.
 */
public final class TrialSystemUnavailable extends ApiException {

    /** Seconds the client is asked to wait before the next 收案 attempt. */
    public static final int RETRY_AFTER_SECONDS = 30;

    public TrialSystemUnavailable(String why) {
        super(ErrorCode.SERVICE_BUSY, "审判系统暂时无法接收立案（" + why + "），收案未完成，请稍后重试");
    }
}
