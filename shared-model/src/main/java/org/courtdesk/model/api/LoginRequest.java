package org.courtdesk.model.api;

public record LoginRequest(String username, String password) {}
