/**
 * The receipt's "Add to calendar" file: an iCalendar event about the session only — title, times, place,
 * the booking reference and how to cancel — handed to the page as an object URL. It carries no personal
 * data, and its words are in the widget's language when it is made.
 */
import { buildIcs } from '../../core/ics.js';
import type { BookingReceipt, Session } from '../../core/model.js';
import type { Translate } from '../../i18n/messages.js';
import { venueAddress } from './session-words.js';

export interface CalendarFileOptions {
  t: Translate;
  /** The hub's name in sentences, and its phone number when there is one: how to cancel. */
  hubName: string;
  phone: string | undefined;
  /** When the file is made (the event's timestamp). */
  now: Date;
}

/** An object URL for the session's .ics file, or null where the browser cannot make one. Revoke it when done. */
export function calendarFileUrl(receipt: BookingReceipt, session: Session, options: CalendarFileOptions): string | null {
  if (typeof URL.createObjectURL !== 'function') return null;
  const { t, phone } = options;
  const description = [
    t('booking.calendar.reference', { reference: receipt.reference }),
    session.description ?? '',
    phone ? t('booking.calendar.cancelPhone', { hubName: options.hubName, phone }) : t('booking.calendar.cancel'),
  ]
    .filter(Boolean)
    .join('\n\n');
  const ics = buildIcs(
    {
      uid: `${session.id}@family-hub-widgets`,
      start: session.start,
      end: session.end,
      summary: session.title,
      location: venueAddress(t, session, ', '),
      description,
    },
    { now: options.now },
  );
  return URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
}
