package org.courtdesk.app.ui.transfer;

import org.courtdesk.app.workspace.StaffOp;

/** The staff action of 材料转接 and its server route (spec-004 §10 接收). */
public final class TransferOps {

    /** 接收 ({@link org.courtdesk.model.transfer.TransferReceive}). */
    public static final StaffOp RECEIVE = new StaffOp("transfer-receive", "api/v1/judge/material-transfers/{id}/receive",
            true);

    private TransferOps() {}
}
