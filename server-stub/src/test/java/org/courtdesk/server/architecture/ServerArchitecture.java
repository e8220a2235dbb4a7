package org.courtdesk.server.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.List;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/**
 * The server's layers as design.md draws them ("One request core, many kinds"), over packages directly under
 * {@code root}:
 * <ul>
 *   <li>{@code root} itself is the composition root ({@code CourtDeskServer}): it registers every kind;</li>
 *   <li>each of {@code kinds} is one request kind;</li>
 *   <li>{@code demo} is the demo court, which seeds through the kinds;</li>
 *   <li>everything else is the kind-neutral core (http, db, auth, feed, documents, pdf, ...).</li>
 * </ul>
 * The rules take the root and the kinds as parameters so that {@code ServerArchitectureRulesTest} can show each one
 * failing on fixture classes.
 */
final class ServerArchitecture {

    /** The server's root package. */
    static final String ROOT = "org.courtdesk.server";
    /** The request kinds: one package each, directly under {@link #ROOT}. A new kind adds its package here. */
    static final List<String> KINDS = List.of("reading", "filing", "binding", "adjournment", "appeal", "preservation",
            "investigation",
            "transfer",
            "transcript",
            "contact",
            "suggestion",
            "servicecontent",
            "evidence");

    private final String root;
    private final List<String> kinds;

    ServerArchitecture(String root, List<String> kinds) {
        this.root = root;
        this.kinds = List.copyOf(kinds);
    }

    /** The real server. */
    static ServerArchitecture server() {
        return new ServerArchitecture(ROOT, KINDS);
    }

    /** Production code runs without the demo: the demo plugs in through {@code DemoData} (ServiceLoader). */
    ArchRule productionNeverDependsOnTheDemo() {
        return noClasses().that().resideInAPackage(root + "..").and().resideOutsideOfPackage(demo())
                .should().dependOnClassesThat().resideInAPackage(demo())
                .because("the demo court is not part of the production server");
    }

    /** The core names no kind; a kind plugs into it through core interfaces registered in the composition root. */
    ArchRule coreNeverDependsOnAKind() {
        return noClasses().that().resideInAPackage(root + "..")
                .and().resideOutsideOfPackage(root) // the composition root registers the kinds
                .and().resideOutsideOfPackages(kindPackages())
                .and().resideOutsideOfPackage(demo()) // the demo seeds through the kinds' services
                .should().dependOnClassesThat().resideInAnyPackage(kindPackages())
                .because("a new request kind must not mean editing the core");
    }

    /** Each kind stands alone: what two kinds share belongs in the core. */
    ArchRule kindsNeverDependOnEachOther() {
        return slices().assignedFrom(kindSlices()).should().notDependOnEachOther()
                .because("what two kinds share belongs in the core");
    }

    List<ArchRule> all() {
        return List.of(productionNeverDependsOnTheDemo(), coreNeverDependsOnAKind(), kindsNeverDependOnEachOther());
    }

    String packageOf(String kind) {
        return root + "." + kind;
    }

    private String demo() {
        return root + ".demo..";
    }

    private String[] kindPackages() {
        return kinds.stream().map(k -> packageOf(k) + "..").toArray(String[]::new);
    }

    /** One slice per kind (its package and subpackages); every other class is in no slice. */
    private SliceAssignment kindSlices() {
        return new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                String pkg = javaClass.getPackageName();
                for (String kind : kinds) {
                    if (pkg.equals(packageOf(kind)) || pkg.startsWith(packageOf(kind) + ".")) {
                        return SliceIdentifier.of("kind " + kind);
                    }
                }
                return SliceIdentifier.ignore();
            }

            @Override
            public String getDescription() {
                return "request kinds " + kinds + " under " + root;
            }
        };
    }
}
