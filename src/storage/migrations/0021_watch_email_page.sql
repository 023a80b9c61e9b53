-- The page the employer asked on (origin and path only, and only on an origin Lotse serves or allows to embed
-- the widget): every reminder mail links back to it. Deleted with the address.
ALTER TABLE watch_email ADD COLUMN page TEXT;
