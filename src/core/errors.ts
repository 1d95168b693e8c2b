/**
 * Typed adapter errors. Widgets turn each code into plain words and the hub's phone number; they never
 * show a stack trace or a backend's own message to a family.
 */
export const ADAPTER_ERROR_CODES = [
  'network',
  'timeout',
  'aborted',
  'invalid-response',
  'validation',
  'conflict',
  'not-found',
  'rate-limited',
  'unsupported',
] as const;
export type AdapterErrorCode = (typeof ADAPTER_ERROR_CODES)[number];

/** A problem with one field of a request: `path` is the field's path in the request, e.g. `contact.email`. */
export interface FieldProblem {
  path: string;
  message: string;
}

export class AdapterError extends Error {
  override readonly name = 'AdapterError';
  readonly code: AdapterErrorCode;
  /** For `validation`: which fields were wrong. */
  readonly fields: FieldProblem[];
  /**
   * For `conflict`: a machine-readable reason: `session-full`, `booking-not-open`, `session-started`,
   * `no-booking-needed` or `idempotency-key-reused`.
   */
  readonly reason?: string;

  constructor(code: AdapterErrorCode, message: string, options: { fields?: FieldProblem[]; reason?: string; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.code = code;
    this.fields = options.fields ?? [];
    this.reason = options.reason;
  }

  /** Whether trying the same call again might work (and so a "Try again" button makes sense). */
  get retryable(): boolean {
    return this.code === 'network' || this.code === 'timeout' || this.code === 'rate-limited';
  }
}

export function isAdapterError(value: unknown): value is AdapterError {
  return value instanceof Error && (value as AdapterError).name === 'AdapterError' && 'code' in value;
}

/** Wraps anything thrown by an adapter into an AdapterError, keeping AbortErrors recognisable. */
export function toAdapterError(error: unknown): AdapterError {
  if (isAdapterError(error)) return error;
  if (error instanceof DOMException && error.name === 'AbortError') {
    return new AdapterError('aborted', 'The request was cancelled', { cause: error });
  }
  if (error instanceof DOMException && error.name === 'TimeoutError') {
    return new AdapterError('timeout', 'The request took too long', { cause: error });
  }
  return new AdapterError('network', 'The service could not be reached', { cause: error });
}

/** Throws an `aborted` AdapterError when the signal has fired. */
export function throwIfAborted(signal?: AbortSignal): void {
  if (signal?.aborted) throw new AdapterError('aborted', 'The request was cancelled');
}

/**
 * The promise's result, or an `aborted` error as soon as the signal aborts. The promise itself runs on:
 * useful when the work is shared (one look-up, one download) and only this caller stops waiting.
 */
export function untilAborted<T>(promise: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(new AdapterError('aborted', 'The request was cancelled', { cause: signal.reason }));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new AdapterError('aborted', 'The request was cancelled', { cause: signal.reason }));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
