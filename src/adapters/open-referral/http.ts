/**
 * GET JSON from a public feed: a timeout per attempt, the caller's abort signal, one retry with backoff
 * (GETs are idempotent), a short-lived cache, and every failure as an AdapterError with a clear code.
 */
import { AdapterError } from '../../core/errors.js';

export interface HttpSettings {
  fetch: typeof fetch;
  /** Per attempt, including reading the body. */
  timeoutMs: number;
  /** Wait before the one retry. A 429's `Retry-After` (up to `MAX_RETRY_AFTER_MS`) wins when longer. */
  retryDelayMs: number;
  cache: ResponseCache;
}

const MAX_RETRY_AFTER_MS = 5000;

/** Successful responses by URL for a short time, so paging back and forth, or a finder's fetch of every page, asks once. */
export class ResponseCache {
  private readonly entries = new Map<string, { expires: number; value: unknown }>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 200,
  ) {}

  get(url: string): unknown {
    const entry = this.entries.get(url);
    if (!entry) return undefined;
    if (entry.expires <= Date.now()) {
      this.entries.delete(url);
      return undefined;
    }
    return entry.value;
  }

  set(url: string, value: unknown): void {
    if (this.ttlMs <= 0) return;
    this.entries.delete(url);
    this.entries.set(url, { expires: Date.now() + this.ttlMs, value });
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
  }
}

type Attempt = { ok: true; value: unknown } | { ok: false; error: AdapterError; retryAfterMs?: number };

function aborted(): AdapterError {
  return new AdapterError('aborted', 'The request was cancelled');
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(aborted());
    const onAbort = () => {
      clearTimeout(timer);
      reject(aborted());
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function retryAfterMs(response: Response): number | undefined {
  const header = response.headers.get('Retry-After');
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

function statusError(response: Response): Attempt {
  const { status } = response;
  if (status === 404 || status === 410) return { ok: false, error: new AdapterError('not-found', 'The directory has no such record') };
  if (status === 429) {
    return { ok: false, error: new AdapterError('rate-limited', 'The directory is busy: try again in a minute'), retryAfterMs: retryAfterMs(response) ?? 0 };
  }
  if (status >= 500) {
    return { ok: false, error: new AdapterError('network', `The directory had a problem (HTTP ${status})`), retryAfterMs: 0 };
  }
  return { ok: false, error: new AdapterError('invalid-response', `The directory refused the request (HTTP ${status})`) };
}

async function attempt(url: string, settings: HttpSettings, signal?: AbortSignal): Promise<Attempt> {
  if (signal?.aborted) return { ok: false, error: aborted() };
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, settings.timeoutMs);
  const onAbort = () => controller.abort();
  signal?.addEventListener('abort', onAbort, { once: true });
  const failure = (error: unknown): Attempt => {
    if (signal?.aborted) return { ok: false, error: aborted() };
    if (timedOut) return { ok: false, error: new AdapterError('timeout', 'The directory took too long to answer', { cause: error }) };
    // A browser reports a CORS refusal exactly like a dropped connection: say both.
    const message = 'The directory could not be reached (offline, or the feed does not allow cross-origin requests)';
    return { ok: false, error: new AdapterError('network', message, { cause: error }), retryAfterMs: 0 };
  };
  try {
    let response: Response;
    try {
      response = await settings.fetch(url, {
        signal: controller.signal,
        headers: { Accept: 'application/json' },
        credentials: 'omit',
        redirect: 'follow',
      });
    } catch (error) {
      return failure(error);
    }
    if (!response.ok) {
      void response.body?.cancel().catch(() => undefined);
      return statusError(response);
    }
    let body: string;
    try {
      body = await response.text();
    } catch (error) {
      return failure(error);
    }
    const type = response.headers.get('Content-Type') ?? '';
    if (/html|xml/i.test(type) || /^\s*</.test(body)) {
      return { ok: false, error: new AdapterError('invalid-response', 'The directory answered with a web page, not data') };
    }
    try {
      return { ok: true, value: JSON.parse(body) as unknown };
    } catch (error) {
      return { ok: false, error: new AdapterError('invalid-response', 'The directory answered with data that is not valid JSON', { cause: error }) };
    }
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

/**
 * The parsed JSON at `url`. Network failures, 5xx answers and a 429 are tried once more after a pause;
 * timeouts are not (waiting twice as long helps nobody), nor is anything the caller aborted.
 */
export async function getJson(url: string, settings: HttpSettings, signal?: AbortSignal): Promise<unknown> {
  const cached = settings.cache.get(url);
  if (cached !== undefined) return cached;
  let result = await attempt(url, settings, signal);
  if (!result.ok && result.retryAfterMs !== undefined && result.retryAfterMs <= MAX_RETRY_AFTER_MS) {
    await sleep(Math.max(settings.retryDelayMs, result.retryAfterMs), signal);
    result = await attempt(url, settings, signal);
  }
  if (!result.ok) throw result.error;
  settings.cache.set(url, result.value);
  return result.value;
}
