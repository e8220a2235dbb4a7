package org.courtdesk.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.courtdesk.app.testing.Fixtures;
import org.courtdesk.model.api.Change;
import org.courtdesk.model.api.ChangeOp;
import org.courtdesk.model.api.ChangesPage;
import org.courtdesk.model.api.DecisionResult;
import org.courtdesk.model.api.Problem;
import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.api.ReadingRequestView;
import org.courtdesk.model.api.RequestView;
import org.courtdesk.model.request.RequestKind;
import org.junit.jupiter.api.Test;

/** The workstation's mapper reads each request view as its kind's type, and a kind it cannot read without failing. */
class JsonViewsTest {

    /** The first kind this build has no view for yet (the registry's: building a kind never breaks this test). */
    static final String UNBUILT = org.courtdesk.model.request.KindRegistry.all().stream().filter(d -> !d.isBuilt())
            .findFirst().orElseThrow().kind().name();

    @Test
    void aReadingViewReadsBackAsReadingRequestViewWhereverItTravels() {
        ReadingRequestView v = Fixtures.request(7, 3);
        ChangesPage page = Json.read(Json.write(new ChangesPage(
                List.of(new Change(3, RequestKind.CASE_FILE_READING, 7, ChangeOp.UPSERT, v)), 3, false)), ChangesPage.class);
        assertThat(page.changes().get(0).view()).isInstanceOf(ReadingRequestView.class).isEqualTo(v);
        assertThat(Json.read(Json.write(new DecisionResult(v, false)), DecisionResult.class).requestAs(ReadingRequestView.class))
                .isEqualTo(v);
        assertThat(Json.read(Json.write(Problem.of(ErrorCode.VERSION_CONFLICT, null).withCurrent(v)), Problem.class)
                .currentAs(ReadingRequestView.class)).isEqualTo(v);
    }

    @Test
    void aViewOfAKindThisBuildCannotReadDoesNotFailThePage() {
        String reading = Json.write(Fixtures.request(7, 3));
        String json = "{\"changes\":["
                + "{\"seq\":2,\"kind\":\"" + UNBUILT + "\",\"requestId\":8,\"op\":\"UPSERT\","
                + "\"view\":{\"kind\":\"" + UNBUILT + "\",\"id\":8,\"version\":2,\"status\":\"AWAITING_REPLY\",\"parties\":[]}},"
                + "{\"seq\":3,\"kind\":\"CASE_FILE_READING\",\"requestId\":7,\"op\":\"UPSERT\",\"view\":" + reading + "}"
                + "],\"nextCursor\":3,\"hasMore\":false}";
        ChangesPage page = Json.read(json, ChangesPage.class);
        assertThat(page.changes().get(0).view()).isEqualTo(new RequestView.Unknown(8, 2));
        assertThat(page.changes().get(0).viewAs(ReadingRequestView.class)).isNull();
        assertThat(page.changes().get(1).viewAs(ReadingRequestView.class)).isEqualTo(Fixtures.request(7, 3));
    }
}
