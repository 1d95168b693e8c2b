-- The reference server's first schema. Directory rows keep the whole domain object in `data` (jsonb) and
-- copy out only the columns that searches and capacity checks need.

CREATE TABLE categories (
  id text PRIMARY KEY,
  name text NOT NULL,
  parent_id text,
  position integer NOT NULL
);

CREATE TABLE services (
  id text PRIMARY KEY,
  -- Rank by name (en-GB collation, then id), worked out when seeding: search results come in this order.
  position integer NOT NULL,
  status text NOT NULL,
  -- Name, description, organisation and category names, folded (lower case, no accents or punctuation).
  search_text text NOT NULL,
  is_free boolean NOT NULL,
  delivery_modes text[] NOT NULL,
  -- Lower-case language names and codes; English when the service lists none.
  languages text[] NOT NULL,
  at_family_hub boolean NOT NULL,
  data jsonb NOT NULL
);

CREATE TABLE service_categories (
  service_id text NOT NULL REFERENCES services (id) ON DELETE CASCADE,
  category_id text NOT NULL,
  parent_id text,
  PRIMARY KEY (service_id, category_id)
);
CREATE INDEX service_categories_category ON service_categories (category_id);
CREATE INDEX service_categories_parent ON service_categories (parent_id);

CREATE TABLE sessions (
  id text PRIMARY KEY,
  service_id text NOT NULL,
  location_id text,
  start_at timestamptz NOT NULL,
  end_at timestamptz NOT NULL,
  mode text NOT NULL CHECK (mode IN ('bookable', 'drop_in')),
  -- People (adults and children) in the room; null when unlimited.
  capacity integer CHECK (capacity >= 0),
  waiting_list boolean NOT NULL,
  booking_opens_at timestamptz,
  -- Sessions that share places: a course booked as a whole shares its course id; any other session is alone.
  capacity_group text NOT NULL,
  -- Places already taken when the session was seeded (the demo's existing bookings), per capacity group.
  seeded_taken integer NOT NULL DEFAULT 0 CHECK (seeded_taken >= 0),
  data jsonb NOT NULL
);
CREATE INDEX sessions_start ON sessions (start_at);
CREATE INDEX sessions_service ON sessions (service_id, start_at);
CREATE INDEX sessions_group ON sessions (capacity_group);

CREATE TABLE bookings (
  reference text PRIMARY KEY,
  -- Arrival order: the waiting list is first come, first served.
  seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
  session_id text NOT NULL REFERENCES sessions (id),
  capacity_group text NOT NULL,
  status text NOT NULL CHECK (status IN ('confirmed', 'waitlisted', 'cancelled')),
  places integer NOT NULL CHECK (places > 0),
  adults integer NOT NULL,
  children jsonb NOT NULL,
  name text NOT NULL,
  email text,
  phone text,
  reminder text NOT NULL,
  needs text,
  privacy_notice_version text NOT NULL,
  created_at timestamptz NOT NULL,
  confirmed_at timestamptz,
  cancelled_at timestamptz
);
CREATE INDEX bookings_group_status ON bookings (capacity_group, status, seq);
CREATE INDEX bookings_session ON bookings (session_id, seq);

CREATE TABLE self_referrals (
  reference text PRIMARY KEY,
  service_id text,
  data jsonb NOT NULL,
  created_at timestamptz NOT NULL
);
CREATE INDEX self_referrals_created ON self_referrals (created_at);

CREATE TABLE panel_applications (
  reference text PRIMARY KEY,
  data jsonb NOT NULL,
  created_at timestamptz NOT NULL
);
CREATE INDEX panel_applications_created ON panel_applications (created_at);

-- One row per write intent. `status` and `response` are filled in the same transaction as the write, so a
-- committed key always has its answer; responses hold references and statuses, never personal data.
CREATE TABLE idempotency_keys (
  key text PRIMARY KEY,
  operation text NOT NULL,
  request_hash text NOT NULL,
  status integer,
  response jsonb,
  created_at timestamptz NOT NULL
);
CREATE INDEX idempotency_keys_created ON idempotency_keys (created_at);

CREATE TABLE postcodes (
  postcode text PRIMARY KEY,
  latitude double precision NOT NULL,
  longitude double precision NOT NULL
);
