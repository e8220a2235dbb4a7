package org.courtdesk.app.ui.main;

import java.lang.reflect.Method;
import java.util.List;

import org.courtdesk.app.ui.FakeWorkspace;
import org.courtdesk.app.ui.Samples;

/** The sample workspace with every kind's sample requests in it too (each kind's tests keep their own samples). */
final class EveryKind {

    private static final List<String> SAMPLES = List.of("adjournment.AdjournmentSamples", "appeal.AppealSamples",
            "binding.BindingSamples", "contact.ContactSamples", "investigation.InvestigationSamples",
            "preservation.PreservationSamples", "suggestion.SuggestionSamples", "transfer.TransferSamples");

    private EveryKind() {}

    static FakeWorkspace workspace() {
        FakeWorkspace ws = Samples.workspace();
        for (String s : SAMPLES) {
            try {
                Method m = Class.forName("org.courtdesk.app.ui." + s).getDeclaredMethod("workspace");
                m.setAccessible(true);
                FakeWorkspace kind = (FakeWorkspace) m.invoke(null);
                ws.kindViews.putAll(kind.kindViews);
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(s, e);
            }
        }
        return ws;
    }
}
