package org.courtdesk.app.ui.login;

import java.util.ServiceLoader;

import org.courtdesk.app.workspace.LoginException;
import org.courtdesk.app.workspace.LoginService;

/**
 * Finds the data layer's {@link LoginService}: the class named by the system property
 * {@code courtdesk.loginService}, else the first registered with {@link ServiceLoader}
 * (META-INF/services/org.courtdesk.app.workspace.LoginService), else one that explains it is missing.
 */
public final class LoginServices {

    public static final String PROPERTY = "courtdesk.loginService";

    private LoginServices() {}

    public static LoginService find() {
        String name = System.getProperty(PROPERTY);
        if (name != null && !name.isBlank()) {
            try {
                return (LoginService) Class.forName(name).getDeclaredConstructor().newInstance();
            } catch (ReflectiveOperationException | ClassCastException e) {
                return missing("cannot create " + name + ": " + e);
            }
        }
        return ServiceLoader.load(LoginService.class).findFirst().orElseGet(() -> missing("no LoginService installed"));
    }

    public static LoginService missing(String why) {
        return (url, user, password) -> {
            throw new LoginException(LoginException.Reason.SERVER_ERROR, why, null);
        };
    }
}
