import { Task } from '@lit/task';
import { html, type PropertyDeclarations } from 'lit';
import { newIdempotencyKey, supports, type HubAdapter } from '../../core/adapter.js';
import { AdapterError } from '../../core/errors.js';
import {
  HubBookingCancelledEvent,
  HubBookingConfirmedEvent,
  HubBookingWaitlistedEvent,
  HubReadyEvent,
  type HubActionEvent,
} from '../../core/events.js';
import type { BookingReceipt, Session } from '../../core/model.js';
import { JourneyController } from '../../controllers/journey.js';
import { booking as bookingWords } from '../../i18n/en-gb/booking.js';
import { addLanguagePack, DEFAULT_LOCALE } from '../../i18n/messages.js';
import { baseStyles } from '../../styles/base.styles.js';
import { formStyles } from '../../styles/form.styles.js';
import type { ErrorItem } from '../../partials/error-summary.js';
import { HubElement } from '../base/hub-element.js';
import {
  FIELD,
  answersFit,
  cancelledFrom,
  childCount,
  emptyAnswers,
  reminderChoices,
  resizeAges,
  toBookingRequest,
  validateAges,
  validateCancel,
  validateContact,
  validateNeeds,
  validateParty,
  validateReminder,
  type Answers,
  type CancelAnswers,
  type Cancelled,
} from './answers.js';
import { alternativesQuery, fullState, refusalOf, type ClosedReason, type FullState } from './booking-outcome.js';
import { calendarFileUrl } from './calendar-file.js';
import { cancelledPage, cancelPage } from './cancel-steps.js';
import { checkAnswers, type CheckContext } from './check-answers.js';
import { contactStep } from './contact-step.js';
import { closedPage, fullPage, type ClosedContext } from './full-closed.js';
import { BOOKING_STEPS, type AnswersContext, type AnswersUpdate, type BookingStep } from './journey-page.js';
import { needsStep } from './needs-step.js';
import { agesStep, partyStep } from './party-step.js';
import { receiptPage, type ReceiptContext } from './receipt.js';
import { reminderStep } from './reminder-step.js';
import { sessionBookingStyles } from './session-booking.styles.js';
import { applyFilters, firstWeekWithSessions, lastWeekOffset, laterWeeks, weekQuery, weekWindow, type Filters } from './timetable.js';
import { sessionCountInWords, sessionDays, timetable, timetableLoading, type TimetableContext } from './timetable-view.js';

// The booking widget's own English (the words every widget shares are already registered).
addLanguagePack(DEFAULT_LOCALE, bookingWords);

/** What the element gives its pages: each page's context is part of it, plus that page's own callbacks. */
type SharedContext = CheckContext & ReceiptContext & ClosedContext & Omit<AnswersContext, 'onContinue'> & { lang: string };

