package org.courtdesk.server.demo;

import java.time.Clock;

import org.courtdesk.server.DemoData;
import org.jdbi.v3.core.Jdbi;

/** {@link DemoSeeder}, then each kind's demo requests in its own transaction, as the server finds them at startup (listed in META-INF/services). */
public final class DemoDataService implements DemoData {

    /**
     * The court, its people and 阅卷申请 into an empty database; then the 网上立案 of the same court, on its accounts,
     * whenever the demo court has none yet: the two are separate transactions, so a demo server killed between them
     * gets its filings at the next start instead of never.
     */
    @Override
    public boolean seedIfEmpty(Jdbi jdbi, Clock clock) {
        boolean seeded = DemoSeeder.seedIfEmpty(jdbi, clock);
        boolean more = false;
        if (DemoFilings.missing(jdbi)) {
            DemoFilings.seed(jdbi, clock);
            seeded = true;
        }
        if (DemoBindings.missing(jdbi)) {
            DemoBindings.seed(jdbi, clock);
            seeded = true;
        }
        if (DemoAdjournments.missing(jdbi)) {
            DemoAdjournments.seed(jdbi, clock);
            seeded = true;
        }
        if (DemoAppeals.missing(jdbi)) {
            DemoAppeals.seed(jdbi, clock);
            seeded = true;
        }
        if (DemoPreservations.missing(jdbi)) {
            DemoPreservations.seed(jdbi, clock);
            more = true;
        }
        if (DemoInvestigations.missing(jdbi)) {
            DemoInvestigations.seed(jdbi, clock);
            more = true;
        }
        // 材料转接 (spec-004 §10)
        if (DemoTransfers.missing(jdbi)) {
            DemoTransfers.seed(jdbi, clock);
            more = true;
        }
        // 庭审笔录 (spec-004 §13)
        if (DemoTranscripts.missing(jdbi)) {
            DemoTranscripts.seed(jdbi, clock);
            more = true;
        }
        // 联系法官
        if (DemoContacts.missing(jdbi)) {
            DemoContacts.seed(jdbi, clock);
            more = true;
        }
        // 意见建议
        if (DemoSuggestions.missing(jdbi)) {
            DemoSuggestions.seed(jdbi, clock);
            more = true;
        }
        if (DemoServiceContents.missing(jdbi)) {
            DemoServiceContents.seed(jdbi, clock);
            more = true;
        }
        // 证据交换 (spec-004 §7)
        if (DemoEvidenceExchanges.missing(jdbi)) {
            DemoEvidenceExchanges.seed(jdbi, clock);
            more = true;
        }
        return seeded || more;
    }
}
