-- Requests accepted from a platform (event ids, signatures), remembered until they expire so
-- that a retry or a replay is answered once; a payload marks work acknowledged but not answered.
CREATE TABLE requests (
  key text PRIMARY KEY,
  claimed_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  payload jsonb
);
CREATE INDEX requests_expires_at ON requests (expires_at);
CREATE INDEX requests_pending ON requests (claimed_at) WHERE payload IS NOT NULL;
