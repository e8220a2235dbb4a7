package org.courtdesk.app.ui.filing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;

import org.junit.jupiter.api.Test;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.model.account.Role;
import org.courtdesk.model.filing.FilingConclusion;
import org.courtdesk.model.filing.FilingMaterialType;
import org.courtdesk.model.filing.PartyRole;
import org.courtdesk.model.filing.PartyType;
import org.courtdesk.model.filing.ReturnKind;

/** The keys the filing screens build from enums and op names exist in both languages. */
class FilingBundleTest {

    @Test
    void everyBuiltKeyHasWordsInBothLanguages() {
        List<String> keys = new ArrayList<>();
        for (Role r : Role.values()) {
            keys.add("filing.applicantRole." + r.name());
        }
        for (PartyRole r : PartyRole.values()) {
            keys.add("filing.partyRole." + r.name());
        }
        for (PartyType t : PartyType.values()) {
            keys.add("filing.partyType." + t.name());
        }
        for (FilingMaterialType t : FilingMaterialType.values()) {
            keys.add("filing.material." + t.name());
        }
        for (FilingConclusion c : FilingConclusion.values()) {
            keys.add("filing.conclusion." + c.name());
        }
        for (ReturnKind k : ReturnKind.values()) {
            keys.add("filing.returnKind." + k.name());
        }
        for (FilingStatusFilter f : FilingStatusFilter.values()) {
            keys.add(f.key());
        }
        for (var op : List.of(FilingOps.OPINION, FilingOps.CONCLUSION, FilingOps.INTAKE, FilingOps.MESSAGE)) {
            keys.add("filing.op." + op.name());
        }
        for (ResourceBundle b : List.of(Messages.load(Messages.CHINESE), Messages.load(Messages.ENGLISH))) {
            for (String k : keys) {
                assertThat(b.containsKey(k)).as(b.getLocale() + " has " + k).isTrue();
                assertThat(b.getString(k)).as(k).isNotBlank();
            }
        }
        assertThat(Messages.load(Messages.CHINESE).getString("filing.conclusion.CONFORMS")).isEqualTo("符");
    }
}
