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

    /** Every kind's samples, 网上立案's too ({@link #workspace} leaves it out: other tests count its queues). */
    static FakeWorkspace withFiling() {
        FakeWorkspace ws = workspace();
        try {
            Class<?> samples = Class.forName("org.courtdesk.app.ui.filing.FilingSamples");
            Method judge = samples.getDeclaredMethod("judge");
            judge.setAccessible(true);
            Method m = samples.getDeclaredMethod("workspace", org.courtdesk.model.api.UserInfo.class);
            m.setAccessible(true);
            ws.kindViews.putAll(((FakeWorkspace) m.invoke(null, judge.invoke(null))).kindViews);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        return ws;
    }
}
