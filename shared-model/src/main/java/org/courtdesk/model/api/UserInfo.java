package org.courtdesk.model.api;

import org.courtdesk.model.account.Role;

/** The signed-in account. {@code courtCode} is the staff member's court, null for applicants. */
public record UserInfo(long id, String username, String displayName, Role role, String courtCode,
                       boolean identityVerified) {}
