-- Documents leave the database (issue 11): a document's bytes are now an encrypted file in documents/ beside it
-- (DocumentFiles, under a key derived from the cache's), and its row keeps only sha256, size and times, content NULL.
-- Rows written before this migration keep their BLOB until the document is next read (or the workspace's background
-- pass after sign-in reaches it): then it is written to its file, verified, and the BLOB set to NULL.
ALTER TABLE document ALTER COLUMN content SET NULL;
