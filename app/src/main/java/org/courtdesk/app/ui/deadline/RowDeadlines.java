package org.courtdesk.app.ui.deadline;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.courtdesk.app.workspace.KindRow;
import org.courtdesk.app.workspace.Workspace;
import org.courtdesk.model.api.RequestView;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestRef;

/**
 * A kind's deadlines made request by request from its cached views: every request of the kind for the 今日到期 view's
 * first read, only the changed ones after a sync (issue 14: a sync of one change does not read every kind again).
 * A removed request has none.
 */
public abstract class RowDeadlines<V extends RequestView> implements DeadlineSource {

    private final RequestKind kind;
    private final Class<V> type;

    protected RowDeadlines(RequestKind kind, Class<V> type) {
        this.kind = kind;
        this.type = type;
    }

    @Override
    public final RequestKind kind() {
        return kind;
    }

    /** The running deadline of one cached request at {@code now} (court-local), or null when none runs. */
    protected abstract Deadline deadline(KindRow<V> row, LocalDateTime now, ZoneId courtZone);

    @Override
    public final List<Deadline> deadlines(Workspace workspace, LocalDateTime now, ZoneId courtZone) {
        List<Deadline> list = new ArrayList<>();
        for (KindRow<V> row : workspace.requests(kind, type)) {
            add(list, row, now, courtZone);
        }
        return list;
    }

    @Override
    public final List<Deadline> deadlines(Workspace workspace, Collection<Long> ids, LocalDateTime now,
                                          ZoneId courtZone) {
        List<Deadline> list = new ArrayList<>();
        for (long id : ids) {
            Optional<KindRow<V>> row = workspace.request(RequestRef.of(kind, id), type);
            row.ifPresent(r -> add(list, r, now, courtZone));
        }
        return list;
    }

    private void add(List<Deadline> list, KindRow<V> row, LocalDateTime now, ZoneId courtZone) {
        if (row.removed()) {
            return;
        }
        Deadline d = deadline(row, now, courtZone);
        if (d != null) {
            list.add(d);
        }
    }
}
