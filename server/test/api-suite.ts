/**
 * What only the server does, over real HTTP: problem+json for every kind of bad input (and nothing
 * stored), idempotent replays, rate limiting, the honeypot, CORS, the staff endpoint, retention and logs
 * without personal data. Run against each database engine.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Problem } from '../../src/adapters/http/protocol.js';
import { S, adultBooking, panelApplication, selfReferral } from '../fixtures/test-seed.js';
import { ALLOWED_ORIGIN, postJson, staffGet, startTestServer, type Backend, type TestServer } from './helpers.js';

const DAY = 86_400_000;

async function problem(response: Response, status: number, code: string): Promise<Problem> {
  assert.equal(response.status, status, `status (${await response.clone().text()})`);
  assert.match(response.headers.get('Content-Type') ?? '', /^application\/problem\+json/);
  const body = (await response.json()) as Problem;
  assert.equal(body.code, code);
  assert.equal(body.status, status);
  assert.ok(body.title && body.type, 'title and type');
  return body;
}

const fieldPaths = (body: Problem) => (body.fields ?? []).map((f) => f.path);

export function apiSuite(backendName: string, engine: 'pglite' | 'postgres', backend: () => Backend): void {
  describe(`reference server over HTTP: ${backendName}`, () => {
    const use = (overrides: Parameters<typeof startTestServer>[1] = {}) => {
      const holder = {} as { s: TestServer };
      before(async () => {
        holder.s = await startTestServer(backend(), overrides);
      });
      after(async () => holder.s?.close());
      return holder;
    };

    describe('bad input: a clear problem+json, and nothing stored', () => {
      const h = use({ bodyLimitBytes: 2048 });
      const nothingStored = async () => {
        for (const table of ['bookings', 'self_referrals', 'panel_applications', 'idempotency_keys'] as const) {
          assert.equal(await h.s.count(table), 0, table);
        }
      };

      it('a missing or malformed idempotency key', async () => {
        const missing = await problem(await postJson(h.s, '/bookings', adultBooking(S.roomy), null), 400, 'validation');
        assert.equal(missing.reason, 'idempotency-key-missing');
        assert.deepEqual(fieldPaths(missing), ['Idempotency-Key']);
        const short = await problem(await postJson(h.s, '/bookings', adultBooking(S.roomy), 'abc'), 400, 'validation');
        assert.equal(short.reason, 'idempotency-key-invalid');
        await nothingStored();
      });

      it('an oversized body', async () => {
        const body = adultBooking(S.roomy, { needs: 'x'.repeat(5000) });
        assert.equal((await problem(await postJson(h.s, '/bookings', body), 413, 'validation')).reason, 'body-too-large');
        await nothingStored();
      });

      it('a body that is not JSON, not an object, or not sent as JSON', async () => {
        assert.equal((await problem(await postJson(h.s, '/bookings', '{"sessionId":'), 400, 'validation')).reason, 'malformed-json');
        assert.equal((await problem(await postJson(h.s, '/bookings', '[1,2]'), 400, 'validation')).reason, 'not-an-object');
        const asText = await h.s.fetch('/bookings', {
          method: 'POST',
          headers: { 'Content-Type': 'text/plain', 'Idempotency-Key': crypto.randomUUID() },
          body: JSON.stringify(adultBooking(S.roomy)),
        });
        assert.equal((await problem(asText, 415, 'validation')).reason, 'unsupported-media-type');
        await nothingStored();
      });

      it('wrong types, each named by its field path', async () => {
        const body = await problem(
          await postJson(h.s, '/bookings', { ...adultBooking(S.roomy), adults: 'two', children: [{ kind: 'age', months: -1 }] }),
          422,
          'validation',
        );
        assert.deepEqual(fieldPaths(body).sort(), ['adults', 'children.0.months']);
        const referral = await problem(await postJson(h.s, '/self-referrals', { ...selfReferral(), consents: 'yes' }), 422, 'validation');
        assert.deepEqual(fieldPaths(referral), ['consents']);
        await nothingStored();
      });

      it('unknown fields, at any depth', async () => {
        const body = await problem(
          await postJson(h.s, '/bookings', { ...adultBooking(S.roomy), adult: 1, contact: { name: 'Sam', email: 'sam@example.com', mobile: '07700 900000' } }),
          422,
          'validation',
        );
        assert.equal(body.reason, 'unknown-fields');
        assert.deepEqual(fieldPaths(body).sort(), ['adult', 'contact.mobile']);
        const panel = await problem(await postJson(h.s, '/panel-applications', { ...panelApplication(), isAdmin: true }), 422, 'validation');
        assert.deepEqual(fieldPaths(panel), ['isAdmin']);
        await nothingStored();
      });

      it('SQL-looking strings are only ever data', async () => {
        const sql = "x'); DROP TABLE bookings; --";
        await problem(await postJson(h.s, '/bookings', adultBooking(sql)), 404, 'not-found');
        await problem(await postJson(h.s, '/cancellations', { reference: sql, contact: 'sam@example.com' }), 404, 'not-found');
        await problem(await h.s.fetch(`/services/${encodeURIComponent(sql)}`), 404, 'not-found');
        await nothingStored();
        // Stored verbatim where it is a legitimate answer (someone's name can contain quotes).
        const booked = await postJson(h.s, '/bookings', adultBooking(S.roomy, { contact: { name: sql, email: 'sam@example.com' } }));
        assert.equal(booked.status, 201);
        const staff = (await (await staffGet(h.s, S.roomy)).json()) as { bookings: { name: string }[] };
        assert.equal(staff.bookings[0]!.name, sql);
      });

      it('unknown or malformed search parameters', async () => {
        const unknown = await problem(await h.s.fetch('/services?colour=blue'), 422, 'validation');
        assert.deepEqual(fieldPaths(unknown), ['colour']);
        assert.deepEqual(fieldPaths(await problem(await h.s.fetch('/services?age=seven&near=abc'), 422, 'validation')).sort(), ['ages.0', 'near']);
        const window = await problem(await h.s.fetch('/sessions?from=2026-01-02T00:00:00Z&to=2026-01-01T00:00:00Z'), 422, 'validation');
        assert.deepEqual(fieldPaths(window), ['to']);
        await problem(await h.s.fetch('/sessions?from=2026-01-01T00:00:00Z&to=2028-01-01T00:00:00Z'), 422, 'validation');
      });

      it('an unknown address', async () => {
        await problem(await h.s.fetch('/no-such-thing'), 404, 'not-found');
      });
    });

    describe('writes', () => {
      const h = use();

      it(`runs on ${engine}`, async () => {
        assert.deepEqual(await (await h.s.fetch('/health')).json(), { status: 'ok', engine });
      });

      it('a replayed write says so and returns the same body', async () => {
        const key = crypto.randomUUID();
        const first = await postJson(h.s, '/bookings', adultBooking(S.roomy), key);
        const second = await postJson(h.s, '/bookings', adultBooking(S.roomy), key);
        assert.deepEqual([first.status, second.status], [201, 201]);
        assert.equal(first.headers.get('Idempotent-Replayed'), null);
        assert.equal(second.headers.get('Idempotent-Replayed'), 'true');
        assert.deepEqual(await second.json(), await first.json());
        assert.equal(await h.s.count('bookings'), 1);
      });

      it('a refused write keeps nothing, so a retry with the same key is judged again', async () => {
        const key = crypto.randomUUID();
        await problem(await postJson(h.s, '/bookings', adultBooking(S.dropIn), key), 409, 'conflict');
        assert.equal((await h.s.db.query('SELECT 1 FROM idempotency_keys WHERE key = $1', [key])).length, 0);
      });

      it('a cancellation answers 200 with the booking and its session, never who booked', async () => {
        const first = (await (await postJson(h.s, '/bookings', adultBooking(S.noWaitlist, { adults: 2 }))).json()) as {
          reference: string;
          session: { title: string; start: string; end: string };
        };
        const key = crypto.randomUUID();
        const request = { reference: first.reference.toLowerCase(), contact: 'sam.carter@example.com' };
        const cancelled = await postJson(h.s, '/cancellations', request, key);
        assert.equal(cancelled.status, 200);
        assert.match(cancelled.headers.get('Content-Type') ?? '', /^application\/json/);
        const text = await cancelled.text();
        assert.deepEqual(JSON.parse(text), {
          reference: first.reference,
          status: 'cancelled',
          sessionId: S.noWaitlist,
          title: first.session.title,
          start: first.session.start,
          end: first.session.end,
        });
        assert.doesNotMatch(text, /Sam|Carter|example\.com/);
        // The same key replays the stored answer; a new key finds it already cancelled and answers the same.
        const replayed = await postJson(h.s, '/cancellations', request, key);
        assert.deepEqual([replayed.status, replayed.headers.get('Idempotent-Replayed')], [200, 'true']);
        assert.deepEqual(await replayed.json(), JSON.parse(text));
        const again = await postJson(h.s, '/cancellations', request);
        assert.deepEqual([again.status, again.headers.get('Idempotent-Replayed')], [200, null]);
        assert.deepEqual(await again.json(), JSON.parse(text));
      });
    });

    describe('rate limiting of public writes', () => {
      const h = use({ rateLimitWrites: 3, rateLimitWindowSeconds: 60 });

      it('answers 429 with Retry-After after the limit, and leaves reads alone', async () => {
        for (let i = 0; i < 3; i++) assert.equal((await postJson(h.s, '/bookings', adultBooking(S.roomy))).status, 201);
        const limited = await postJson(h.s, '/self-referrals', selfReferral());
        const body = await problem(limited, 429, 'rate-limited');
        assert.ok(Number(limited.headers.get('Retry-After')) > 0);
        assert.ok(body.title.length > 0);
        assert.equal(await h.s.count('self_referrals'), 0);
        assert.equal((await h.s.fetch('/categories')).status, 200);
      });
    });

    describe('honeypot', () => {
      const h = use();

      it('refuses a write whose hidden field was filled in, and stores nothing', async () => {
        const body = await problem(await postJson(h.s, '/self-referrals', { ...selfReferral(), website: 'http://spam.example' }), 400, 'validation');
        assert.equal(body.reason, 'honeypot');
        assert.deepEqual(fieldPaths(body), ['website']);
        assert.equal(await h.s.count('self_referrals'), 0);
        assert.ok(h.s.logs.some((line) => JSON.parse(line).event === 'honeypot'));
      });

      it('accepts the hidden field left empty', async () => {
        assert.equal((await postJson(h.s, '/self-referrals', { ...selfReferral(), website: '' })).status, 201);
        assert.equal(await h.s.count('self_referrals'), 1);
      });
    });

    describe('CORS', () => {
      const h = use();

      it('allows the configured origins, with the idempotency header, and no others', async () => {
        const preflight = await h.s.fetch('/bookings', {
          method: 'OPTIONS',
          headers: { Origin: ALLOWED_ORIGIN, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type,idempotency-key' },
        });
        assert.equal(preflight.headers.get('Access-Control-Allow-Origin'), ALLOWED_ORIGIN);
        assert.match(preflight.headers.get('Access-Control-Allow-Headers') ?? '', /Idempotency-Key/i);
        assert.match(preflight.headers.get('Access-Control-Allow-Methods') ?? '', /POST/);
        const read = await h.s.fetch('/categories', { headers: { Origin: ALLOWED_ORIGIN } });
        assert.equal(read.headers.get('Access-Control-Allow-Origin'), ALLOWED_ORIGIN);
        assert.match(read.headers.get('Access-Control-Expose-Headers') ?? '', /Idempotent-Replayed/);
        const other = await h.s.fetch('/categories', { headers: { Origin: 'https://evil.example' } });
        assert.equal(other.headers.get('Access-Control-Allow-Origin'), null);
        const otherPreflight = await h.s.fetch('/bookings', {
          method: 'OPTIONS',
          headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' },
        });
        assert.equal(otherPreflight.headers.get('Access-Control-Allow-Origin'), null);
      });
    });

    describe('staff endpoint', () => {
      const h = use();

      it('needs the bearer token, and is the only place names appear', async () => {
        const key = crypto.randomUUID();
        const booking = adultBooking(S.race3, { contact: { name: 'Priya Shah', email: 'priya@example.com' } });
        const created = await postJson(h.s, '/bookings', booking, key);
        assert.doesNotMatch(await created.text(), /Priya/);
        await problem(await h.s.fetch(`/staff/sessions/${S.race3}/bookings`), 401, 'unauthorized');
        const wrong = await staffGet(h.s, S.race3, 'not-the-token-at-all-but-long');
        await problem(wrong, 401, 'unauthorized');
        assert.equal(wrong.headers.get('WWW-Authenticate'), 'Bearer');
        const right = await staffGet(h.s, S.race3);
        assert.equal(right.status, 200);
        assert.equal(right.headers.get('Cache-Control'), 'no-store');
        const body = (await right.json()) as { session: { id: string; placesLeft: number }; bookings: { name: string; email: string; status: string }[] };
        assert.deepEqual([body.session.id, body.session.placesLeft], [S.race3, 2]);
        assert.deepEqual(body.bookings.map((b) => [b.name, b.email, b.status]), [['Priya Shah', 'priya@example.com', 'confirmed']]);
        await problem(await staffGet(h.s, 'no-such-session'), 404, 'not-found');
      });
    });

    describe('staff endpoint without a token configured', () => {
      const h = use({ staffToken: null });

      it('does not exist', async () => {
        await problem(await staffGet(h.s, S.race3), 404, 'not-found');
      });
    });

    describe('retention', () => {
      const h = use({ retentionDays: 30, idempotencyTtlHours: 24 });

      it('deletes referrals, applications and idempotency keys older than the settings, and keeps the rest', async () => {
        const today = h.s.clock.now;
        h.s.clock.now = new Date(today.getTime() - 40 * DAY);
        assert.equal((await postJson(h.s, '/self-referrals', selfReferral())).status, 201);
        assert.equal((await postJson(h.s, '/panel-applications', panelApplication())).status, 201);
        h.s.clock.now = new Date(today.getTime() - 10 * DAY);
        assert.equal((await postJson(h.s, '/self-referrals', selfReferral())).status, 201);
        h.s.clock.now = today;
        assert.equal((await postJson(h.s, '/panel-applications', panelApplication())).status, 201);
        const swept = await h.s.sweep();
        assert.deepEqual(swept, { selfReferrals: 1, panelApplications: 1, bookings: 0, idempotencyKeys: 3 });
        assert.deepEqual([await h.s.count('self_referrals'), await h.s.count('panel_applications'), await h.s.count('idempotency_keys')], [1, 1, 1]);
      });
    });

    describe('retention of bookings', () => {
      const h = use({ retentionDays: 1 });

      interface StaffRow {
        reference: string;
        status: string;
        places: number;
        name: string | null;
        email: string | null;
        phone: string | null;
        needs: string | null;
        reminder: string;
        anonymisedAt: string | null;
      }
      const staffRows = async (sessionId: string) => ((await (await staffGet(h.s, sessionId)).json()) as { bookings: StaffRow[] }).bookings;

      it('clears who booked once every session sharing the places ended a period ago, and never changes places taken', async () => {
        const today = h.s.clock.now;
        const family = (n: number) => ({ name: `Parent Number${n}`, email: `parent${n}@example.com`, phone: '07700 900555', reminder: 'text' as const });
        const book = async (sessionId: string, extra: Parameters<typeof adultBooking>[1]) => {
          const response = await postJson(h.s, '/bookings', adultBooking(sessionId, extra));
          assert.equal(response.status, 201);
          return (await response.json()) as { reference: string; status: string };
        };
        const confirmed = await book(S.race3, { adults: 2, contact: family(1), needs: 'Wheelchair space please' });
        const waiting = await book(S.race3, { adults: 2, joinWaitingList: true, contact: family(2) });
        await book(S.roomy, { contact: family(3) });
        const course = await book(S.course1, { adults: 2, contact: family(4) });
        assert.deepEqual([confirmed.status, waiting.status, course.status], ['confirmed', 'waitlisted', 'confirmed']);

        const from = new Date(today.getTime() - DAY).toISOString();
        const to = new Date(today.getTime() + 30 * DAY).toISOString();
        const placesLeft = async () => {
          const sessions = (await (await h.s.fetch(`/sessions?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`)).json()) as {
            id: string;
            placesLeft: number | null;
          }[];
          return Object.fromEntries(sessions.map((s) => [s.id, s.placesLeft]));
        };
        const before = await placesLeft();
        assert.deepEqual([before[S.race3], before[S.course3]], [1, 2]);

        // Twelve days on, with a retention period of one day: the sessions of the first week ended long
        // enough ago; the course's first session did too, but its later sessions have not happened yet.
        h.s.clock.now = new Date(today.getTime() + 12 * DAY);
        assert.equal((await h.s.sweep()).bookings, 3);
        assert.deepEqual(await placesLeft(), before, 'places taken, past and future, are what they were');

        const race = await staffRows(S.race3);
        assert.deepEqual(
          race.map((b) => [b.reference, b.status, b.places, b.name, b.email, b.phone, b.needs, b.reminder]),
          [
            [confirmed.reference, 'confirmed', 2, null, null, null, null, 'none'],
            [waiting.reference, 'waitlisted', 2, null, null, null, null, 'none'],
          ],
        );
        assert.ok(race.every((b) => b.anonymisedAt !== null));
        const [kept] = await staffRows(S.course3);
        assert.deepEqual([kept!.reference, kept!.name, kept!.email, kept!.anonymisedAt], [course.reference, 'Parent Number4', 'parent4@example.com', null]);
        const withContact = await h.s.db.query<{ reference: string }>(
          'SELECT reference FROM bookings WHERE name IS NOT NULL OR email IS NOT NULL OR phone IS NOT NULL OR needs IS NOT NULL',
        );
        assert.deepEqual(withContact.map((r) => r.reference), [course.reference]);
        const leftAnywhere = JSON.stringify(await h.s.db.query('SELECT * FROM bookings WHERE reference <> $1', [course.reference]));
        for (const secret of ['Number1', 'Number2', 'Number3', 'parent1@', '900555', 'Wheelchair']) assert.ok(!leftAnywhere.includes(secret), secret);

        // The old contact no longer finds the booking, and sweeping again changes nothing.
        const cancel = await postJson(h.s, '/cancellations', { reference: confirmed.reference, contact: 'parent1@example.com' });
        assert.equal(cancel.status, 404);
        assert.equal((await h.s.sweep()).bookings, 0);

        // Once the course's last session has ended a period ago, its booking goes the same way.
        h.s.clock.now = new Date(today.getTime() + 30 * DAY);
        assert.equal((await h.s.sweep()).bookings, 1);
        assert.deepEqual(await placesLeft(), before);
        assert.equal((await staffRows(S.course1))[0]!.name, null);
      });
    });

    describe('logs', () => {
      const h = use({ rateLimitWrites: 100 });

      it('carry no personal data, whatever the requests held', async () => {
        const secrets = ['Harriet Quinlan', 'harriet.q@example.com', '07700 900456', 'BK9 9ZZ', 'sleeping badly', 'TF1 1AA'];
        await postJson(h.s, '/bookings', adultBooking(S.roomy, { contact: { name: secrets[0]!, email: secrets[1]!, phone: secrets[2]! }, needs: 'Wheelchair' }));
        await postJson(h.s, '/self-referrals', selfReferral({ name: secrets[0]!, postcode: secrets[3]!, story: secrets[4]! }));
        await postJson(h.s, '/bookings', { ...adultBooking(S.roomy), contact: { name: secrets[0]!, email: 'not-an-email' } });
        await h.s.fetch(`/postcodes/${encodeURIComponent(secrets[5]!)}`);
        await h.s.fetch(`/services?text=${encodeURIComponent(secrets[0]!)}`);
        assert.ok(h.s.logs.length >= 5);
        const all = h.s.logs.join('\n');
        for (const secret of secrets) assert.ok(!all.includes(secret), `logs contain "${secret}"`);
        assert.ok(h.s.logs.some((line) => JSON.parse(line).route === '/postcodes/:postcode'));
      });
    });
  });
}
