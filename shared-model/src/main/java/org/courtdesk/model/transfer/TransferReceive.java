package org.courtdesk.model.transfer;

import java.util.UUID;

/** 接收 of one 材料转接 (未接收 → 已接收). A batch 接收 is one of these per row, each with its own key. */
public record TransferReceive(UUID idempotencyKey, long baseVersion) {}
