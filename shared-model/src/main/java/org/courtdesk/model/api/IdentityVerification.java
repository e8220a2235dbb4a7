package org.courtdesk.model.api;

/**
 * Sent by the trusted identity provider (face verification, 实名认证) to mark an account verified.
 * The provider authenticates with the shared key configured on the server.
 */
public record IdentityVerification(String username, String idNumber, String method, boolean verified) {}
