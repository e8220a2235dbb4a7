package org.courtdesk.app.ui.login;

import java.util.Optional;
import java.util.ServiceLoader;

import org.courtdesk.app.workspace.LoginException;
import org.courtdesk.app.workspace.LoginService;

/**
 * Finds the data layer's {@link LoginService}: the class named by the system property
 * {@code courtdesk.loginService}, else the first registered with {@link ServiceLoader}
 * (META-INF/services/org.courtdesk.app.workspace.LoginService); the app falls back to the data layer's
 * {@code DefaultLoginService}. Lets tests and demos swap the implementation without touching the screens.
 */
public final class LoginServices {

    public static final String PROPERTY = "courtdesk.loginService";

    private LoginServices() {}

    public static Optional<LoginService> find() {
        String name = System.getProperty(PROPERTY);
        if (name != null && !name.isBlank()) {
            try {
                return Optional.of((LoginService) Class.forName(name).getDeclaredConstructor().newInstance());
            } catch (ReflectiveOperationException | ClassCastException e) {
                return Optional.of(missing("cannot create " + name + ": " + e));
            }
        }
        return ServiceLoader.load(LoginService.class).findFirst();
    }

    public static LoginService missing(String why) {
        return (url, user, password) -> {
            throw new LoginException(LoginException.Reason.SERVER_ERROR, why, null);
        };
    }
}
