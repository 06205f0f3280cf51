-- Threads the bot answered in (follow-ups without a mention), with what it remembers there.
CREATE TABLE threads (
  platform text NOT NULL,
  conversation_id text NOT NULL,
  thread text NOT NULL,
  context jsonb NOT NULL,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (platform, conversation_id, thread)
);

-- A vote's id (so that a reason given afterwards reaches it) and the reason.
ALTER TABLE feedback ADD COLUMN id text;
ALTER TABLE feedback ADD COLUMN reason text;
CREATE INDEX feedback_id ON feedback (id);

-- Questions asked, and whether the documents answered them (the feedback report).
CREATE TABLE questions (
  seq bigserial PRIMARY KEY,
  conversation jsonb NOT NULL,
  text text NOT NULL,
  answered boolean NOT NULL,
  kind text NOT NULL,
  at timestamptz NOT NULL
);
CREATE INDEX questions_at ON questions (at);
