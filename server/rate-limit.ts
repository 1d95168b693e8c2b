/**
 * A fixed-window counter per client address, in memory. Enough for one process; several processes behind a
 * load balancer each count separately (put a limit at the proxy as well). Addresses live only in this map,
 * for one window, and are never logged.
 */
export interface RateLimiter {
  /** Counts one request; says whether it may go ahead and, if not, in how many seconds to try again. */
  take(client: string, now?: number): { allowed: boolean; retryAfterSeconds: number };
}

const PRUNE_ABOVE = 10_000;

export function createRateLimiter(limit: number, windowMs: number): RateLimiter {
  const windows = new Map<string, { count: number; resetAt: number }>();
  return {
    take(client, now = Date.now()) {
      if (limit <= 0) return { allowed: true, retryAfterSeconds: 0 };
      if (windows.size > PRUNE_ABOVE) {
        for (const [key, window] of windows) if (window.resetAt <= now) windows.delete(key);
      }
      let window = windows.get(client);
      if (!window || window.resetAt <= now) {
        window = { count: 0, resetAt: now + windowMs };
        windows.set(client, window);
      }
      window.count++;
      return { allowed: window.count <= limit, retryAfterSeconds: Math.max(1, Math.ceil((window.resetAt - now) / 1000)) };
    },
  };
}
