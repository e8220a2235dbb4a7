-- Files out of the database (issue 15): the bytes of stored files move to the file store (files.FileStore, a
-- content-addressed directory by default, shared by every instance). The blob row stays as the catalogue (type,
-- size, when) that requests refer to; its content is NULL once the bytes are in the store. Rows written before this
-- version are moved by the start-up step files.BlobsToFiles (Java: the bytes go to the disk, not to SQL).
-- Portable (H2 and PostgreSQL).
ALTER TABLE blob ALTER COLUMN content DROP NOT NULL;
