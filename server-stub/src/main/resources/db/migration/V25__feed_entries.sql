-- The changes feed carries, beside requests, entries of a kind that are not requests (Change.entry; e.g. a hearing
-- transcript of 庭审笔录, TRANSCRIPT_FILE): the entry's name within its kind, NULL for a request. request_id is then the
-- entry's id among the entries of that name (its own table's id), so (kind, entry, request_id) names what changed.
ALTER TABLE change_log ADD COLUMN entry VARCHAR(40);

-- 庭审笔录 (spec-004 §13): every hearing transcript is a feed entry TRANSCRIPT_FILE of HEARING_TRANSCRIPT for the judge of
-- its case (TranscriptFileFeedSource), so the workstation lists a case's transcripts from its cache, offline too. The
-- transcripts attached before this migration get their change now, numbered after every change there is (in id order),
-- so a workstation whose cursor is past their attachment still pulls them.
INSERT INTO change_log (seq, kind, entry, request_id, judge_id, pool, applicant_id, op, at)
SELECT (SELECT last_seq FROM feed_counter WHERE id = 1) + ROW_NUMBER() OVER (ORDER BY t.id), 'HEARING_TRANSCRIPT',
       'TRANSCRIPT_FILE', t.id, cc.judge_id, NULL, NULL, 'UPSERT', CURRENT_TIMESTAMP
FROM hearing_transcript t JOIN court_case cc ON cc.id = t.case_id;
UPDATE feed_counter SET last_seq = last_seq + (SELECT COUNT(*) FROM hearing_transcript) WHERE id = 1;
