/**
 * Logs: one JSON object per line. Only what the server itself chooses to log is written, from a short list
 * of fields that can never hold personal data: never request bodies, query strings, raw paths (a postcode
 * or a booking reference can be in one), addresses, or database error messages (they can quote values).
 */
export type LogValue = string | number | boolean | null;

export interface LogFields {
  method?: string;
  /** The route pattern (`/services/:id`), never the path that was asked for. */
  route?: string;
  status?: number;
  ms?: number;
  requestId?: string;
  engine?: string;
  port?: number;
  host?: string;
  /** An error's class name and SQLSTATE, never its message. */
  error?: string;
  sqlState?: string;
  outcome?: string;
  reason?: string;
  count?: number;
  [counter: `${string}Count`]: number;
}

export interface Logger {
  info(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
}

export function createLogger(level: 'info' | 'error' | 'silent', write: (line: string) => void = (line) => process.stdout.write(`${line}\n`)): Logger {
  const emit = (lvl: 'info' | 'error', event: string, fields: LogFields = {}) =>
    write(JSON.stringify({ time: new Date().toISOString(), level: lvl, event, ...fields }));
  return {
    info: (event, fields) => {
      if (level === 'info') emit('info', event, fields);
    },
    error: (event, fields) => {
      if (level !== 'silent') emit('error', event, fields);
    },
  };
}

/** An error described without its message: `AdapterError`, `error: 23505`. */
export function describeError(error: unknown): Pick<LogFields, 'error' | 'sqlState'> {
  const name = error instanceof Error ? error.name : typeof error;
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? { error: name, sqlState: code } : { error: name };
}
