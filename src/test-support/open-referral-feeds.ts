/**
 * Test support only (imported by the *.test.ts files here, never by the library): addresses of the fake
 * feeds served by test/servers/open-referral.mjs, their request logs, and the shared fixture files.
 */
import { expect } from '@open-wc/testing';
import { isAdapterError, type AdapterErrorCode } from '../core/errors.js';

export interface LoggedRequest {
  feed: string;
  path: string;
  params: Record<string, string[]>;
}

/** A fresh session: its own request log and its own "first request fails" counters on the test server. */
export function newSession(): string {
  return crypto.randomUUID();
}

/** The base address of a fake feed (see test/servers/open-referral.mjs for the list). */
export function feedUrl(session: string, feed: string, origin = location.origin): string {
  return `${origin}/test-feeds/${session}/${feed}`;
}

/** What the test server received in a session, in order. */
export async function requestsTo(session: string): Promise<LoggedRequest[]> {
  const response = await fetch(`/test-feeds/${session}/_log`);
  return (await response.json()) as LoggedRequest[];
}

/** A file from ../shared/fixtures (Open Referral examples, © Open Referral, CC BY-SA 4.0). */
export async function sharedFixture(path: string): Promise<unknown> {
  const response = await fetch(`/test-feeds/fixtures/${path}`);
  if (!response.ok) throw new Error(`Missing shared fixture ${path}`);
  return response.json();
}

/** The hand-made ORUK v1 records in src/adapters/open-referral/fixtures/oruk1-services.json. */
export async function handMadeOruk1(): Promise<Record<string, unknown>[]> {
  const response = await fetch(new URL('../adapters/open-referral/fixtures/oruk1-services.json', import.meta.url));
  return ((await response.json()) as { services: Record<string, unknown>[] }).services;
}

/** Awaits a promise that must fail with an AdapterError of `code`, and returns the error. */
export async function expectAdapterError(promise: Promise<unknown>, code: AdapterErrorCode): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    expect(isAdapterError(error), `expected an AdapterError, got ${String(error)}`).to.equal(true);
    expect((error as { code: string }).code).to.equal(code);
    return error as Error;
  }
  throw new Error(`expected an AdapterError "${code}", but the call succeeded`);
}

/** No "undefined", "[object Object]", HTML or placeholder text anywhere in a mapped value. */
export function expectNoGarbage(value: unknown): void {
  const text = JSON.stringify(value);
  for (const bad of ['undefined', '[object Object]', '<', 'wait_time', 'fees_description', 'javascript:', 'NaN']) {
    expect(text, `found ${bad}`).not.to.include(bad);
  }
}
