package org.courtdesk.app.ui.main;

import java.time.Clock;
import java.util.Set;
import java.util.function.Supplier;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.app.ui.Fx;
import org.courtdesk.app.ui.QueueTab;
import org.courtdesk.app.ui.queue.QueueCount;
import org.courtdesk.app.workspace.Workspace;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestRef;

/**
 * A queue whose view is built when it is first needed — first shown, or asked for by {@link MainWindow#queue} — not
 * when the window opens (issue 13: fourteen views built on the FX thread at start made the first queue wait 20 s). Until
 * then its line in the list of queues is titled from the workspace: the requests of its kind still to do by the kind's
 * own {@link QueueCount} (the one its view counts with once built), counted off the FX thread at the first load and
 * whenever the workspace changes one of them. Once
 * built, the view's own title and every command go to the view.
 */
final class LazyQueue implements QueueTab {

    private final RequestKind kind;
    private final Workspace workspace;
    private final String name;
    private final Supplier<QueueTab> factory;
    private final QueueCount<?, ?> count;
    private final Clock clock;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();
    private QueueTab built;
    private boolean disposed;
    /** A count runs (FX thread only). */
    private boolean counting;
    private boolean again;

    /**
     * @param name  the queue's short name: its title's bundle key is {@code tab.name}, its keys {@code name.keys}
     * @param count what the kind counts as still to do: the built view's own {@code counting()} for a kind on the core
     */
    LazyQueue(RequestKind kind, String name, Workspace workspace, QueueCount<?, ?> count, Clock clock,
              Supplier<QueueTab> factory) {
        this.kind = kind;
        this.count = count;
        this.clock = clock;
        this.name = name;
        this.workspace = workspace;
        this.factory = factory;
        title.set(Messages.format("tab." + name, 0));
    }

    /** Whether the view exists yet (tests: the window does not build what nobody looked at). */
    boolean built() {
        return built != null;
    }

    /** The view, built now if it was not (its first load starts with it). */
    QueueTab view() {
        if (built == null) {
            built = factory.get();
            title.bind(built.title());
            built.refresh();
        }
        return built;
    }

    @Override
    public Node content() {
        return view().content();
    }

    @Override
    public ObservableValue<String> title() {
        return title.getReadOnlyProperty();
    }

    @Override
    public void refresh() {
        if (built != null) {
            built.refresh();
        } else {
            recount();
        }
    }

    @Override
    public void changed(Set<RequestRef> requests) {
        if (built != null) {
            built.changed(requests);
        } else if (requests.stream().anyMatch(r -> r.kind() == kind)) {
            recount();
        }
    }

    /** One count at a time (a sync reports its pages one by one): changes during a count ask for one more after it. */
    private void recount() {
        if (counting) {
            again = true;
            return;
        }
        counting = true;
        Fx.async(() -> count.count(workspace, clock), n -> {
            counted();
            if (built == null && !disposed) {
                title.set(Messages.format("tab." + name, n));
            }
        }, t -> counted());
    }

    private void counted() {
        counting = false;
        if (again && built == null && !disposed) {
            again = false;
            recount();
        }
    }

    @Override
    public void setActive(boolean active) {
        if (built != null) {
            built.setActive(active);
        }
    }

    @Override public void next() { if (built != null) built.next(); }
    @Override public void previous() { if (built != null) built.previous(); }
    @Override public void openSelected() { if (built != null) built.openSelected(); }
    @Override public void save() { if (built != null) built.save(); }
    @Override public void focusFilter() { if (built != null) built.focusFilter(); }
    @Override public void resetFilters() { if (built != null) built.resetFilters(); }
    @Override public void focusTable() { if (built != null) built.focusTable(); }

    /**
     * From 今日到期 or a reminder: the request in its queue, built now if it was not. A view still loading its rows
     * (built by this call, or moments before when the window selected its tab) shows the request once they are there:
     * the queue core remembers it ({@code KindQueueView.show}).
     */
    @Override
    public boolean show(RequestRef request) {
        return view().show(request);
    }

    @Override
    public String keysHelp() {
        if (built != null) {
            return built.keysHelp();
        }
        String key = name + ".keys";
        return Messages.bundle().containsKey(key) ? Messages.get(key) : null;
    }

    @Override
    public void dispose() {
        disposed = true;
        if (built != null) {
            built.dispose();
        }
    }
}
