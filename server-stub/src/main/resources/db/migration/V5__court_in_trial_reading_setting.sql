-- Whether a lawyer on record (代理人, case_agent) may apply to read a case still in trial (审理中) at this court.
-- Courts differ: 广州 lets a bound lawyer read a case in trial (seed 002), 粤公正 and 东莞 read archived cases only
-- (seeds 000/001; spec-004.md §17.9). FALSE keeps what every court did before: archived cases only. Parties are
-- refused a case in trial either way. Set per court by its administrator (the demo sets it for 粤01).
ALTER TABLE court ADD COLUMN agents_read_in_trial BOOLEAN DEFAULT FALSE NOT NULL;
