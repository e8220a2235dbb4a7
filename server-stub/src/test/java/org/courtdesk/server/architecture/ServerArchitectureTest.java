package org.courtdesk.server.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The production server against {@link ServerArchitecture}'s rules (they fail when broken: ServerArchitectureRulesTest). */
class ServerArchitectureTest {

    private static final ServerArchitecture RULES = ServerArchitecture.server();
    private static JavaClasses server;

    @BeforeAll
    static void importServer() {
        // The module's production classes only (tests may use anything; scanning the class path's jars is slow).
        server = new ClassFileImporter().importPath(Path.of("target", "classes"));
    }

    @Test
    void everyListedKindIsAPackageOfTheServer() {
        // A renamed kind package would otherwise leave the kind rules checking nothing.
        for (String kind : ServerArchitecture.KINDS) {
            assertThat(server.stream().filter(c -> c.getPackageName().startsWith(RULES.packageOf(kind))))
                    .as("classes of kind %s", kind).isNotEmpty();
        }
    }

    @Test
    void productionCodeNeverDependsOnTheDemo() {
        RULES.productionNeverDependsOnTheDemo().check(server);
    }

    @Test
    void theCoreNeverDependsOnAKind() {
        RULES.coreNeverDependsOnAKind().check(server);
    }

    @Test
    void noKindDependsOnAnotherKind() {
        RULES.kindsNeverDependOnEachOther().check(server);
    }
}
