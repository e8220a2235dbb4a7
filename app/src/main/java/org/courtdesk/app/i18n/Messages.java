package org.courtdesk.app.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.courtdesk.app.workspace.LoginException;
import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.reading.MaterialType;
import org.courtdesk.model.reading.ReadingMode;
import org.courtdesk.model.reading.ReviewOpinion;
import org.courtdesk.model.request.RequestStatus;

/**
 * The workstation's words. {@code messages.properties} is Chinese (the default, zh_CN) and
 * {@code messages_en.properties} English. No fallback to the JVM's default locale: a Chinese judge on an
 * English Windows still gets Chinese unless English is asked for.
 */
public final class Messages {

    public static final String BUNDLE = "org.courtdesk.app.i18n.messages";
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;

    private static volatile ResourceBundle bundle = load(CHINESE);

    private Messages() {}

    /** Loads a bundle without falling back to the JVM's default locale. */
    public static ResourceBundle load(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Switches the language for screens built from now on. */
    public static void use(Locale locale) {
        bundle = load(locale);
    }

    public static Locale locale() {
        Locale l = bundle.getLocale();
        return l == null || l.getLanguage().isEmpty() ? CHINESE : l;
    }

    public static ResourceBundle bundle() {
        return bundle;
    }

    /** The text for {@code key}; a visible marker when the key is missing (a test keeps that from happening). */
    public static String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }

    public static String format(String key, Object... args) {
        return new MessageFormat(get(key), locale()).format(args);
    }

    /** Puts a {@link Text} from the data path into the user's language; null stays null. */
    public static String text(Text text) {
        return text(text, bundle);
    }

    /** {@link #text(Text)} in the language of {@code words} (tests compare languages without switching). */
    public static String text(Text text, ResourceBundle words) {
        if (text == null) {
            return null;
        }
        if (text instanceof Text.Verbatim v) {
            return v.text();
        }
        Text.Key k = (Text.Key) text;
        String pattern = words.containsKey(k.key()) ? words.getString(k.key()) : "!" + k.key() + "!";
        if (k.args().isEmpty()) {
            return pattern; // like get(): a text without arguments is not a MessageFormat pattern
        }
        Object[] args = k.args().stream().map(a -> a instanceof Text t ? text(t, words) : a).toArray();
        Locale locale = words.getLocale() == null || words.getLocale().getLanguage().isEmpty() ? CHINESE
                : words.getLocale();
        return new MessageFormat(pattern, locale).format(args);
    }

    public static String error(ErrorCode code) {
        return get(errorKey(code));
    }

    public static String errorKey(ErrorCode code) {
        return "error." + code.name();
    }

    public static String loginKey(LoginException.Reason reason) {
        return "login.error." + reason.name();
    }

    /**
     * The sentence for a failed login; {@code SERVER_ERROR} carries what went wrong (the exception's message, in
     * the user's language, with the server's own words kept as they came), a lock or a
     * throttled address says how many minutes to wait when the server told (Retry-After).
     */
    public static String login(LoginException e) {
        LoginException.Reason reason = e.reason() == null ? LoginException.Reason.SERVER_ERROR : e.reason();
        if (reason == LoginException.Reason.SERVER_ERROR) {
            String detail = e.getMessage() == null || e.getMessage().isBlank() ? "" : e.getMessage();
            return format(loginKey(reason), detail);
        }
        boolean waits = reason == LoginException.Reason.ACCOUNT_LOCKED
                || reason == LoginException.Reason.TOO_MANY_ATTEMPTS;
        if (waits && e.retryAfter().isPresent()) {
            long minutes = Math.max(1, (e.retryAfter().get().toSeconds() + 59) / 60);
            return format(reason == LoginException.Reason.ACCOUNT_LOCKED ? "login.error.ACCOUNT_LOCKED.wait"
                    : "login.error.TOO_MANY_ATTEMPTS.wait", minutes);
        }
        return get(loginKey(reason));
    }

    public static String status(RequestStatus status) {
        return status == null ? "" : get("status." + status.name());
    }

    /** A request kind's name, e.g. 网上立案. */
    public static String kind(org.courtdesk.model.request.RequestKind kind) {
        return kind == null ? "" : get("kind." + kind.name());
    }

    public static String mode(ReadingMode mode) {
        return mode == null ? "" : get("mode." + mode.name());
    }

    public static String opinion(ReviewOpinion opinion) {
        return opinion == null ? "" : get("opinion." + opinion.name());
    }

    public static String material(MaterialType type) {
        return type == null ? "" : get("material." + type.name());
    }
}
