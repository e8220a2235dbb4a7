package org.courtdesk.model.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;

class RequestRefTest {

    @Test
    void theSameIdOfTwoKindsIsTwoRequests() {
        RequestRef reading = RequestRef.of(RequestKind.CASE_FILE_READING, 42);
        RequestRef filing = RequestRef.of(RequestKind.ONLINE_FILING, 42);
        assertThat(reading).isNotEqualTo(filing);
        assertThat(Set.of(reading, filing)).hasSize(2);
        assertThat(reading).isEqualTo(new RequestRef(RequestKind.CASE_FILE_READING, 42));
    }

    @Test
    void theStringFormIsStableAndReadsBack() {
        RequestRef ref = RequestRef.of(RequestKind.ONLINE_FILING, 7);
        assertThat(ref.toString()).isEqualTo("ONLINE_FILING:7");
        assertThat(RequestRef.parse("ONLINE_FILING:7")).isEqualTo(ref);
        for (RequestKind kind : RequestKind.values()) {
            RequestRef r = RequestRef.of(kind, Long.MAX_VALUE);
            assertThat(RequestRef.parse(r.toString())).isEqualTo(r);
        }
    }

    @Test
    void refusesWhatIsNotAReference() {
        for (String bad : new String[] {null, "", "42", ":42", "ONLINE_FILING", "ONLINE_FILING:", "NO_SUCH_KIND:1",
                "ONLINE_FILING:x"}) {
            assertThatThrownBy(() -> RequestRef.parse(bad)).as(String.valueOf(bad))
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> RequestRef.of(null, 1)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void ordersByKindThenId() {
        RequestRef a = RequestRef.of(RequestKind.CASE_FILE_READING, 9);
        RequestRef b = RequestRef.of(RequestKind.ONLINE_FILING, 1);
        RequestRef c = RequestRef.of(RequestKind.ONLINE_FILING, 2);
        assertThat(a).isLessThan(b);
        assertThat(b).isLessThan(c);
    }
}
