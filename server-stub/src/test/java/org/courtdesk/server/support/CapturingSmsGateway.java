package org.courtdesk.server.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.courtdesk.server.notify.SmsGateway;

/** Keeps every SMS the server handed to its gateway, full text included: where tests read download codes. */
public final class CapturingSmsGateway implements SmsGateway {

    private final List<Message> delivered = new CopyOnWriteArrayList<>();

    @Override
    public void deliver(Message message) {
        delivered.add(message);
    }

    public List<Message> delivered() {
        return List.copyOf(delivered);
    }

    /** The full texts delivered for one request, in order. */
    public List<String> fullTexts(long requestId) {
        return delivered.stream().filter(m -> m.requestId() != null && m.requestId() == requestId)
                .map(m -> m.sms().fullText()).toList();
    }
}
