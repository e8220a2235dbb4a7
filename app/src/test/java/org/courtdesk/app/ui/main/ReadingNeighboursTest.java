package org.courtdesk.app.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.app.ui.Samples;
import org.courtdesk.model.api.MaterialRef;
import org.courtdesk.model.api.ReadingRequestView;
import org.junit.jupiter.api.Test;

/**
 * The materials readied beside the one opened: the next one first, then the one before, none past the ends; for 阅卷
 * and, through the core's {@link QueueTabs#openAmong}, for every other kind that opens materials.
 */
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

    private static QueueTabs.DocumentRef doc(long id, String sha) {
        return new QueueTabs.DocumentRef(id, sha, id + ".pdf", "application/pdf", 10, "材料", "（2026）粤0106民初9号");
    }

    @Test
    void everyKindsOpenerReadiesTheNeighboursThroughTheHost() {
        List<QueueTabs.DocumentRef> list = List.of(doc(1, "a"), doc(2, "b"), doc(3, null), doc(4, "d"), doc(5, "e"));
        List<String> opened = new java.util.ArrayList<>();
        List<List<String>> readied = new java.util.ArrayList<>();
        QueueTabs.Host host = new QueueTabs.Host() {
            @Override
            public void openDocument(QueueTabs.DocumentRef document) {
                openDocument(document, List.of());
            }

            @Override
            public void openDocument(QueueTabs.DocumentRef document, List<QueueTabs.DocumentRef> neighbours) {
                opened.add(document.sha256());
                readied.add(neighbours.stream().map(QueueTabs.DocumentRef::sha256).toList());
            }
        };
        // what the tabs hand a kind (a Consumer<DocumentRef> to the kind)
        java.util.function.Consumer<QueueTabs.DocumentRef> open = QueueTabs.opener(host);
        QueueTabs.openAmong(open, list.get(1), list);
        QueueTabs.openAmong(open, list.get(3), list); // the one before has no file: only the next
        QueueTabs.openAmong(open, list.get(4), list);
        QueueTabs.openAmong(open, doc(9, "z"), list); // not in the list: nothing readied
        open.accept(list.get(0)); // a plain open
        assertThat(opened).containsExactly("b", "d", "e", "z", "a");
        assertThat(readied).containsExactly(List.of("a"), List.of("e"), List.of("d"), List.of(), List.of());

        // a plain consumer (a kind built by a test with a lambda) just opens the document
        List<String> plain = new java.util.ArrayList<>();
        QueueTabs.openAmong(d -> plain.add(d.sha256()), list.get(1), list);
        assertThat(plain).containsExactly("b");
    }
}
