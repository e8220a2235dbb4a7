package org.courtdesk.app.ui.filing;

import org.courtdesk.app.ui.FakeWorkspace;

/** The filing samples for tests of other packages (the 今日到期 view). */
public final class FilingTestAccess {

    private FilingTestAccess() {}

    /** A judge's workspace with fifteen filings of every status (FilingSamples.workspace). */
    public static FakeWorkspace workspaceOfJudge() {
        return FilingSamples.workspace(FilingSamples.judge());
    }
}