/**
 * @summary Upcoming group sessions, drop-ins and courses with places left; book places for adults and
 * children, join a waiting list when a session is full, and cancel a booking by reference.
 * @tag hub-session-booking
 *
 * @attr service-id - Show only this service's sessions.
 * @attr location-id - Show only sessions at this venue (the venue filter is then hidden).
 * @attr category - Show only sessions of services in this category id.
 * @attr heading - The timetable's heading. Default "Book a place at a session".
 * @attr weeks-ahead - How many weeks a family can look through, this week included. Default 8.
 * @attr ignore-actions - Do not answer "Book a place" from a `<hub-service-finder>` on the same page.
 * @attr adapter - The name of a registered adapter, e.g. `demo`. As a property, a `HubAdapter` object.
 * @attr src - An Open Referral UK feed's base URL (directory only: bookings need `api-base` or an adapter).
 * @attr api-base - The project's HTTP API base URL.
 * @attr hub-name - The hub's name in sentences.
 * @attr hub-phone - The hub's phone number, offered wherever a family could get stuck.
 * @attr hub-phone-hours - When the phone is answered.
 * @attr privacy-url - The privacy notice, linked before a family confirms.
 * @attr privacy-version - The privacy notice's version, sent with each booking as `privacyNoticeVersion`.
 *
 * @fires hub-ready - The first week of sessions has loaded. `detail: { widget }`.
 * @fires hub-booking-confirmed - A place was booked. `detail: { sessionId, status: 'confirmed', start }`.
 * @fires hub-booking-waitlisted - A waiting-list place was taken. `detail: { sessionId, status: 'waitlisted', start }`.
 * @fires hub-booking-cancelled - A booking was cancelled. `detail: { sessionId, status: 'cancelled', start }`, the
 * session the backend says the booking was for (also when the family cancelled by reference alone); empty
 * strings when the backend gives no details (an API 1.0 server's `204`, or an adapter written for the first contract)
 * and the family did not cancel from the receipt of the booking just made.
 * @fires hub-step-change - The family moved to another page of the journey. `detail: { widget, step, index, total }`.
 * @fires hub-validation-error - A page had answers to correct. `detail: { widget, step, fields }` (field names only).
 * @fires hub-error - The backend failed. `detail: { widget, code }`.
 *
 * @csspart base - The widget's wrapper.
 * @csspart filters - The venue and age filters.
 * @csspart week-nav - The week heading with Previous and Next week.
 * @csspart session - One session in the timetable.
 * @csspart availability - A session's availability tag ("3 places left").
 * @csspart button - Every button.
 * @csspart confirm - "Confirm and book" (also `button`).
 * @csspart cancel-link - The "Cancel a booking" link.
 * @csspart back-link - The Back link on question pages.
 * @csspart receipt - The receipt page after booking.
 * @csspart panel - The confirmation panel on the receipt.
 * @csspart calendar-link - The "Add to calendar" link.
 * @csspart problem - Problem and configuration messages.
 *
 * @cssprop --hub-session-border - The line around each session. Default #b1b4b6.
 * @cssprop --hub-session-background - Each session's background. Default transparent.
 * @cssprop --hub-font-family - The font (default: inherited from the page).
 * @cssprop --hub-font-size - The base size everything scales from (default: max(1rem, 16px)).
 * @cssprop --hub-text - Text colour.
 * @cssprop --hub-link - Link colour.
 * @cssprop --hub-focus - Focus highlight colour.
 * @cssprop --hub-button - Primary button colour.
 * @cssprop --hub-error - Error colour.
 */
export class HubSessionBooking extends HubElement {
  static override styles = [...baseStyles, formStyles, sessionBookingStyles];

  static override properties: PropertyDeclarations = {
    serviceId: { attribute: 'service-id' },
    locationId: { attribute: 'location-id' },
    category: {},
    heading: {},
    weeksAhead: { attribute: 'weeks-ahead', type: Number },
    ignoreActions: { attribute: 'ignore-actions', type: Boolean },
    now: { attribute: false },
    weekOffset: { state: true },
    filters: { state: true },
    selected: { state: true },
    answers: { state: true },
    joinWaitingList: { state: true },
    submitting: { state: true },
    submitProblem: { state: true },
    receipt: { state: true },
    calendarUrl: { state: true },
    full: { state: true },
    closedReason: { state: true },
    cancelAnswers: { state: true },
    cancelled: { state: true },
    handover: { state: true },
    reloadKey: { state: true },
  };

  /** Only this service's sessions. */
  declare serviceId: string | undefined;
  /** Only this venue's sessions. */
  declare locationId: string | undefined;
  /** Only sessions of services in this category. */
  declare category: string | undefined;
  declare heading: string | undefined;
  declare weeksAhead: number;
  declare ignoreActions: boolean;
  /** The clock (property only): for demos and tests that need a fixed "now". */
  declare now: (() => Date) | undefined;

  protected readonly widgetName = 'session-booking';

  private declare weekOffset: number;
  private declare filters: Filters;
  private declare selected: Session | null;
  private declare answers: Answers;
  private declare joinWaitingList: boolean;
  private declare submitting: boolean;
  private declare submitProblem: AdapterError | null;
  private declare receipt: { receipt: BookingReceipt; session: Session } | null;
  private declare calendarUrl: string | null;
  private declare full: FullState | null;
  private declare closedReason: ClosedReason | null;
  private declare cancelAnswers: CancelAnswers;
  /**
   * What was cancelled: the reference to show, and the booking's session when the backend said which
   * (`details` is null for a backend or adapter on the first contract, which answers nothing).
   */
  private declare cancelled: Cancelled | null;
  /** A service chosen in a finder on the same page (see the hand-over protocol). */
  private declare handover: { serviceId: string; name?: string } | null;
  private declare reloadKey: number;

