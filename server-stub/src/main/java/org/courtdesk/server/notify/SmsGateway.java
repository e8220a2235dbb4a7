package org.courtdesk.server.notify;

/**
 * Where an SMS leaves the server with its secrets: the only reader of {@link Sms#fullText()}. A court plugs in
 * its SMS service here. {@link RecordingNotifier} calls it only after the transaction that recorded the notice
 * committed, so a rolled-back decision sends nothing. It runs on the request's thread after the commit: a real
 * gateway should hand the message to its own queue rather than block.
 */
public interface SmsGateway {

    /** One SMS for one account. {@code phone} may be null (an account without a phone number). */
    record Message(long accountId, String phone, Long requestId, Sms sms) {

        /** The phone number as logs may show it: 138****5678. */
        public String maskedPhone() {
            return phone == null || phone.length() < 7 ? "-"
                    : phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
        }

        @Override
        public String toString() {
            return "SMS to account " + accountId + " (" + maskedPhone() + "): " + sms.maskedText();
        }
    }

    void deliver(Message message);
}
