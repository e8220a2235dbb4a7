package org.courtdesk.app.ui.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class BatchRunTest {

    @Test
    void eachRowIsItsOwnDecisionAndARefusalOrAFailureDoesNotStopTheOthers() {
        List<Integer> progress = new ArrayList<>();
        List<String> done = new ArrayList<>();
        List<BatchRun.Outcome<String>> out = BatchRun.run(List.of("a", "b", "c", "d"), row -> {
            if (row.equals("b")) {
                return BatchRun.Outcome.refused(row, "已接收");
            }
            if (row.equals("c")) {
                throw new IllegalStateException("磁盘已满");
            }
            done.add(row);
            return BatchRun.Outcome.ok(row);
        }, progress::add);
        assertThat(progress).containsExactly(1, 2, 3, 4);
        assertThat(done).containsExactly("a", "d");
        assertThat(out).extracting(BatchRun.Outcome::saved).containsExactly(true, false, false, true);
        assertThat(out.get(1).problem()).isEqualTo("已接收");
        assertThat(out.get(2).problem()).isEqualTo("磁盘已满");
        assertThat(BatchRun.savedCount(out)).isEqualTo(2);
    }
}