  private readonly journey = new JourneyController<BookingStep>(this, { widget: 'session-booking', steps: BOOKING_STEPS, t: this.t });
  /** One idempotency key per attempt: kept for a retry or a double click, replaced when the request changes. */
  private attempt: { key: string; fingerprint: string } | null = null;
  /** The language the calendar file's words (reference, how to cancel) were written in. */
  private calendarLang = '';
  private knownVenues = new Map<string, string>();
  private seenOnline = false;
  private announceNextLoad = false;
  private readySent = false;

  /**
   * After a week with no sessions still to come: the sessions of the weeks after it that a family can reach,
   * so the timetable can name the next week with some that suit the family's choices. Undefined when not
   * asked for, or when the adapter could not say.
   */
  private laterSessions: Session[] | undefined;

  private readonly sessionsTask = new Task(this, {
    task: async ([adapter, serviceId, locationId, category, weekOffset, weeksAhead], { signal }) => {
      this.laterSessions = undefined;
      if (!adapter) return [] as Session[];
      const scope = { serviceId, locationId, category };
      let sessions: Session[];
      try {
        sessions = await adapter.listSessions(weekQuery(scope, weekWindow(this.clock(), weekOffset)), { signal });
      } catch (error) {
        throw this.reportError(error);
      }
      const now = this.clock().getTime();
      const lastWeek = lastWeekOffset(weeksAhead);
      if (weekOffset < lastWeek && !sessions.some((session) => Date.parse(session.end) > now)) {
        const later = await this.findLaterSessions(adapter, scope, weekOffset, lastWeek, signal);
        // An adapter that finished after all, though a newer week was asked for, must not speak for it.
        if (!signal.aborted) this.laterSessions = later;
      }
      this.sessionsLoaded(sessions);
      return sessions;
    },
    args: () =>
      [this.hubAdapter, this.handover?.serviceId ?? this.serviceId, this.locationId, this.category, this.weekOffset, this.weeksAhead, this.reloadKey] as const,
  });

