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
export class HubServiceSelectEvent extends HubEvent<{ serviceId: string }> {
  constructor(detail: { serviceId: string }) {
    super('hub-service-select', detail);
  }
}

/**
 * A family chose an action on a service: `book` or `refer`. Cancelable: call `preventDefault()` to handle it
 * yourself (e.g. open your booking page); otherwise a widget on the page for that action may pick it up.
 */
export class HubServiceActionEvent extends HubEvent<{ action: 'book' | 'refer'; serviceId: string }> {
  constructor(detail: { action: 'book' | 'refer'; serviceId: string }) {
    super('hub-service-action', detail, { cancelable: true });
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

/** A booking, waiting-list place, cancellation, self-referral or panel application went through. */
export class HubSubmittedEvent extends HubEvent<{
  widget: string;
  kind: 'booking' | 'waitlist' | 'cancellation' | 'self-referral' | 'panel-application';
}> {
  constructor(detail: { widget: string; kind: 'booking' | 'waitlist' | 'cancellation' | 'self-referral' | 'panel-application' }) {
    super('hub-submitted', detail);
  }
}

/** Something went wrong talking to the backend. */
export class HubErrorEvent extends HubEvent<{ widget: string; code: AdapterErrorCode | 'configuration' }> {
  constructor(detail: { widget: string; code: AdapterErrorCode | 'configuration' }) {
    super('hub-error', detail);
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
    'hub-service-select': HubServiceSelectEvent;
    'hub-service-action': HubServiceActionEvent;
    'hub-step-change': HubStepChangeEvent;
    'hub-validation-error': HubValidationErrorEvent;
    'hub-submitted': HubSubmittedEvent;
    'hub-error': HubErrorEvent;
    'hub-exit': HubExitEvent;
  }
}
