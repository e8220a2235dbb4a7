package org.courtdesk.model.api;

import java.time.Instant;

import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestStatus;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * A request of any kind as the API shows it: the header every kind shares. Each kind's view (ReadingRequestView for
 * 阅卷申请) implements it and adds its own fields. In JSON the {@code kind} property says which view it is; the view
 * classes are not listed here but in {@link org.courtdesk.model.request.KindRegistry}, and each side's ObjectMapper
 * registers them from there, so a new kind touches no core type.
 * <p>
 * A kind this build has no view for (a newer server, a kind not built yet) reads as {@link Unknown} instead
 * of failing the whole feed page; clients skip it by {@link Change#kind()}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXISTING_PROPERTY, property = "kind",
        visible = false, defaultImpl = RequestView.Unknown.class)
public interface RequestView {

    /** Written as the {@code kind} property (the type id); null only on an {@link Unknown}. */
    @JsonProperty("kind")
    RequestKind kind();

    long id();

    /** 申请编号: the kind's prefix + date + serial, e.g. YJ2026112300001. */
    String applicationNo();

    String caseNumber();

    String courtCode();

    String applicantName();

    Instant submittedAt();

    /** The effective status; one of {@code Transitions.statuses(kind())}. */
    RequestStatus status();

    /** Grows with every change; the base a staff action must name. */
    long version();

    /**
     * The view as a list of requests shows it: without fields too large to read for every row (a 服务内容 body of up to
     * 1 MiB, its history), which only the request opened needs. By default the view itself. Not a JSON property.
     */
    default RequestView listView() {
        return this;
    }

    /**
     * What a view of a kind this build cannot read becomes: only the id and version, every other field ignored (its
     * shape is that kind's business). It keeps one such entry from failing a whole feed page; the workstation skips
     * it by {@link Change#kind()} and never shows or stores it. Not a wire type of its own (the server never sends
     * one), hence nested.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Unknown(long id, long version) implements RequestView {

        /** Unknown: the JSON's kind is dropped as the type id; {@link Change#kind()} carries it. */
        @Override
        public RequestKind kind() {
            return null;
        }

        @Override
        public String applicationNo() {
            return null;
        }

        @Override
        public String caseNumber() {
            return null;
        }

        @Override
        public String courtCode() {
            return null;
        }

        @Override
        public String applicantName() {
            return null;
        }

        @Override
        public Instant submittedAt() {
            return null;
        }

        @Override
        public RequestStatus status() {
            return null;
        }
    }
}
