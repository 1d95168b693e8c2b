/**
 * Self-referrals and panel applications: checked with the same rules as the MemoryAdapter beyond the
 * schema (a chosen way of contacting needs its details; a named service must exist; the panel needs an
 * email or phone), stored whole as validated, kept for the retention period.
 */
import type * as z from 'zod/mini';
import { AdapterError, type FieldProblem } from '../../src/core/errors.js';
import type { PanelApplicationSchema, Receipt, SafeContact, SelfReferralSchema } from '../../src/core/model.js';
import { toLondonIso } from '../../src/core/time.js';
import type { Queryable } from '../db/database.js';
import { insertWithReference } from './bookings.js';

/** A way of contacting the family was chosen but its details are missing. */
function safeContactProblems(contact: SafeContact): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if ((contact.methods.includes('phone') || contact.methods.includes('text')) && !contact.phone) {
    problems.push({ path: 'contact.phone', message: 'Enter a phone number so we can call or text you' });
  }
  if (contact.methods.includes('email') && !contact.email) {
    problems.push({ path: 'contact.email', message: 'Enter an email address so we can email you' });
  }
  if (contact.methods.includes('letter') && !contact.address) {
    problems.push({ path: 'contact.address', message: 'Enter an address so we can write to you' });
  }
  return problems;
}

function refuse(fields: FieldProblem[]): never {
  throw new AdapterError('validation', 'Some answers need correcting', { fields });
}

export async function insertSelfReferral(tx: Queryable, referral: z.output<typeof SelfReferralSchema>, now: Date): Promise<Receipt> {
  const problems = safeContactProblems(referral.contact);
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
  if (!application.email && !application.phone) {
    refuse([{ path: 'email', message: 'Enter an email address or a phone number so we can contact you' }]);
  }
  const reference = await insertWithReference('PP', (ref) =>
    tx.query(
      `INSERT INTO panel_applications (reference, data, created_at) VALUES ($1, $2::jsonb, $3::timestamptz)
       ON CONFLICT (reference) DO NOTHING RETURNING reference`,
      [ref, JSON.stringify(application), now.toISOString()],
    ),
  );
  return { reference, submittedAt: toLondonIso(now) };
}
