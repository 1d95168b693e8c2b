/**
 * One idempotency key per attempt to send: a retry or a double click reuses it, so the backend recognises
 * the request; changed answers make a new attempt with a new key.
 */
import { newIdempotencyKey } from '../../core/adapter.js';
import type { SelfReferral } from '../../core/model.js';

export interface SubmitAttempt {
  /** One key per attempt: reused by a retry or a double click, replaced when the answers change. */
  key: string;
  fingerprint: string;
  request: SelfReferral;
}

/** What identifies an attempt: the answers, not the moment each consent was ticked. */
export function fingerprintOf(request: SelfReferral): string {
  return JSON.stringify({ ...request, consents: request.consents.map(({ purpose, given, noticeVersion }) => ({ purpose, given, noticeVersion })) });
}

/** The previous attempt when the answers are the same (it sends exactly what it sent), else a new one. */
export function attemptFor(previous: SubmitAttempt | undefined, request: SelfReferral): SubmitAttempt {
  const fingerprint = fingerprintOf(request);
  return previous && previous.fingerprint === fingerprint ? previous : { key: newIdempotencyKey(), fingerprint, request };
}
