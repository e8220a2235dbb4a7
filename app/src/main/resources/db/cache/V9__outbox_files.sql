-- An outbox action may carry files (a hearing transcript's PDF, paper evidence a judge uploads for a party): such an
-- action is sent as multipart/form-data, its JSON body as the part named form_part and each file as its own part, with
-- the action's idempotency key in the Idempotency-Key header. NULL form_part: a JSON action as before.
ALTER TABLE outbox ADD COLUMN form_part VARCHAR(60);

-- The files' bytes live here, inside the encrypted cache (like the documents), from the moment the action is saved until
-- the server confirms it or the user discards it: deleting the action deletes its files.
CREATE TABLE outbox_file (
    outbox_id     BIGINT        NOT NULL,
    position      INT           NOT NULL,
    part_name     VARCHAR(60)   NOT NULL,
    file_name     VARCHAR(255)  NOT NULL,
    content_type  VARCHAR(100)  NOT NULL,
    size_bytes    BIGINT        NOT NULL,
    sha256        CHAR(64)      NOT NULL,
    content       BINARY LARGE OBJECT NOT NULL,
    PRIMARY KEY (outbox_id, position),
    CONSTRAINT outbox_file_action FOREIGN KEY (outbox_id) REFERENCES outbox (id) ON DELETE CASCADE
);
