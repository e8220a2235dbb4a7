package org.courtdesk.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.nio.file.Path;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.courtdesk.app.ui.QueueTab;
import org.courtdesk.app.ui.queue.KindQueueView;

/**
 * The queue tabs of the kinds are made on one core (issues 13, 14): a kind's queue tab extends {@link KindQueueView}
 * instead of copying the filter bar, table, keys, sync filters and withdraw into its own tab, and keeps no queue model
 * of its own; the core knows no kind. Every kind's queue is on it (阅卷申请, 网上立案 and 庭审笔录 were the last to
 * move); tabs that are not a queue of one kind (今日到期, 通知, 证据交换's three panes, 服务内容's editor) are outside
 * the rule.
 */
class QueueCoreTest {

    /** Tabs that are not a table of one kind's requests. */
    private static final String[] OTHER_TABS = {"..app.ui.main..", "..app.ui.deadline..",
            "..app.ui.notice..", "..app.ui.evidence..", "..app.ui.servicecontent..", "..app.ui.queue.."};

    private static JavaClasses app;

    @BeforeAll
    static void importApp() {
        app = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPath(Path.of("target", "classes"));
    }

    @Test
    void aKindsQueueTabIsTheCoresQueueView() {
        classes().that().implement(QueueTab.class).and().resideOutsideOfPackages(OTHER_TABS)
                .should().beAssignableTo(KindQueueView.class)
                .because("the filter bar, table, keys, 同步 filters, 撤回 and changed-row updates live once in ui.queue")
                .check(app);
    }

    @Test
    void aKindOnTheCoreKeepsNoQueueModelOfItsOwn() {
        noClasses().that().resideInAPackage("..app.ui..").and().resideOutsideOfPackages(OTHER_TABS)
                .should().haveSimpleNameEndingWith("QueueModel")
                .because("KindQueueModel loads, filters, sorts and applies changed rows for every kind")
                .check(app);
    }

    @Test
    void theCoreKnowsNoKind() {
        noClasses().that().resideInAPackage("..app.ui.queue..")
                .should().dependOnClassesThat().resideInAnyPackage("..app.ui.adjournment..", "..app.ui.appeal..",
                        "..app.ui.binding..", "..app.ui.contact..", "..app.ui.filing..", "..app.ui.investigation..",
                        "..app.ui.preservation..", "..app.ui.suggestion..", "..app.ui.transcript..",
                        "..app.ui.transfer..", "..app.ui.reading..", "..app.ui.evidence..", "..app.ui.servicecontent..",
                        "..model.adjournment..", "..model.appeal..", "..model.contact..", "..model.suggestion..",
                        "..model.transfer..", "..model.investigation..", "..model.preservation..",
                        "..model.binding..")
                .check(app);
    }
}
