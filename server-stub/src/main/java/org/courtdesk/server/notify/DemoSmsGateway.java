package org.courtdesk.server.notify;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gateway of {@code --demo}: sends nothing, and logs the FULL text, secrets included, so whoever runs the
 * demo can download and open a case file. Every line says it is the demo gateway; never use it for a real court.
 */
public final class DemoSmsGateway implements SmsGateway {

    private static final Logger LOG = LoggerFactory.getLogger(DemoSmsGateway.class);
    static final String PREFIX = "[DEMO SMS GATEWAY - nothing is sent, secrets shown for the demo only]";

    @Override
    public void deliver(Message message) {
        LOG.warn("{} to account {} ({}): {}", PREFIX, message.accountId(), message.maskedPhone(), message.sms().fullText());
    }
}
