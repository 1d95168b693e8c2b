/**
 * Loads what the finder's details view shows: the service, and whether it offers "Book a place". When
 * the adapter lists sessions, that is whether any can be booked in the coming weeks; otherwise the
 * service's own "how to use it" decides.
 */
import { supports, type HubAdapter } from '../../core/adapter.js';
import { toAdapterError } from '../../core/errors.js';
import type { Service } from '../../core/model.js';
import { toLondonIso } from '../../core/time.js';

/** "Book a place" shows when the service has bookable sessions in this many weeks. */
const SESSION_WEEKS = 8;

/** Whether the service has sessions to book soon after `from`; null when the adapter cannot say. */
export async function hasBookableSessions(adapter: HubAdapter, serviceId: string, from: Date, signal: AbortSignal): Promise<boolean | null> {
  if (!supports(adapter, 'listSessions')) return null;
  const to = new Date(from.getTime() + SESSION_WEEKS * 7 * 24 * 60 * 60 * 1000);
  try {
    const sessions = await adapter.listSessions({ serviceId, from: toLondonIso(from), to: toLondonIso(to) }, { signal });
    return sessions.some((session) => session.mode === 'bookable');
  } catch (error) {
    if (toAdapterError(error).code === 'aborted') throw error;
    // Sessions are a bonus on this page: the service's own "how to use it" still decides.
    return null;
  }
}

/** The service, and whether "Book a place" shows for it. */
export async function loadServiceDetails(
  adapter: HubAdapter,
  serviceId: string,
  now: Date,
  signal: AbortSignal,
): Promise<{ service: Service; canBook: boolean }> {
  const [service, hasSessions] = await Promise.all([
    adapter.getService(serviceId, { signal }),
    hasBookableSessions(adapter, serviceId, now, signal),
  ]);
  return { service, canBook: hasSessions ?? service.access.includes('book') };
}
