-- One row that a server started with --demo locks (SELECT ... FOR UPDATE) while it seeds the demo court: a second
-- instance on the same database waits for the first one's commit, then finds the court seeded and adds nothing.
CREATE TABLE seed_lock (
    id INT PRIMARY KEY
);
INSERT INTO seed_lock (id) VALUES (1);
