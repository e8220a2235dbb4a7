package org.courtdesk.app.ui.transfer;

import java.time.LocalDate;
import java.time.ZoneId;

import org.courtdesk.app.ui.reading.QueueQuery;
import org.courtdesk.model.transfer.MaterialTransferView;
import org.courtdesk.model.transfer.TransferMaterialType;

/**
 * The query conditions of the 材料转接 queue (spec-004 §10: the seed shows a 查询条件 panel but names no fields [fig. 168];
 * these follow the other queues and §10 Fields [I]): 状态, 材料类型, one text matched against 案号, 申请编号, 材料名称 and
 * 提交人, and the 提交日期 from–to in the court's dates.
 */
public record TransferQuery(TransferStatusFilter status, TransferMaterialType type, String text, LocalDate from,
                            LocalDate to) {

    public static final TransferQuery DEFAULT = new TransferQuery(TransferStatusFilter.ALL, null, "", null, null);

    public TransferQuery {
        status = status == null ? TransferStatusFilter.ALL : status;
        text = QueueQuery.normalize(text);
    }

    public TransferQuery withStatus(TransferStatusFilter s) {
        return new TransferQuery(s, type, text, from, to);
    }

    public TransferQuery withType(TransferMaterialType t) {
        return new TransferQuery(status, t, text, from, to);
    }

    public TransferQuery withText(String t) {
        return new TransferQuery(status, type, t, from, to);
    }

    public TransferQuery withDates(LocalDate f, LocalDate t) {
        return new TransferQuery(status, type, text, f, t);
    }

    public boolean matches(TransferRow row, ZoneId zone) {
        if (!status.matches(row.shownStatus())) {
            return false;
        }
        MaterialTransferView v = row.view();
        if (type != null && v.materialType() != type) {
            return false;
        }
        if (!text.isEmpty() && !(has(v.caseNumber()) || has(v.applicationNo()) || has(v.title())
                || has(v.applicantName()))) {
            return false;
        }
        LocalDate d = v.submittedAt() == null ? null : LocalDate.ofInstant(v.submittedAt(), zone);
        if (from != null && (d == null || d.isBefore(from))) {
            return false;
        }
        return to == null || (d != null && !d.isAfter(to));
    }

    private boolean has(String value) {
        return QueueQuery.normalize(value).contains(text);
    }
}
