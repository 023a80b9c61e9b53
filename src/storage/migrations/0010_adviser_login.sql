-- Adviser login (issue 15, items 2 and 7): locks grow with each lock in a row instead of lasting
-- forever, and an admin can disable an account. Shared by the SQLite (Node) and D1 (Workers) adapters.
ALTER TABLE advisers ADD COLUMN lockouts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE advisers ADD COLUMN disabled_at TEXT;
