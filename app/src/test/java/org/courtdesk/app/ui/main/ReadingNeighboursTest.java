package org.courtdesk.app.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.app.ui.Samples;
import org.courtdesk.model.api.MaterialRef;
import org.courtdesk.model.api.ReadingRequestView;
import org.junit.jupiter.api.Test;

/** The 阅卷 materials readied beside the one opened: the next one first, then the one before, none past the ends. */
class ReadingNeighboursTest {

    private static List<String> neighbours(ReadingRequestView r, int index) {
        MaterialRef m = r.materials().get(index);
        return QueueTabs.readingNeighbours(r, m).stream().map(QueueTabs.DocumentRef::sha256).toList();
    }

    @Test
    void theNextMaterialFirstThenThePreviousOne() {
        Messages.use(Messages.CHINESE);
        ReadingRequestView r = Samples.pending(2, "（2026）粤0106民初2号", "李律师", 1, true);
        assertThat(r.materials()).hasSize(4);
        assertThat(neighbours(r, 1)).containsExactly("sha-poa-2", "sha-licence-2");
        assertThat(neighbours(r, 0)).containsExactly("sha-letter-2");
        assertThat(neighbours(r, 3)).containsExactly("sha-poa-2");
        QueueTabs.DocumentRef next = QueueTabs.readingNeighbours(r, r.materials().get(0)).get(0);
        assertThat(next.fileName()).isEqualTo("律师事务所证明.pdf");
        assertThat(next.caption()).isEqualTo("（2026）粤0106民初2号");
    }
}
