package org.courtdesk.app.ui.main;

import java.time.Clock;
import java.util.Set;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.app.ui.QueueTab;
import org.courtdesk.app.ui.reading.ReadingQueueView;
import org.courtdesk.app.workspace.Workspace;
import org.courtdesk.model.api.MaterialRef;

/** The 阅卷申请 queue as a registry tab; the view itself is unchanged. Its changes come as {@link #requestsChanged}. */
final class ReadingTab implements QueueTab {

    private final ReadingQueueView view;
    private final ObservableValue<String> title;

    ReadingTab(Workspace workspace, Clock clock, QueueTabs.Host host) {
        view = new ReadingQueueView(workspace, clock, (request, m) -> host.openDocument(document(request, m)));
        title = Bindings.createStringBinding(() -> Messages.format("tab.reading", view.model().pendingCountProperty().get()),
                view.model().pendingCountProperty());
    }

    private static QueueTabs.DocumentRef document(org.courtdesk.model.api.ReadingRequestView request, MaterialRef m) {
        return new QueueTabs.DocumentRef(m.id(), m.sha256(), m.fileName(), m.contentType(), m.size(),
                Messages.material(m.type()), request.caseNumber() == null ? "" : request.caseNumber());
    }

    ReadingQueueView view() {
        return view;
    }

    /** 阅卷申请 by id (the reading queue's own event). */
    void requestsChanged(Set<Long> ids) {
        view.requestsChanged(ids);
    }

    @Override public Node content() { return view; }
    @Override public ObservableValue<String> title() { return title; }
    @Override public void refresh() { view.refresh(); }
    @Override public void next() { view.next(); }
    @Override public void previous() { view.previous(); }
    @Override public void openSelected() { view.openSelected(); }
    @Override public void save() { view.save(); }
    @Override public void focusFilter() { view.focusFilter(); }
    @Override public void resetFilters() { view.resetFilters(); }
    @Override public void focusTable() { view.focusTable(); }
    @Override public void dispose() { view.dispose(); }
}
