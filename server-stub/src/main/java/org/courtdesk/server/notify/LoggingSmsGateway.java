package org.courtdesk.server.notify;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default gateway when none is configured: sends nothing and logs the notice masked (phone and secrets), so
 * the log can be shared without handing out download codes or open passwords.
 */
public final class LoggingSmsGateway implements SmsGateway {

    private static final Logger LOG = LoggerFactory.getLogger(LoggingSmsGateway.class);

    @Override
    public void deliver(Message message) {
        LOG.info("no SMS gateway configured, not sent: {}", message);
    }
}
