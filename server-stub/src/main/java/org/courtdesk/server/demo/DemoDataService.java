package org.courtdesk.server.demo;

import java.time.Clock;

import org.courtdesk.server.DemoData;
import org.jdbi.v3.core.Jdbi;

/** {@link DemoSeeder} and then {@link DemoFilings}, as the server finds them at startup (listed in META-INF/services). */
public final class DemoDataService implements DemoData {

    @Override
    public boolean seedIfEmpty(Jdbi jdbi, Clock clock) {
        if (!DemoSeeder.seedIfEmpty(jdbi, clock)) {
            return false;
        }
        DemoFilings.seed(jdbi, clock); // the 网上立案 of the same court, on its accounts
        return true;
    }
}
