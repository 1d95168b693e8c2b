/** Errors as `application/problem+json` (RFC 9457) with the contract's stable `code`, `reason` and `fields`. */
import type { AdapterErrorCode, FieldProblem } from '../src/core/errors.js';
import { AdapterError } from '../src/core/errors.js';
import { fieldProblems } from '../src/core/validate.js';
import { PROBLEM_CONTENT_TYPE, type Problem } from '../src/adapters/http/protocol.js';
import type * as z from 'zod/mini';

const STATUS_FOR_CODE: Record<AdapterErrorCode, number> = {
  validation: 422,
  conflict: 409,
  'not-found': 404,
  'rate-limited': 429,
  unsupported: 501,
  // Codes a client gives itself; a server never answers with them, but the table stays total.
  network: 502,
  timeout: 504,
  aborted: 499,
  'invalid-response': 502,
};

/** An error on its way to becoming a response. `status` overrides the code's usual status (e.g. 400, 413). */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly problem: Omit<Problem, 'type' | 'status'>,
    readonly headers: Record<string, string> = {},
  ) {
    super(problem.title);
  }

  static validation(status: 400 | 413 | 415 | 422, title: string, options: { reason?: string; fields?: FieldProblem[] } = {}): HttpProblem {
    return new HttpProblem(status, { code: 'validation', title, ...options });
  }
}

export function problemFrom(error: AdapterError): HttpProblem {
  const problem: Omit<Problem, 'type' | 'status'> = { code: error.code, title: error.message };
  if (error.reason) problem.reason = error.reason;
  if (error.fields.length) problem.fields = error.fields;
  return new HttpProblem(STATUS_FOR_CODE[error.code], problem);
}

export function problemResponse(error: HttpProblem): Response {
  const { code, reason } = error.problem;
  const body: Problem = { type: `urn:family-hub-widgets:problem:${code}${reason ? `:${reason}` : ''}`, status: error.status, ...error.problem };
  return new Response(JSON.stringify(body), {
    status: error.status,
    headers: { 'Content-Type': PROBLEM_CONTENT_TYPE, 'Cache-Control': 'no-store', ...error.headers },
  });
}

export function toHttpProblem(error: unknown): HttpProblem | null {
  if (error instanceof HttpProblem) return error;
  if (error instanceof AdapterError) return problemFrom(error);
  return null;
}

/**
 * Fields the request had that the schema does not know (zod drops them from its output): each becomes a
 * field problem, so a typo such as `adult` for `adults` is reported instead of being ignored.
 */
export function unknownFields(input: unknown, output: unknown, path: string[] = []): FieldProblem[] {
  if (Array.isArray(input) && Array.isArray(output)) {
    return input.flatMap((item, index) => unknownFields(item, output[index], [...path, String(index)]));
  }
  if (isPlainObject(input) && isPlainObject(output)) {
    return Object.keys(input).flatMap((key) =>
      key in output
        ? unknownFields(input[key], output[key], [...path, key])
        : [{ path: [...path, key].join('.'), message: 'This field is not part of the request: remove it' }],
    );
  }
  return [];
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Parses with a shared schema and refuses unknown fields: a `validation` problem naming each field. */
export function parseStrict<T extends z.ZodMiniType>(schema: T, input: unknown): z.output<T> {
  const result = schema.safeParse(input);
  if (!result.success) throw HttpProblem.validation(422, 'Some answers need correcting', { fields: fieldProblems(result.error) });
  const extra = unknownFields(input, result.data);
  if (extra.length) throw HttpProblem.validation(422, 'The request has fields the service does not accept', { reason: 'unknown-fields', fields: extra });
  return result.data;
}
