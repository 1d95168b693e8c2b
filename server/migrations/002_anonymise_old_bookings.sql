-- Retention for bookings: once every session sharing a booking's places has ended more than RETENTION_DAYS
-- ago, the retention sweep clears who booked (name, email, phone, needs) and records when. The row itself
-- stays, with its status and places, so no session's places-taken figure ever changes.

ALTER TABLE bookings ALTER COLUMN name DROP NOT NULL;
ALTER TABLE bookings ADD COLUMN anonymised_at timestamptz;
-- A name may only be missing from a booking that has been anonymised.
ALTER TABLE bookings ADD CONSTRAINT bookings_name_until_anonymised CHECK (name IS NOT NULL OR anonymised_at IS NOT NULL);
-- The sweep only looks at bookings it has not anonymised yet.
CREATE INDEX bookings_to_anonymise ON bookings (capacity_group) WHERE anonymised_at IS NULL;
CREATE INDEX sessions_group_end ON sessions (capacity_group, end_at);