  constructor() {
    super();
    this.weeksAhead = 8;
    this.ignoreActions = false;
    this.weekOffset = 0;
    this.filters = { venue: '', age: '' };
    this.selected = null;
    this.answers = emptyAnswers();
    this.joinWaitingList = false;
    this.submitting = false;
    this.submitProblem = null;
    this.receipt = null;
    this.calendarUrl = null;
    this.full = null;
    this.closedReason = null;
    this.cancelAnswers = { reference: '', contact: '' };
    this.cancelled = null;
    this.handover = null;
    this.reloadKey = 0;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hub-action', this.onAction);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hub-action', this.onAction);
    this.setCalendarUrl(null);
  }

  protected override willUpdate(): void {
    super.willUpdate();
    // After a change of language on the receipt, "Add to calendar" gives a file in the new language too.
    const receipt = this.receipt;
    if (this.calendarUrl && receipt && this.calendarLang !== this.localize.lang) {
      this.setCalendarUrl(this.calendarFile(receipt.receipt, receipt.session));
    }
  }

  // -------------------------------------------------------------------------------------------------
  // Render: each page is a template function in its own module; the element gives it the state it
  // shows and callbacks for what the family does.

  protected override render() {
    const adapter = this.hubAdapter;
    return html`<div class="hub-booking" part="base">
      ${adapter ? this.renderStep(adapter) : this.renderConfigurationError()} ${this.renderAnnouncer()}
    </div>`;
  }

  /** The current step's page; a page whose state has gone (no session, no receipt) gives the timetable. */
  private renderStep(adapter: HubAdapter) {
    const session = this.selected;
    const page = this.pageContext(adapter);
    switch (this.journey.step) {
      case 'party':
        if (session) return partyStep({ ...page, onContinue: () => this.submitParty(session) }, session);
        break;
      case 'ages':
        if (session) return agesStep({ ...page, onContinue: () => this.continueAfter(validateAges(this.answers, session.rules), 'contact') }, session);
        break;
      case 'contact':
        return contactStep({ ...page, onContinue: () => this.submitContact() });
      case 'reminder':
        return reminderStep({ ...page, onContinue: () => this.continueAfter(validateReminder(this.answers), 'needs') });
      case 'needs':
        return needsStep({ ...page, onContinue: () => this.continueAfter(validateNeeds(this.answers), 'check') });
      case 'check':
        if (session) return checkAnswers(page, session);
        break;
      case 'receipt':
        if (this.receipt) return receiptPage(page, this.receipt.receipt, this.receipt.session);
        break;
      case 'full':
        if (this.full) return fullPage({ ...page, onJoinWaitingList: () => void this.confirm(true), onAlternative: (other) => this.chooseAlternative(other) }, this.full);
        break;
      case 'closed':
        return closedPage(page, this.closedReason);
      case 'cancel':
        return cancelPage({ ...page, answers: this.cancelAnswers, onAnswers: (patch) => this.setCancelAnswers(patch), onSubmit: () => void this.submitCancel() });
      case 'cancelled':
        return cancelledPage(page, this.cancelled);
      default:
        break;
    }
    return this.renderTimetable(adapter, page);
  }

  /** What the pages share (each page's module names the part it uses), with the callbacks more than one page needs. */
  private pageContext(adapter: HubAdapter): SharedContext {
    return {
      t: this.t,
      now: this.clock(),
      lang: this.localize.lang,
      hubName: this.hubNameText,
      callUs: this.renderCallUs(),
      privacyUrl: this.config.privacyUrl,
      canCancel: supports(adapter, 'cancelBooking'),
      selected: this.selected,
      answers: this.answers,
      joinWaitingList: this.joinWaitingList,
      submitting: this.submitting,
      problem: this.submitProblem,
      calendarUrl: this.calendarUrl,
      errors: this.journey.errors,
      errorFor: (fieldId) => this.journey.errorFor(fieldId),
      onBack: () => this.goBack(),
      onAnswers: (update) => this.setAnswers(update),
      onChange: (step) => this.journey.go(step, { returnTo: 'check' }),
      onConfirm: () => void this.confirm(),
      onCancel: (reference) => this.startCancel(reference),
      onBackToSessions: () => this.backToTimetable(),
      onChooseAnother: () => this.chooseAnotherSession(),
    };
  }

  private renderTimetable(adapter: HubAdapter, page: SharedContext) {
    if (!supports(adapter, 'listSessions')) return this.renderProblem(new AdapterError('unsupported', 'This adapter cannot list sessions'));
    const context: TimetableContext = {
      ...page,
      heading: this.heading,
      canBook: supports(adapter, 'book'),
      handover: this.handover,
      filters: this.filters,
      knownVenues: this.knownVenues,
      seenOnline: this.seenOnline,
      venueFixed: Boolean(this.locationId),
      weekOffset: this.weekOffset,
      lastWeek: lastWeekOffset(this.weeksAhead),
      nextWeek: this.laterSessions && firstWeekWithSessions(applyFilters(this.laterSessions, this.filters), this.clock()),
      onShowWeek: (offset) => void this.showWeek(offset),
      onCancel: () => this.startCancel(),
      onShowAll: () => this.clearHandover(),
      onFilters: (filters) => this.setFilters(filters),
      onMoveWeek: (by) => void this.moveWeek(by),
      onBook: (session, joinWaitingList) => this.startBooking(session, joinWaitingList),
    };
    return timetable(
      context,
      this.sessionsTask.render({
        initial: () => timetableLoading(this.t),
        pending: () => timetableLoading(this.t),
        complete: (sessions) => sessionDays(context, sessions),
        error: (error) => this.renderProblem(error, () => void this.sessionsTask.run()),
      }),
    );
  }

  // -------------------------------------------------------------------------------------------------
  // Actions

  private clock(): Date {
    return this.now?.() ?? new Date();
  }

  private setAnswers(update: AnswersUpdate): void {
    const patch = typeof update === 'function' ? update(this.answers) : update;
    this.answers = { ...this.answers, ...patch };
  }

  private setCancelAnswers(patch: Partial<CancelAnswers>): void {
    this.cancelAnswers = { ...this.cancelAnswers, ...patch };
  }

  /** The sessions of the weeks after `weekOffset`, or undefined when the adapter could not say. */
  private async findLaterSessions(
    adapter: HubAdapter,
    scope: Parameters<typeof weekQuery>[0],
    weekOffset: number,
    lastWeek: number,
    signal: AbortSignal,
  ): Promise<Session[] | undefined> {
    try {
      return await adapter.listSessions(weekQuery(scope, laterWeeks(this.clock(), weekOffset, lastWeek)), { signal });
    } catch (error) {
      if (signal.aborted) throw error;
      return undefined; // the family can still look week by week
    }
  }

  private sessionsLoaded(sessions: Session[]): void {
    for (const session of sessions) {
      if (session.location) this.knownVenues.set(session.location.id, session.location.name);
      if (session.online) this.seenOnline = true;
    }
    if (!this.readySent) {
      this.readySent = true;
      this.emit(new HubReadyEvent({ widget: this.widgetName }));
    }
    if (this.announceNextLoad) {
      this.announceNextLoad = false;
      this.announceCount(sessions);
    }
  }

  private announceCount(sessions: readonly Session[]): void {
    this.announce(sessionCountInWords(this.t, this.clock(), this.weekOffset, sessions, this.filters));
  }

  private setFilters(filters: Filters): void {
    this.filters = filters;
    const sessions = this.sessionsTask.value;
    if (sessions) this.announceCount(sessions);
  }

  /** "Show the week of …": that week, announced, with focus on its label. */
  private async showWeek(offset: number): Promise<void> {
    this.weekOffset = Math.min(Math.max(0, offset), lastWeekOffset(this.weeksAhead));
    this.announceNextLoad = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#week-label')?.focus();
  }

  private async moveWeek(by: number): Promise<void> {
    this.weekOffset = Math.min(Math.max(0, this.weekOffset + by), lastWeekOffset(this.weeksAhead));
    this.announceNextLoad = true;
    await this.updateComplete;
    // The button pressed may have gone (first or last week): keep focus in the same place.
    const pressed = by < 0 ? '#previous-week' : '#next-week';
    if (!this.renderRoot.querySelector(pressed)) this.renderRoot.querySelector<HTMLElement>('#week-label')?.focus();
  }

  private startBooking(session: Session, joinWaitingList: boolean): void {
    this.selected = session;
    this.joinWaitingList = joinWaitingList;
    this.submitProblem = null;
    this.journey.go('party', { returnTo: null });
  }

  private goBack(): void {
    const from = this.journey.step;
    this.submitProblem = null;
    if (!this.journey.canGoBack) {
      this.backToTimetable();
      return;
    }
    this.journey.back();
    if (this.journey.step === 'timetable') void this.focusSessionButton(from === 'party' ? this.selected : null);
  }

  /** Back on the timetable, focus returns to the session's button when it is still there. */
  private async focusSessionButton(session: Session | null): Promise<void> {
    if (!session) return;
    await this.updateComplete;
    await this.sessionsTask.taskComplete.catch(() => undefined);
    await this.updateComplete;
    const target = this.renderRoot.querySelector<HTMLElement>(`[data-session-id="${CSS.escape(session.id)}"]`);
    target?.focus();
  }

  private backToTimetable(): void {
    const previous = this.selected;
    const fromStep = this.journey.step;
    this.submitProblem = null;
    this.full = null;
    this.closedReason = null;
    this.joinWaitingList = false;
    this.journey.go('timetable', { replaceHistory: true, returnTo: null });
    if (fromStep === 'receipt' || fromStep === 'cancelled') {
      this.selected = null;
      this.reloadKey++;
    } else {
      void this.focusSessionButton(previous);
    }
  }

  /** Back to the timetable to pick another date; the answers stay for the next session. */
  private chooseAnotherSession(): void {
    this.reloadKey++;
    this.backToTimetable();
  }

  private submitParty(session: Session): void {
    const errors = validateParty(this.answers, session.rules);
    if (!this.journey.validate(errors)) return;
    const count = childCount(this.answers, session.rules);
    this.setAnswers({ ages: resizeAges(this.answers.ages, count) });
    if (count > 0) {
      // A Change link that altered the children still needs their ages (and a check against the band).
      if (this.journey.returnTo && validateAges(this.answers, session.rules).length === 0) this.journey.continueTo('ages');
      else this.journey.go('ages');
      return;
    }
    this.journey.continueTo('contact');
  }

  private submitContact(): void {
    if (!this.journey.validate(validateContact(this.answers))) return;
    // A removed email or phone takes its reminder with it: ask again.
    if (this.answers.reminder && !reminderChoices(this.answers).includes(this.answers.reminder)) {
      this.setAnswers({ reminder: undefined });
      this.journey.go('reminder');
      return;
    }
    this.journey.continueTo('reminder');
  }

  /** Continue on a question page: show what is wrong, else go on (back to the check page after a Change link). */
  private continueAfter(errors: ErrorItem[], next: BookingStep): void {
    if (this.journey.validate(errors)) this.journey.continueTo(next);
  }

  /**
   * Books, or joins the waiting list. One idempotency key per attempt: the same request (a double click,
   * a retry after a network error) reuses it, so the backend books once; changed answers make a new one.
   */
  private async confirm(joinWaitingList = this.joinWaitingList): Promise<void> {
    const adapter = this.hubAdapter;
    const session = this.selected;
    if (this.submitting || !adapter || !session) return;
    const request = toBookingRequest(this.answers, session.id, session.rules, {
      joinWaitingList,
      privacyNoticeVersion: this.config.privacyVersion,
    });
    const key = this.attemptKey(JSON.stringify(request));
    this.submitting = true;
    this.submitProblem = null;
    this.announce(joinWaitingList ? this.t('booking.check.sendingWaitingList') : this.t('booking.check.sending'));
    try {
      const receipt = await adapter.book(request, { idempotencyKey: key });
      this.booked(receipt, session);
    } catch (error) {
      await this.bookingFailed(this.reportError(error), session);
    } finally {
      this.submitting = false;
    }
  }

  /** The same request keeps its key; a different one gets a new key. */
  private attemptKey(fingerprint: string): string {
    if (this.attempt?.fingerprint !== fingerprint) this.attempt = { key: newIdempotencyKey(), fingerprint };
    return this.attempt.key;
  }

  private booked(receipt: BookingReceipt, chosen: Session): void {
    const session = receipt.session ?? chosen;
    this.receipt = { receipt, session };
    this.answers = emptyAnswers();
    this.attempt = null;
    this.full = null;
    this.joinWaitingList = false;
    this.setCalendarUrl(receipt.status === 'confirmed' ? this.calendarFile(receipt, session) : null);
    const detail = { sessionId: session.id, start: session.start };
    this.emit(receipt.status === 'waitlisted' ? new HubBookingWaitlistedEvent(detail) : new HubBookingConfirmedEvent(detail));
    this.journey.go('receipt', { replaceHistory: true, returnTo: null });
    this.reloadKey++;
  }

  private async bookingFailed(error: AdapterError, session: Session): Promise<void> {
    const refusal = refusalOf(error);
    if (refusal.page === 'full') {
      await this.showFull(session);
      return;
    }
    if (refusal.page === 'closed') {
      this.closedReason = refusal.reason;
      this.journey.go('closed');
      return;
    }
    if (refusal.page !== 'problem') {
      this.journey.go(refusal.page, { returnTo: 'check' });
      this.journey.validate(refusal.errors);
      return;
    }
    // The key was used for a different request: the next attempt needs a fresh one.
    if (error.code === 'conflict' && error.reason === 'idempotency-key-reused') this.attempt = null;
    this.submitProblem = error;
    void this.focusAfterUpdate('[data-submit-problem]');
  }

  /** The session filled up while the family answered: ask how many places are left now, and what else there is. */
  private async showFull(session: Session): Promise<void> {
    const adapter = this.hubAdapter;
    const now = this.clock();
    let upcoming: Session[] = [];
    if (adapter) {
      try {
        upcoming = await adapter.listSessions(alternativesQuery(session, now));
      } catch (error) {
        // The page still works without the other dates: "Choose another session" and the phone remain.
        this.reportError(error);
      }
    }
    this.full = fullState(session, upcoming, now);
    this.selected = this.full.session;
    this.journey.go('full');
  }

  /** Another date for the same service: straight to the check page when the answers fit its rules. */
  private chooseAlternative(session: Session): void {
    this.selected = session;
    this.joinWaitingList = false;
    this.full = null;
    this.submitProblem = null;
    const fits = answersFit(this.answers, session.rules);
    this.journey.go(fits ? 'check' : 'party', { returnTo: fits ? null : 'check' });
  }

  private startCancel(reference = ''): void {
    this.cancelAnswers = { reference, contact: '' };
    this.submitProblem = null;
    this.attempt = null;
    this.journey.go('cancel', { returnTo: null });
  }

  private async submitCancel(): Promise<void> {
    const adapter = this.hubAdapter;
    if (this.submitting || !adapter) return;
    if (!this.journey.validate(validateCancel(this.cancelAnswers))) return;
    const request = { reference: this.cancelAnswers.reference.trim(), contact: this.cancelAnswers.contact.trim() };
    const key = this.attemptKey(`cancel:${JSON.stringify(request)}`);
    this.submitting = true;
    this.submitProblem = null;
    this.announce(this.t('booking.cancel.sending'));
    let answer: unknown;
    try {
      answer = await adapter.cancelBooking(request, { idempotencyKey: key });
    } catch (error) {
      const problem = this.reportError(error);
      this.submitting = false;
      if (problem.code === 'not-found') {
        this.journey.validate([{ fieldId: FIELD.cancelReference, key: 'booking.cancel.error.notFound' }]);
      } else {
        this.submitProblem = problem;
        void this.focusAfterUpdate('[data-submit-problem]');
      }
      return;
    }
    this.submitting = false;
    this.attempt = null;
    // The booking is cancelled now, whatever the answer says: nothing below may fail. A backend on the
    // current contract names the session, so the event and the page can say which one it was; one on the
    // first contract answers nothing: the family still sees their reference and the confirmation, and the
    // session too when it is the booking this widget has just made.
    const cancelled = cancelledFrom(answer, request.reference, this.receipt);
    this.cancelled = cancelled;
    this.cancelAnswers = { reference: '', contact: '' };
    this.receipt = null;
    this.setCalendarUrl(null);
    this.emit(new HubBookingCancelledEvent({ sessionId: cancelled.details?.sessionId ?? '', start: cancelled.details?.start ?? '' }));
    this.journey.go('cancelled', { replaceHistory: true, returnTo: null });
  }

  // --- Hand-over from a finder ---------------------------------------------------------------------

  private readonly onAction = (event: HubActionEvent): void => {
    if (this.ignoreActions || event.defaultPrevented || event.detail.action !== 'book') return;
    event.preventDefault();
    const serviceId = event.detail.serviceId;
    this.handover = { serviceId };
    this.weekOffset = 0;
    this.filters = { venue: '', age: '' };
    this.selected = null;
    this.full = null;
    this.submitProblem = null;
    this.announceNextLoad = true;
    this.journey.go('timetable', { replaceHistory: true, returnTo: null });
    void this.loadServiceName(serviceId);
    this.scrollIntoView({ block: 'start' });
  };

  private async loadServiceName(serviceId: string): Promise<void> {
    const adapter = this.hubAdapter;
    if (!adapter || !supports(adapter, 'getService')) return;
    try {
      const service = await adapter.getService(serviceId);
      if (this.handover?.serviceId === serviceId) this.handover = { serviceId, name: service.name };
    } catch {
      // The note then says "the service you chose"; the sessions still show.
    }
  }

  private clearHandover(): void {
    this.handover = null;
    this.announceNextLoad = true;
    void this.focusAfterUpdate('[data-step-heading]');
  }

  // --- Calendar ------------------------------------------------------------------------------------

  /** The receipt's calendar file, in the widget's language now. */
  private calendarFile(receipt: BookingReceipt, session: Session): string | null {
    return calendarFileUrl(receipt, session, { t: this.t, hubName: this.hubNameText, phone: this.config.phone, now: this.clock() });
  }

  private setCalendarUrl(url: string | null): void {
    if (this.calendarUrl) URL.revokeObjectURL(this.calendarUrl);
    this.calendarUrl = url;
    this.calendarLang = url ? this.localize.lang : '';
  }
}
