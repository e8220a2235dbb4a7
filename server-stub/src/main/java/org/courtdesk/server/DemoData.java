package org.courtdesk.server;

import java.time.Clock;
import java.util.ServiceLoader;

import org.jdbi.v3.core.Jdbi;

/**
 * The demo court that {@code --demo} seeds. Found through {@link ServiceLoader} (the demo package lists its
 * implementation in {@code META-INF/services}), so no production class names the demo code: the ArchUnit rule
 * {@code ServerArchitectureTest} keeps it that way, and a build without the demo package just cannot start with
 * {@code --demo}.
 */
public interface DemoData {

    /** Seeds into an empty database only, so a restart keeps the judges' decisions; whether it seeded. */
    boolean seedIfEmpty(Jdbi jdbi, Clock clock);

    /** The demo on the class path; refuses to start without one rather than serve an empty demo. */
    static DemoData load() {
        return ServiceLoader.load(DemoData.class).findFirst().orElseThrow(() -> new IllegalStateException(
                "--demo given but no demo data on the class path (" + DemoData.class.getName() + ")"));
    }
}
