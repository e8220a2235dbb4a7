-- The 阅卷 queue is read from columns, not by parsing every row's view_json (issue 14): the columns a queue row needs
-- and the header did not have yet. queue_cols says the row was written with them; a row from before this migration
-- keeps FALSE and is read from its JSON until the feed or an action writes it again.
ALTER TABLE reading_request ADD COLUMN content        VARCHAR(4000);
ALTER TABLE reading_request ADD COLUMN reviewed       BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE reading_request ADD COLUMN review_opinion VARCHAR(20);
ALTER TABLE reading_request ADD COLUMN review_mode    VARCHAR(20);
ALTER TABLE reading_request ADD COLUMN attended       BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE reading_request ADD COLUMN queue_cols     BOOLEAN DEFAULT FALSE NOT NULL;
