-- Issue 14: every synced row paid for indexes no query of the workstation reads. The 阅卷 queue reads the whole table
-- (ordered by submitted_at, whose index stays), single rows by id (the primary key), and the other kinds by (kind, id)
-- (the primary key); nothing selects by status or by 案号 in SQL (the queue filters in memory). Each of these indexes
-- was one more B-tree insert per row of an initial sync of 100,000 requests.
DROP INDEX IF EXISTS reading_request_status;
DROP INDEX IF EXISTS reading_request_case;
DROP INDEX IF EXISTS kind_request_status;
