-- A claim records when its process starts posting ('posting'), so that a process taking over the
-- claim of one that died knows the post may have arrived and looks for it before posting again.
-- Digest claims carry their owner (a row of instances), like event claims, so that the claim of
-- a process that died is taken over instead of blocking the digest for the day.
ALTER TABLE digest_log DROP CONSTRAINT digest_log_status_check;
ALTER TABLE digest_log ADD CONSTRAINT digest_log_status_check CHECK (status IN ('claimed', 'posting', 'sent', 'skipped', 'failed'));
ALTER TABLE digest_log ADD COLUMN owner integer;

ALTER TABLE seen_events DROP CONSTRAINT seen_events_status_check;
ALTER TABLE seen_events ADD CONSTRAINT seen_events_status_check CHECK (status IN ('claimed', 'posting', 'done'));
