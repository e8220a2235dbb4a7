package org.courtdesk.server.account;

import org.courtdesk.model.account.Role;
import org.courtdesk.model.api.UserInfo;

/** An account row, without its password hash. */
public record Account(long id, String username, String displayName, Role role, String courtCode, String phone,
                      String idNumber, String lawFirm, boolean identityVerified) {

    public UserInfo toUserInfo() {
        return new UserInfo(id, username, displayName, role, courtCode, identityVerified);
    }
}
