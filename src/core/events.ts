/**
 * Public `hub-*` events. Each bubbles and is composed, so a host page can listen on `document`.
 * `detail` never carries personal data: no names, contact details, postcodes, ages or free text.
 * Documented in docs/events.md.
 */
import type { AdapterErrorCode } from './errors.js';

abstract class HubEvent<D> extends Event {
  readonly detail: D;
  constructor(type: string, detail: D, options: { cancelable?: boolean } = {}) {
    super(type, { bubbles: true, composed: true, cancelable: options.cancelable ?? false });
    this.detail = detail;
  }
}

/** The widget has its adapter and first data, and is ready to use. */
export class HubReadyEvent extends HubEvent<{ widget: string }> {
  constructor(detail: { widget: string }) {
    super('hub-ready', detail);
  }
}

/** A search ran. `filters` names which filters were on (not their values). */
export class HubSearchEvent extends HubEvent<{ resultCount: number; filters: string[]; page: number }> {
  constructor(detail: { resultCount: number; filters: string[]; page: number }) {
    super('hub-search', detail);
  }
}

/** A family opened a service's details. */
export class HubServiceViewEvent extends HubEvent<{ serviceId: string }> {
  constructor(detail: { serviceId: string }) {
    super('hub-service-view', detail);
  }
}

/**
 * A family chose an action on a service: `book` (Book a place) or `refer` (Ask for support). Cancelable:
 * call `preventDefault()` to handle it yourself (e.g. open your booking page); otherwise a booking or
 * self-referral widget on the same page takes the family there.
 */
export class HubActionEvent extends HubEvent<{ action: 'book' | 'refer'; serviceId: string }> {
  constructor(detail: { action: 'book' | 'refer'; serviceId: string }) {
    super('hub-action', detail, { cancelable: true });
  }
}

/** A question-page journey moved to another step. */
export class HubStepChangeEvent extends HubEvent<{ widget: string; step: string; index: number; total: number }> {
  constructor(detail: { widget: string; step: string; index: number; total: number }) {
    super('hub-step-change', detail);
  }
}

/** A step was submitted with errors. `fields` names the fields (never what was typed). */
export class HubValidationErrorEvent extends HubEvent<{ widget: string; step: string; fields: string[] }> {
  constructor(detail: { widget: string; step: string; fields: string[] }) {
    super('hub-validation-error', detail);
  }
}

/** What booking events say: the session and its start, never who booked. */
export interface BookingEventDetail {
  sessionId: string;
  status: 'confirmed' | 'waitlisted' | 'cancelled';
  /** The session's start, ISO 8601 with offset. */
  start: string;
}

/** A place was booked. */
export class HubBookingConfirmedEvent extends HubEvent<BookingEventDetail> {
  constructor(detail: Omit<BookingEventDetail, 'status'>) {
    super('hub-booking-confirmed', { ...detail, status: 'confirmed' });
  }
}

/** A place on the waiting list was taken. */
export class HubBookingWaitlistedEvent extends HubEvent<BookingEventDetail> {
  constructor(detail: Omit<BookingEventDetail, 'status'>) {
    super('hub-booking-waitlisted', { ...detail, status: 'waitlisted' });
  }
}

/**
 * A booking was cancelled: the session it was for, from the backend's answer to the cancellation, or the
 * booking the widget has just made when the family cancelled it from the receipt. Empty strings when
 * neither names it (a backend on the first contract, and a reference typed in).
 */
export class HubBookingCancelledEvent extends HubEvent<BookingEventDetail> {
  constructor(detail: Omit<BookingEventDetail, 'status'>) {
    super('hub-booking-cancelled', { ...detail, status: 'cancelled' });
  }
}

/** A self-referral was sent. The reference alone identifies no one. */
export class HubReferralSubmittedEvent extends HubEvent<{ reference: string }> {
  constructor(detail: { reference: string }) {
    super('hub-referral-submitted', detail);
  }
}

/** A Parent and Carer Panel application was sent. */
export class HubPanelSubmittedEvent extends HubEvent<{ reference: string }> {
  constructor(detail: { reference: string }) {
    super('hub-panel-submitted', detail);
  }
}

/** Something went wrong talking to the backend. */
export class HubErrorEvent extends HubEvent<{ widget: string; code: AdapterErrorCode | 'configuration' }> {
  constructor(detail: { widget: string; code: AdapterErrorCode | 'configuration' }) {
    super('hub-error', detail);
  }
}

/**
 * The directory feed sent records that could not be used, so they were left out of what the family sees.
 * `skipped` is how many; the records themselves are never passed on.
 */
export class HubDataWarningEvent extends HubEvent<{ skipped: number }> {
  constructor(detail: { skipped: number }) {
    super('hub-data-warning', detail);
  }
}

/** The family used "Exit this page". The host page may navigate away too. */
export class HubExitEvent extends HubEvent<{ widget: string }> {
  constructor(detail: { widget: string }) {
    super('hub-exit', detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'hub-ready': HubReadyEvent;
    'hub-search': HubSearchEvent;
    'hub-service-view': HubServiceViewEvent;
    'hub-action': HubActionEvent;
    'hub-step-change': HubStepChangeEvent;
    'hub-validation-error': HubValidationErrorEvent;
    'hub-booking-confirmed': HubBookingConfirmedEvent;
    'hub-booking-waitlisted': HubBookingWaitlistedEvent;
    'hub-booking-cancelled': HubBookingCancelledEvent;
    'hub-referral-submitted': HubReferralSubmittedEvent;
    'hub-panel-submitted': HubPanelSubmittedEvent;
    'hub-error': HubErrorEvent;
    'hub-data-warning': HubDataWarningEvent;
    'hub-exit': HubExitEvent;
  }
}
