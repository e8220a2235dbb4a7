package org.courtdesk.model.api;

/** What happened to a row in the changes feed. REMOVED: withdrawn, or no longer visible to this user. */
public enum ChangeOp { UPSERT, REMOVED }
