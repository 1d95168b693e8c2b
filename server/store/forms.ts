/**
 * Self-referrals and panel applications: checked by the shared schemas (a chosen way of contacting needs
 * its details; the panel needs an email or phone) and, like the MemoryAdapter, a named service must exist;
 * stored whole as validated, kept for the retention period.
 */
import type * as z from 'zod/mini';
import { AdapterError, type FieldProblem } from '../../src/core/errors.js';
import type { PanelApplicationSchema, Receipt, SelfReferralSchema } from '../../src/core/model.js';
import { toLondonIso } from '../../src/core/time.js';
import type { Queryable } from '../db/database.js';
import { insertWithReference } from './bookings.js';

/** A way of contacting the family was chosen but its details are missing. */

function refuse(fields: FieldProblem[]): never {
  throw new AdapterError('validation', 'Some answers need correcting', { fields });
}

export async function insertSelfReferral(tx: Queryable, referral: z.output<typeof SelfReferralSchema>, now: Date): Promise<Receipt> {
  const problems: FieldProblem[] = [];
  if (referral.serviceId && !(await tx.query('SELECT 1 FROM services WHERE id = $1', [referral.serviceId])).length) {
    problems.push({ path: 'serviceId', message: 'Choose a service from the list' });
  }
  if (problems.length) refuse(problems);
  const reference = await insertWithReference('SR', (ref) =>
    tx.query(
      `INSERT INTO self_referrals (reference, service_id, data, created_at) VALUES ($1, $2, $3::jsonb, $4::timestamptz)
       ON CONFLICT (reference) DO NOTHING RETURNING reference`,
      [ref, referral.serviceId ?? null, JSON.stringify(referral), now.toISOString()],
    ),
  );
  return { reference, submittedAt: toLondonIso(now) };
}

export async function insertPanelApplication(tx: Queryable, application: z.output<typeof PanelApplicationSchema>, now: Date): Promise<Receipt> {
  const reference = await insertWithReference('PP', (ref) =>
    tx.query(
      `INSERT INTO panel_applications (reference, data, created_at) VALUES ($1, $2::jsonb, $3::timestamptz)
       ON CONFLICT (reference) DO NOTHING RETURNING reference`,
      [ref, JSON.stringify(application), now.toISOString()],
    ),
  );
  return { reference, submittedAt: toLondonIso(now) };
}
