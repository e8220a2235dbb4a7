package org.courtdesk.app.i18n;

/**
 * An exception of the data path whose words are a {@link Text}: {@link #getMessage()} speaks the user's
 * language at the moment it is asked (where the message is shown or logged), {@link #text()} keeps the key and
 * arguments for a caller that passes the words on.
 */
public abstract class LocalizedException extends Exception {

    /** Not serialised (arguments may be anything); a deserialised copy has no message. */
    private final transient Text text;

    protected LocalizedException(Text text, Throwable cause) {
        super(null, cause);
        this.text = text;
    }

    /** The words, not yet in a language; null when there are none. */
    public Text text() {
        return text;
    }

    @Override
    public String getMessage() {
        return Messages.text(text);
    }
}
