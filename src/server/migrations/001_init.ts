/**
 * The first schema. A park's versions are whole models (JSON text, served as
 * stored; nothing queries inside them), numbered 1, 2, 3 … per park, the
 * park's row holding the head; a save locks that row, so checking the
 * revision it started from and writing the next one are one step. Secrets —
 * passwords, session ids, API tokens — are stored as hashes only.
 */
export const INIT = `
CREATE TABLE users (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  username text NOT NULL UNIQUE,
  -- scrypt, with its parameters and a salt of its own (auth/passwords.ts)
  password_hash text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE sessions (
  -- SHA-256 of the cookie's value
  id_hash text PRIMARY KEY,
  user_id integer NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);

CREATE TABLE api_tokens (
  -- SHA-256 of the token
  token_hash text PRIMARY KEY,
  user_id integer NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE parks (
  id text PRIMARY KEY,
  head_revision integer NOT NULL CHECK (head_revision > 0),
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE park_versions (
  park_id text NOT NULL REFERENCES parks (id) ON DELETE CASCADE,
  revision integer NOT NULL CHECK (revision > 0),
  author_id integer NOT NULL REFERENCES users (id),
  -- the moment of writing, not the transaction's start (now()): a save that waited for another's lock comes after it
  saved_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  message text NOT NULL DEFAULT '',
  restored_from integer,
  -- the park's name in this version (JSON {zh, en}): what lists show without reading the model
  park_name text NOT NULL,
  model text NOT NULL,
  PRIMARY KEY (park_id, revision)
);

CREATE TABLE park_members (
  park_id text NOT NULL REFERENCES parks (id) ON DELETE CASCADE,
  user_id integer NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  role text NOT NULL CHECK (role IN ('viewer', 'editor', 'owner')),
  PRIMARY KEY (park_id, user_id)
);
CREATE INDEX park_members_by_user ON park_members (user_id);

-- Saves refused because the park had moved on (409): kept, so nothing anyone sent is lost.
CREATE TABLE rejected_saves (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  park_id text NOT NULL REFERENCES parks (id) ON DELETE CASCADE,
  author_id integer NOT NULL REFERENCES users (id),
  saved_at timestamptz NOT NULL DEFAULT now(),
  base_revision integer NOT NULL,
  head_revision integer NOT NULL,
  message text NOT NULL DEFAULT '',
  model text NOT NULL
);

-- Each revision's analyses, made once: by the Symbiograph version that made them, as the next one may analyse differently.
CREATE TABLE revision_analyses (
  park_id text NOT NULL,
  revision integer NOT NULL,
  kind text NOT NULL,
  engine text NOT NULL,
  document text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (park_id, revision, kind, engine),
  FOREIGN KEY (park_id, revision) REFERENCES park_versions (park_id, revision) ON DELETE CASCADE
);

CREATE TABLE audit_log (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  user_id integer REFERENCES users (id) ON DELETE SET NULL,
  action text NOT NULL,
  park_id text REFERENCES parks (id) ON DELETE CASCADE,
  revision integer,
  -- the client's address, and for a failed sign-in the name it tried
  address text,
  detail text NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_log_by_park ON audit_log (park_id, id);
`;
