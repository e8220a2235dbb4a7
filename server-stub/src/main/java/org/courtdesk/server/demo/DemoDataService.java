package org.courtdesk.server.demo;

import java.time.Clock;

import org.courtdesk.server.DemoData;
import org.jdbi.v3.core.Jdbi;

/** {@link DemoSeeder} as the server finds it at startup (listed in META-INF/services). */
public final class DemoDataService implements DemoData {

    @Override
    public boolean seedIfEmpty(Jdbi jdbi, Clock clock) {
        return DemoSeeder.seedIfEmpty(jdbi, clock);
    }
}
