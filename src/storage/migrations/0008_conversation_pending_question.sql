-- The fact key of the question a conversation waits for (issue 15.6): the conversation service
-- reads it with the conversation row at the start of every turn, so it knows without loading the
-- graph state whether a free-text answer could hand the case to an adviser (the hand-off consent),
-- which the per-client hand-off limit has to count. '' = no question pending; NULL = written before
-- this column existed (unknown: the service then reads the state). Shared by SQLite and D1.
ALTER TABLE conversations ADD COLUMN pending_question TEXT;
