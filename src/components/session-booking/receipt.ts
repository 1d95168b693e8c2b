/**
 * The receipt after booking: the confirmation panel with the reference (or the waiting-list place), the
 * session, "Add to calendar", what happens next, and how to cancel.
 */
import { html, nothing } from 'lit';
import { icsFileName } from '../../core/ics.js';
import type { BookingReceipt, Session } from '../../core/model.js';
import { withSlots } from '../../i18n/slots.js';
import { panel, summaryList, warningText } from '../../partials/content.js';
import { button } from '../../partials/navigation.js';
import type { PageContext } from './journey-page.js';
import { sessionRows } from './session-words.js';

export interface ReceiptContext extends PageContext {
  /** The calendar file's object URL, when one could be made (confirmed places only). */
  calendarUrl: string | null;
  /** The backend takes cancellations. */
  canCancel: boolean;
  onCancel: (reference: string) => void;
  /** "Book another session": back to the timetable. */
  onBackToSessions: () => void;
}

export function receiptPage(context: ReceiptContext, receipt: BookingReceipt, session: Session) {
  const { t, calendarUrl } = context;
  const waiting = receipt.status === 'waitlisted';
  const reference = html`<strong class="hub-reference">${receipt.reference}</strong>`;
  return html`<div class="hub-receipt" part="receipt">
    ${panel(waiting ? t('booking.receipt.titleWaitingList') : t('booking.receipt.title'), withSlots(t('booking.receipt.reference'), { reference }))}
    ${waiting && receipt.waitlistPosition
      ? html`<p class="hub-body"><strong>${t('booking.receipt.position', { count: receipt.waitlistPosition })}</strong></p>`
      : nothing}
    <h3 class="hub-heading-m">${waiting ? t('booking.receipt.sessionWaitingList') : t('booking.receipt.session')}</h3>
    ${summaryList(t, sessionRows(t, context.now, session))}
    ${!waiting && calendarUrl
      ? html`<p class="hub-body">
          <a class="hub-calendar-link" part="calendar-link" href="${calendarUrl}" download="${icsFileName(session.title, session.start)}">
            ${t('booking.receipt.calendar')}<span class="hub-visually-hidden"> ${t('booking.receipt.calendarHidden')}</span>
          </a>
        </p>`
      : nothing}
    <h3 class="hub-heading-m">${t('booking.receipt.nextTitle')}</h3>
    ${waiting
      ? html`<p class="hub-body">${t('booking.receipt.nextWaitingList')}</p>
          ${warningText(t, t('booking.receipt.doNotGo'))}`
      : html`<p class="hub-body">${t('booking.receipt.next')}</p>`}
    ${session.online && !session.location ? html`<p class="hub-body">${t('booking.receipt.online')}</p>` : nothing}
    <p class="hub-body">${t('booking.receipt.keepReference')}</p>
    <h3 class="hub-heading-m">${waiting ? t('booking.receipt.cancelTitleWaitingList') : t('booking.receipt.cancelTitle')}</h3>
    <p class="hub-body">${t('booking.receipt.cancelBody')}</p>
    ${context.callUs}
    <div class="hub-button-group">
      ${context.canCancel
        ? button({ text: t('booking.receipt.cancelButton'), variant: 'secondary', onClick: () => context.onCancel(receipt.reference) })
        : nothing}
      ${button({ text: t('booking.receipt.another'), onClick: () => context.onBackToSessions() })}
    </div>
  </div>`;
}
