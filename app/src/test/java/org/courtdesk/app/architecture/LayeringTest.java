package org.courtdesk.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.nio.file.Path;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The workstation's layers, as design.md draws them: the data path (API client, cache, outbox, sync, settings,
 * workspace) knows nothing of JavaFX or the screens, view models hold state without touching controls, and no
 * workstation class reaches into the companion server's code.
 */
class LayeringTest {

    private static JavaClasses app;

    @BeforeAll
    static void importApp() {
        // Only the module's own classes (scanning every jar on the class path for the package takes ~20 s).
        app = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPath(Path.of("target", "classes"));
    }

    @Test
    void theDataPathDoesNotKnowJavaFxOrTheScreens() {
        noClasses().that().resideInAnyPackage("..app.api..", "..app.cache..", "..app.outbox..", "..app.sync..",
                        "..app.settings..", "..app.workspace..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.courtdesk.app.ui..",
                        "org.controlsfx..", "atlantafx..")
                .check(app);
    }

    @Test
    void viewModelsDoNotTouchControls() {
        classes().that().haveSimpleNameEndingWith("ViewModel").or().haveSimpleNameEndingWith("FormModel")
                .should().onlyDependOnClassesThat().resideOutsideOfPackages("javafx.scene..", "org.controlsfx..",
                        "atlantafx..")
                .check(app);
    }

    @Test
    void theWorkstationNeverDependsOnTheServersCode() {
        noClasses().should().dependOnClassesThat().resideInAPackage("org.courtdesk.server..").check(app);
    }
}
