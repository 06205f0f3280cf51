-- The state the assistant shares between replicas. Times are timestamptz; the local dates of
-- digests are the subscribers' own calendar dates, kept as text (YYYY-MM-DD).

CREATE TABLE subscriptions (
  id text PRIMARY KEY,
  platform text NOT NULL,
  conversation_id text NOT NULL,
  body text NOT NULL,
  -- The whole ConversationRef (thread, user, team) as it was when subscribing.
  conversation jsonb NOT NULL,
  local_time text NOT NULL CHECK (local_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
  time_zone text NOT NULL,
  days_before integer NOT NULL CHECK (days_before BETWEEN 0 AND 30),
  created_at timestamptz NOT NULL,
  created_by text,
  lang text CHECK (lang IN ('en', 'zh')),
  seq bigserial NOT NULL,
  UNIQUE (platform, conversation_id, body)
);

CREATE TABLE conversation_references (
  platform text NOT NULL,
  conversation_id text NOT NULL,
  reference jsonb NOT NULL,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (platform, conversation_id)
);

CREATE TABLE unreachable (
  platform text NOT NULL,
  conversation_id text NOT NULL,
  reason text NOT NULL,
  marked_at timestamptz NOT NULL,
  PRIMARY KEY (platform, conversation_id)
);

-- One row per subscription and local date: the claim that keeps a digest single across replicas.
CREATE TABLE digest_log (
  subscription_id text NOT NULL,
  local_date text NOT NULL CHECK (local_date ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
  status text NOT NULL CHECK (status IN ('claimed', 'sent', 'skipped', 'failed')),
  attempts integer NOT NULL CHECK (attempts >= 1),
  claimed_at timestamptz NOT NULL,
  completed_at timestamptz,
  detail text,
  PRIMARY KEY (subscription_id, local_date)
);

CREATE TABLE feedback (
  seq bigserial PRIMARY KEY,
  conversation jsonb NOT NULL,
  user_id text,
  answer_ref text NOT NULL,
  vote text NOT NULL CHECK (vote IN ('up', 'down')),
  at timestamptz NOT NULL
);

-- Each running process registers here and holds an advisory lock on its id while it lives, so
-- that a claim left by a process that died can be recognised and taken over.
CREATE TABLE instances (
  id serial PRIMARY KEY,
  host text NOT NULL,
  pid integer NOT NULL,
  started_at timestamptz NOT NULL DEFAULT now()
);

-- Platform events (Slack event ids, slash-command trigger ids) claimed before answering.
CREATE TABLE seen_events (
  id text PRIMARY KEY,
  owner integer NOT NULL,
  status text NOT NULL CHECK (status IN ('claimed', 'done')),
  expires_at timestamptz NOT NULL
);
CREATE INDEX seen_events_expires_at ON seen_events (expires_at);
