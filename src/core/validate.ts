import type * as z from 'zod/mini';
import { AdapterError, type FieldProblem } from './errors.js';

/** zod issues as field problems with dotted paths (`children.0.age`). */
export function fieldProblems(error: z.core.$ZodError): FieldProblem[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}

/** Parses a request, or throws a `validation` AdapterError naming each wrong field. */
export function parseRequest<T extends z.ZodMiniType>(schema: T, value: unknown): z.output<T> {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new AdapterError('validation', 'Some answers need correcting', { fields: fieldProblems(result.error) });
  }
  return result.data;
}

/** Parses data that came back from a backend, or throws an `invalid-response` AdapterError. */
export function parseResponse<T extends z.ZodMiniType>(schema: T, value: unknown, what: string): z.output<T> {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new AdapterError('invalid-response', `The ${what} from the service was not in the expected shape`, {
      fields: fieldProblems(result.error),
    });
  }
  return result.data;
}
