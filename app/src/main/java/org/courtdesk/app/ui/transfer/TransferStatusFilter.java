package org.courtdesk.app.ui.transfer;

import org.courtdesk.model.request.RequestStatus;

/** The 状态 query condition of the 材料转接 queue: 全部 / 未接收 / 已接收. */
public enum TransferStatusFilter {
    ALL(null),
    NOT_RECEIVED(RequestStatus.NOT_RECEIVED),
    RECEIVED(RequestStatus.RECEIVED);

    private final RequestStatus status;

    TransferStatusFilter(RequestStatus status) {
        this.status = status;
    }

    public boolean matches(RequestStatus s) {
        return status == null || status == s;
    }

    public String key() {
        return this == ALL ? "queue.filter.status.all" : "status." + status.name();
    }
}
