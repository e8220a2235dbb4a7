package org.courtdesk.app.ui.deadline;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.courtdesk.app.workspace.Workspace;
import org.courtdesk.model.request.RequestKind;

/**
 * A kind's legal deadlines over the requests the user has (spec-004 §15: a judge's day ordered by the law), read from
 * the workspace's cache; called off the FX thread. Each queue tab declares one ({@code QueueTabs.Entry}), or
 * {@link #none} for a kind whose requests have no deadline on the judge, so the 今日到期 view names every kind.
 */
public interface DeadlineSource {

    RequestKind kind();

    /** The running deadlines of this kind at {@code now} (court-local), any order. */
    List<Deadline> deadlines(Workspace workspace, LocalDateTime now, ZoneId courtZone);

    /**
     * The running deadlines of only these requests of this kind (a sync changed them), none for a request gone or
     * without one. A kind reading its requests one by one ({@link RowDeadlines}) reads no other; by default the kind's
     * deadlines, filtered.
     */
    default List<Deadline> deadlines(Workspace workspace, Collection<Long> ids, LocalDateTime now, ZoneId courtZone) {
        Set<Long> wanted = Set.copyOf(ids);
        return deadlines(workspace, now, courtZone).stream().filter(d -> wanted.contains(d.request().id())).toList();
    }

    /** Whether this kind has deadlines at all (false for {@link #none}). */
    default boolean hasDeadlines() {
        return true;
    }

    /** A kind with no deadline on the judge's side (stated, not forgotten). */
    static DeadlineSource none(RequestKind kind) {
        return new DeadlineSource() {
            @Override
            public RequestKind kind() {
                return kind;
            }

            @Override
            public List<Deadline> deadlines(Workspace workspace, LocalDateTime now, ZoneId courtZone) {
                return List.of();
            }

            @Override
            public List<Deadline> deadlines(Workspace workspace, Collection<Long> ids, LocalDateTime now,
                                            ZoneId courtZone) {
                return List.of();
            }

            @Override
            public boolean hasDeadlines() {
                return false;
            }
        };
    }
}
