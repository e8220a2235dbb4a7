package org.courtdesk.server.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.courtdesk.server.architecture.fixture.FixtureServer;
import org.courtdesk.server.architecture.fixture.demo.DemoSeed;
import org.courtdesk.server.architecture.fixture.feed.CleanCore;
import org.courtdesk.server.architecture.fixture.feed.CoreNamingAKind;
import org.courtdesk.server.architecture.fixture.filing.FilingKind;
import org.courtdesk.server.architecture.fixture.filing.FilingNamingReading;
import org.courtdesk.server.architecture.fixture.reading.ReadingKind;
import org.courtdesk.server.architecture.fixture.reading.ReadingUsingTheDemo;
import org.junit.jupiter.api.Test;

/**
 * {@link ServerArchitecture}'s rules fail when broken: run over a fixture server (package {@code fixture}, kinds
 * reading and filing) with one offender per rule, each rule reports its offender and only it; without the
 * offenders every rule passes, so the allowed directions (root → kinds, demo → kinds, kinds → core) stay allowed.
 */
class ServerArchitectureRulesTest {

    private static final ServerArchitecture RULES =
            new ServerArchitecture(FixtureServer.class.getPackageName(), List.of("reading", "filing"));
    private static final List<Class<?>> ALLOWED =
            List.of(FixtureServer.class, CleanCore.class, ReadingKind.class, FilingKind.class, DemoSeed.class);
    private static final List<Class<?>> OFFENDERS =
            List.of(CoreNamingAKind.class, ReadingUsingTheDemo.class, FilingNamingReading.class);

    private static JavaClasses fixture(List<Class<?>> extra) {
        return new ClassFileImporter().importClasses(Stream.concat(ALLOWED.stream(), extra.stream()).toList());
    }

    /** What the rule reports over the fixture with every offender present. */
    private static List<String> violations(ArchRule rule) {
        JavaClasses all = fixture(OFFENDERS);
        assertThatThrownBy(() -> rule.check(all)).isInstanceOf(AssertionError.class);
        return rule.evaluate(all).getFailureReport().getDetails();
    }

    @Test
    void theAllowedDirectionsPassEveryRule() {
        JavaClasses clean = fixture(List.of());
        for (ArchRule rule : RULES.all()) {
            assertThat(rule.evaluate(clean).hasViolation()).as(rule.getDescription()).isFalse();
        }
    }

    @Test
    void productionCodeUsingTheDemoIsReported() {
        assertThat(violations(RULES.productionNeverDependsOnTheDemo())).isNotEmpty()
                .allMatch(v -> v.contains(ReadingUsingTheDemo.class.getName()) && v.contains(DemoSeed.class.getName()));
    }

    @Test
    void aCoreClassNamingAKindIsReported() {
        assertThat(violations(RULES.coreNeverDependsOnAKind())).isNotEmpty()
                .allMatch(v -> v.contains(CoreNamingAKind.class.getName()) && v.contains(ReadingKind.class.getName()));
    }

    @Test
    void aKindNamingAnotherKindIsReported() {
        List<String> violations = violations(RULES.kindsNeverDependOnEachOther());
        assertThat(violations).isNotEmpty()
                .allMatch(v -> v.contains(FilingNamingReading.class.getName()) && v.contains(ReadingKind.class.getName()));
        assertThat(String.join("\n", violations)).contains("kind filing", "kind reading");
    }
}
