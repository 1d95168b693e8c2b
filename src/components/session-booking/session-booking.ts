import { Task } from '@lit/task';
import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { ageRangeInWords } from '../../core/age.js';
import { newIdempotencyKey, supports, type HubAdapter } from '../../core/adapter.js';
import {
  availabilityInWords,
  availabilityOf,
  checkParty,
  isAgeFilter,
  sessionAgeRange,
  type AgeFilter,
  type AvailabilityKind,
} from '../../core/booking-rules.js';
import { AdapterError } from '../../core/errors.js';
import {
  HubBookingCancelledEvent,
  HubBookingConfirmedEvent,
  HubBookingWaitlistedEvent,
  HubReadyEvent,
  type HubActionEvent,
} from '../../core/events.js';
import { buildIcs, icsFileName } from '../../core/ics.js';
import { safeWebUrl } from '../../core/links.js';
import type { BookingReceipt, CancelledBooking, Cost, Session } from '../../core/model.js';
import { dateInWords, dateTimeRangeInWords, londonDateKey, timeRangeInWords, toLondonIso } from '../../core/time.js';
import { JourneyController } from '../../controllers/journey.js';
import { booking as bookingWords } from '../../i18n/en-gb/booking.js';
import { formatMoney } from '../../i18n/format.js';
import { addLanguagePack, DEFAULT_LOCALE } from '../../i18n/messages.js';
import { withSlots } from '../../i18n/slots.js';
import { panel, summaryList, warningText, type SummaryRow } from '../../partials/content.js';
import { errorSummary } from '../../partials/error-summary.js';
import { select, textarea, textInput } from '../../partials/field.js';
import { backLink, button } from '../../partials/navigation.js';
import { radios } from '../../partials/radios.js';
import { baseStyles } from '../../styles/base.styles.js';
import { formStyles } from '../../styles/form.styles.js';
import { HubElement } from '../base/hub-element.js';
import {
  FIELD,
  NEEDS_LIMIT,
  childAges,
  childCount,
  emptyAnswers,
  parseCount,
  reminderChoices,
  resizeAges,
  stepForProblem,
  toBookingRequest,
  validateAges,
  cancelledDetails,
  referenceAsShown,
  validateCancel,
  validateContact,
  validateNeeds,
  validateParty,
  validateReminder,
  type Answers,
  type CancelAnswers,
  type Reminder,
} from './answers.js';
import { childAgeInput } from './child-age-input.js';
import { sessionBookingStyles } from './session-booking.styles.js';
import { ONLINE, applyFilters, groupByDay, middayOf, venuesOf, weekWindow, type Filters } from './timetable.js';

// The booking widget's own English (the words every widget shares are already registered).
addLanguagePack(DEFAULT_LOCALE, bookingWords);

const STEPS = [
  'timetable',
  'party',
  'ages',
  'contact',
  'reminder',
  'needs',
  'check',
  'receipt',
  'full',
  'closed',
  'cancel',
  'cancelled',
] as const;
type Step = (typeof STEPS)[number];

/** Why a session could not be booked when the family confirmed (other than being full). */
type ClosedReason = 'booking-not-open' | 'session-started' | 'no-booking-needed' | 'not-found';

/** What the "session is full" page knows after asking again. */
interface FullState {
  session: Session;
  /** Places left now: 0 when full, more when there are not enough for everyone. */
  placesLeft: number | null;
  /** Other upcoming sessions of the same service that can be booked. */
  alternatives: Session[];
}

const AVAILABILITY_TAG: Record<AvailabilityKind, string> = {
  'drop-in': 'hub-tag',
  closed: 'hub-tag hub-tag--grey',
  'not-open': 'hub-tag hub-tag--grey',
  available: 'hub-tag hub-tag--green',
  'few-left': 'hub-tag hub-tag--green',
  'full-waiting-list': 'hub-tag hub-tag--red',
  full: 'hub-tag hub-tag--red',
};

const AGE_FILTER_KEYS = {
  pregnancy: 'booking.filter.age.pregnancy',
  'under-1': 'booking.filter.age.under1',
  '1': 'booking.filter.age.one',
  '2': 'booking.filter.age.two',
  '3-4': 'booking.filter.age.threeToFour',
  '5-11': 'booking.filter.age.fiveToEleven',
  '12-19': 'booking.filter.age.twelveToNineteen',
} as const satisfies Record<AgeFilter, string>;
/** Youngest first (object keys like '1' would otherwise sort before 'pregnancy'). */
const AGE_FILTER_ORDER: readonly AgeFilter[] = ['pregnancy', 'under-1', '1', '2', '3-4', '5-11', '12-19'];

/** How far ahead "Other dates" looks when a session fills up. */
const ALTERNATIVES_DAYS = 56;
const MAX_ALTERNATIVES = 3;

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
 * strings when the backend gives no details (an API 1.0 server's `204`, or an adapter written for the first contract).
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
  private declare cancelled: { reference: string; details: CancelledBooking | null } | null;
  /** A service chosen in a finder on the same page (see the hand-over protocol). */
  private declare handover: { serviceId: string; name?: string } | null;
  private declare reloadKey: number;

  private readonly journey = new JourneyController<Step>(this, { widget: 'session-booking', steps: STEPS, t: this.t });
  /** One idempotency key per attempt: kept for a retry or a double click, replaced when the request changes. */
  private attempt: { key: string; fingerprint: string } | null = null;
  /** The language the calendar file's words (reference, how to cancel) were written in. */
  private calendarLang = '';
  private knownVenues = new Map<string, string>();
  private seenOnline = false;
  private announceNextLoad = false;
  private readySent = false;

  private readonly sessionsTask = new Task(this, {
    task: async ([adapter, serviceId, locationId, category, weekOffset], { signal }) => {
      if (!adapter) return [] as Session[];
      const week = weekWindow(this.clock(), weekOffset);
      let sessions: Session[];
      try {
        sessions = await adapter.listSessions(
          {
            ...(serviceId ? { serviceId } : {}),
            ...(locationId ? { locationId } : {}),
            ...(category ? { categoryId: category } : {}),
            from: toLondonIso(week.from),
            to: toLondonIso(week.to),
          },
          { signal },
        );
      } catch (error) {
        throw this.reportError(error);
      }
      this.sessionsLoaded(sessions);
      return sessions;
    },
    args: () =>
      [this.hubAdapter, this.handover?.serviceId ?? this.serviceId, this.locationId, this.category, this.weekOffset, this.reloadKey] as const,
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
  // Render

  protected override render() {
    const adapter = this.hubAdapter;
    return html`<div class="hub-booking" part="base">
      ${adapter ? this.renderStep(adapter) : this.renderConfigurationError()} ${this.renderAnnouncer()}
    </div>`;
  }

  private renderStep(adapter: HubAdapter) {
    const session = this.selected;
    switch (this.journey.step) {
      case 'party':
        return session ? this.renderParty(session) : this.renderTimetable(adapter);
      case 'ages':
        return session ? this.renderAges(session) : this.renderTimetable(adapter);
      case 'contact':
        return this.renderContact();
      case 'reminder':
        return this.renderReminder();
      case 'needs':
        return this.renderNeeds();
      case 'check':
        return session ? this.renderCheck(session) : this.renderTimetable(adapter);
      case 'receipt':
        return this.receipt ? this.renderReceipt(this.receipt.receipt, this.receipt.session) : this.renderTimetable(adapter);
      case 'full':
        return this.full ? this.renderFull(this.full) : this.renderTimetable(adapter);
      case 'closed':
        return this.renderClosed();
      case 'cancel':
        return this.renderCancel();
      case 'cancelled':
        return this.renderCancelled();
      default:
        return this.renderTimetable(adapter);
    }
  }

  // --- Timetable -----------------------------------------------------------------------------------

  private renderTimetable(adapter: HubAdapter) {
    const t = this.t;
    if (!supports(adapter, 'listSessions')) return this.renderProblem(new AdapterError('unsupported', 'This adapter cannot list sessions'));
    return html`<div class="hub-timetable">
      <h2 class="hub-heading-l" tabindex="-1" data-step-heading>${this.heading || t('booking.timetable.title')}</h2>
      ${this.renderHandoverNote()}
      ${supports(adapter, 'book')
        ? nothing
        : html`<p class="hub-body">${t('booking.timetable.bookByPhone', { hubName: this.hubNameText })}</p>
            ${this.renderCallUs()}`}
      ${supports(adapter, 'cancelBooking')
        ? html`<p class="hub-body hub-timetable__cancel">
            ${t('booking.timetable.alreadyBooked')}
            <button type="button" class="hub-link" part="cancel-link" @click=${() => this.startCancel()}>
              ${t('booking.timetable.cancelLink')}
            </button>
          </p>`
        : nothing}
      ${this.renderFilters()} ${this.renderWeekNav()}
      ${this.sessionsTask.render({
        initial: () => this.renderLoading(),
        pending: () => this.renderLoading(),
        complete: (sessions) => this.renderDays(sessions, supports(adapter, 'book')),
        error: (error) => this.renderProblem(error, () => void this.sessionsTask.run()),
      })}
    </div>`;
  }

  private renderLoading() {
    return html`<p class="hub-body hub-secondary-text" role="status">${this.t('booking.timetable.loading')}</p>`;
  }

  private renderHandoverNote() {
    if (!this.handover) return nothing;
    const t = this.t;
    return html`<p class="hub-body">
      ${this.handover.name ? t('booking.timetable.showingService', { name: this.handover.name }) : t('booking.timetable.showingChosenService')}
      <button type="button" class="hub-link" @click=${() => this.clearHandover()}>${t('booking.timetable.showAll')}</button>
    </p>`;
  }

  private renderFilters() {
    const t = this.t;
    const venues = venuesOf([], this.knownVenues);
    const showVenue = !this.locationId && venues.length + (this.seenOnline ? 1 : 0) > 1;
    const ageItems = [
      { value: '', text: t('booking.filter.age.any') },
      ...AGE_FILTER_ORDER.map((value) => ({ value, text: t(AGE_FILTER_KEYS[value]) })),
    ];
    return html`<div class="hub-filters" part="filters">
      ${showVenue
        ? select({
            t,
            id: 'filter-venue',
            label: t('booking.filter.venue.label'),
            value: this.filters.venue,
            items: [
              { value: '', text: t('booking.filter.venue.any') },
              ...venues.map((venue) => ({ value: venue.id, text: venue.name })),
              ...(this.seenOnline ? [{ value: ONLINE, text: t('booking.session.online') }] : []),
            ],
            onChange: (value) => this.setFilters({ ...this.filters, venue: value }),
          })
        : nothing}
      ${select({
        t,
        id: 'filter-age',
        label: t('booking.filter.age.label'),
        value: this.filters.age,
        items: ageItems,
        onChange: (value) => this.setFilters({ ...this.filters, age: isAgeFilter(value) ? value : '' }),
      })}
    </div>`;
  }

  private renderWeekNav() {
    const t = this.t;
    const week = weekWindow(this.clock(), this.weekOffset);
    const now = this.clock();
    const from = dateInWords(middayOf(week.firstDay), { now, t });
    const to = dateInWords(middayOf(week.lastDay), { now, t });
    const label = this.weekOffset === 0 ? t('booking.week.this', { from, to }) : t('booking.week.range', { from, to });
    const canGoBack = this.weekOffset > 0;
    const canGoOn = this.weekOffset < this.lastWeek;
    return html`<div class="hub-week-nav" part="week-nav">
      <p class="hub-week-nav__label" id="week-label" tabindex="-1"><strong>${label}</strong></p>
      <div class="hub-button-group">
        ${canGoBack
          ? html`<button type="button" class="hub-button hub-button--secondary" part="button" id="previous-week" @click=${() => this.moveWeek(-1)}>
              ${t('booking.week.previous')}
            </button>`
          : nothing}
        ${canGoOn
          ? html`<button type="button" class="hub-button hub-button--secondary" part="button" id="next-week" @click=${() => this.moveWeek(1)}>
              ${t('booking.week.next')}
            </button>`
          : nothing}
      </div>
    </div>`;
  }

  private renderDays(sessions: readonly Session[], canBook: boolean) {
    const t = this.t;
    const now = this.clock();
    const visible = applyFilters(sessions, this.filters);
    const days = groupByDay(visible, now);
    if (!days.length) return this.renderNoSessions(groupByDay(sessions, now).length > 0);
    const today = londonDateKey(now);
    return html`${days.map((day) => {
      const date = dateInWords(middayOf(day.key), { now, t });
      return html`<h3 class="hub-heading-m hub-day__heading">${day.key === today ? t('booking.timetable.today', { date }) : date}</h3>
        <ul class="hub-sessions">
          ${day.sessions.map((session) => this.renderSessionCard(session, canBook))}
        </ul>`;
    })}`;
  }

  private renderNoSessions(hiddenByFilters: boolean) {
    const t = this.t;
    const filtersOn = Boolean(this.filters.venue || this.filters.age);
    return html`<div class="hub-no-sessions">
      <p class="hub-body"><strong>${hiddenByFilters ? t('booking.timetable.noneMatch') : t('booking.timetable.none')}</strong></p>
      ${filtersOn
        ? html`<ul class="hub-list hub-list--plain">
            ${this.filters.venue
              ? html`<li>
                  <button type="button" class="hub-link" @click=${() => this.setFilters({ ...this.filters, venue: '' })}>
                    ${t('booking.filter.removeVenue', { venue: this.venueFilterName() })}
                  </button>
                </li>`
              : nothing}
            ${this.filters.age
              ? html`<li>
                  <button type="button" class="hub-link" @click=${() => this.setFilters({ ...this.filters, age: '' })}>
                    ${t('booking.filter.removeAge', { age: t(AGE_FILTER_KEYS[this.filters.age]) })}
                  </button>
                </li>`
              : nothing}
          </ul>`
        : nothing}
      ${this.weekOffset < this.lastWeek ? html`<p class="hub-body">${t('booking.timetable.tryNextWeek')}</p>` : nothing}
      ${this.renderCallUs()}
    </div>`;
  }

  private renderSessionCard(session: Session, canBook: boolean) {
    const t = this.t;
    const now = this.clock();
    const availability = availabilityOf(session, now);
    const ages = sessionAgeRange(session);
    const when = dateTimeRangeInWords(session.start, session.end, { now, t });
    const action = availability.canBook ? t('booking.session.book') : availability.canJoinWaitingList ? t('booking.session.joinWaitingList') : null;
    return html`<li class="hub-session" part="session">
      <h4 class="hub-heading-s hub-session__title">${session.title}</h4>
      <dl class="hub-session__facts">
        ${this.fact(t('booking.session.time'), timeRangeInWords(session.start, session.end, t))}
        ${this.fact(t('booking.session.where'), this.venueName(session))}
        ${ages ? this.fact(t('booking.session.ages'), ageRangeInWords(ages, t)) : nothing}
        ${session.audience ? this.fact(t('booking.session.audience'), session.audience) : nothing}
        ${session.course
          ? this.fact(t('booking.session.course'), t('booking.session.courseText', { number: session.course.sessionNumber, count: session.course.sessionCount }))
          : nothing}
        ${session.cost ? this.fact(t('booking.session.cost'), this.costInWords(session.cost)) : nothing}
      </dl>
      <p class="hub-session__availability">
        <strong class="${AVAILABILITY_TAG[availability.kind]}" part="availability">${availabilityInWords(availability, t, now)}</strong>
      </p>
      ${action && canBook
        ? html`<button
            type="button"
            class="hub-button ${availability.canBook ? '' : 'hub-button--secondary'}"
            part="button"
            data-session-id="${session.id}"
            @click=${() => this.startBooking(session, !availability.canBook)}
          >
            ${action}<span class="hub-visually-hidden">: ${this.joined(session.title, when)}</span>
          </button>`
        : nothing}
    </li>`;
  }

  private fact(key: string, value: string) {
    return html`<div class="hub-session__fact"><dt>${key}</dt><dd>${value}</dd></div>`;
  }

  // --- Question pages ------------------------------------------------------------------------------

  /** A question page: Back, the error summary, which session this is about, then the form. */
  private questionPage(content: TemplateResult, onContinue: () => void, continueText?: string) {
    return html`${backLink(this.t, () => this.goBack())} ${errorSummary(this.t, this.journey.errors)}
      <form
        novalidate
        @submit=${(event: Event) => {
          event.preventDefault();
          onContinue();
        }}
      >
        ${this.renderSessionCaption()} ${content} ${button({ text: continueText ?? this.t('common.continue'), type: 'submit' })}
      </form>`;
  }

  private renderSessionCaption() {
    const session = this.selected;
    if (!session) return nothing;
    const now = this.clock();
    return html`<p class="hub-caption">${this.joined(session.title, dateTimeRangeInWords(session.start, session.end, { now, t: this.t }))}</p>`;
  }

  private renderParty(session: Session) {
    const t = this.t;
    const { rules } = session;
    const ages = rules.childAgeRange;
    const rulesText = [
      rules.maxAdults > 0 ? t('booking.party.rules.adults', { count: rules.maxAdults }) : t('booking.party.rules.noAdults'),
      rules.maxChildren > 0 ? t('booking.party.rules.children', { count: rules.maxChildren }) : t('booking.party.rules.noChildren'),
      ages && rules.maxChildren > 0 ? t('booking.party.rules.ages', { ages: ageRangeInWords(ages, t) }) : '',
    ].filter(Boolean);
    return this.questionPage(
      html`<h2 class="hub-heading-l" tabindex="-1" data-step-heading>${t('booking.party.title')}</h2>
        ${this.joinWaitingList ? html`<p class="hub-body">${t('booking.party.waitingList')}</p>` : nothing}
        <ul class="hub-list">
          ${rulesText.map((line) => html`<li>${line}</li>`)}
        </ul>
        ${rules.maxAdults > 0
          ? textInput({
              t,
              id: FIELD.adults,
              label: t('booking.party.adults.label'),
              hint: t('booking.party.adults.hint'),
              value: this.answers.adults,
              inputmode: 'numeric',
              autocomplete: 'off',
              spellcheck: false,
              width: 2,
              error: this.journey.errorFor(FIELD.adults),
              onInput: (value) => this.setAnswers({ adults: value }),
            })
          : nothing}
        ${rules.maxChildren > 0
          ? textInput({
              t,
              id: FIELD.children,
              label: rules.adultsOnly ? t('booking.party.children.labelOptional') : t('booking.party.children.label'),
              hint: t('booking.party.children.hint'),
              value: this.answers.children,
              inputmode: 'numeric',
              autocomplete: 'off',
              spellcheck: false,
              width: 2,
              error: this.journey.errorFor(FIELD.children),
              onInput: (value) => this.setAnswers({ children: value }),
            })
          : nothing}`,
      () => this.submitParty(session),
    );
  }

  private renderAges(session: Session) {
    const t = this.t;
    const count = childCount(this.answers, session.rules);
    const ages = resizeAges(this.answers.ages, count);
    const askSend = Boolean(session.rules.childAgeRange?.sendTo25);
    return this.questionPage(
      html`<h2 class="hub-heading-l" tabindex="-1" data-step-heading>${t('booking.ages.title', { count })}</h2>
        <p class="hub-hint">${t('booking.ages.hint')}</p>
        ${ages.map((child, index) => {
          const yearsError = this.journey.errorFor(FIELD.childYears(index));
          const monthsError = this.journey.errorFor(FIELD.childMonths(index));
          return childAgeInput({
            t,
            index,
            value: child,
            askSend,
            ...(yearsError ? { error: yearsError } : monthsError ? { error: monthsError, errorPart: 'months' as const } : {}),
            onInput: (value) => {
              const next = resizeAges(this.answers.ages, count);
              next[index] = value;
              this.setAnswers({ ages: next });
            },
          });
        })}`,
      () => this.submitAges(session),
    );
  }

  private renderContact() {
    const t = this.t;
    return this.questionPage(
      html`<h2 class="hub-heading-l" tabindex="-1" data-step-heading>${t('booking.contact.title')}</h2>
        <p class="hub-body">${t('booking.contact.intro')}</p>
        ${textInput({
          t,
          id: FIELD.name,
          label: t('booking.contact.name.label'),
          value: this.answers.name,
          autocomplete: 'name',
          spellcheck: false,
          error: this.journey.errorFor(FIELD.name),
          onInput: (value) => this.setAnswers({ name: value }),
        })}
        ${textInput({
          t,
          id: FIELD.email,
          label: t('booking.contact.email.label'),
          type: 'email',
          value: this.answers.email,
          autocomplete: 'email',
          spellcheck: false,
          error: this.journey.errorFor(FIELD.email),
          onInput: (value) => this.setAnswers({ email: value }),
        })}
        ${textInput({
          t,
          id: FIELD.phone,
          label: t('booking.contact.phone.label'),
          hint: t('booking.contact.phone.hint'),
          type: 'tel',
          value: this.answers.phone,
          autocomplete: 'tel',
          width: 20,
          error: this.journey.errorFor(FIELD.phone),
          onInput: (value) => this.setAnswers({ phone: value }),
        })}`,
      () => this.submitContact(),
    );
  }

  private renderReminder() {
    const t = this.t;
    const labels: Record<Reminder, string> = {
      email: t('booking.reminder.email'),
      text: t('booking.reminder.text'),
      none: t('booking.reminder.none'),
    };
    return this.questionPage(
      radios({
        t,
        id: FIELD.reminder,
        name: FIELD.reminder,
        legend: t('booking.reminder.title'),
        isPageHeading: 'h2',
        size: 'l',
        hint: t('booking.reminder.hint'),
        error: this.journey.errorFor(FIELD.reminder),
        value: this.answers.reminder,
        items: reminderChoices(this.answers).map((choice) => ({
          value: choice,
          text: labels[choice],
          ...(choice === 'none' ? { dividerBefore: t('common.or') } : {}),
        })),
        onChange: (value) => this.setAnswers({ reminder: value as Reminder }),
      }),
      () => this.submitReminder(),
    );
  }

  private renderNeeds() {
    const t = this.t;
    return this.questionPage(
      textarea({
        t,
        id: FIELD.needs,
        label: t('booking.needs.title'),
        isPageHeading: 'h2',
        size: 'l',
        hint: t('booking.needs.hint'),
        value: this.answers.needs,
        maxLength: NEEDS_LIMIT,
        rows: 4,
        error: this.journey.errorFor(FIELD.needs),
        onInput: (value) => this.setAnswers({ needs: value }),
      }),
      () => this.submitNeeds(),
    );
  }

  private renderCheck(session: Session) {
    const t = this.t;
    const answers = this.answers;
    const rules = session.rules;
    const change = (step: Step, what: string) => ({
      onClick: () => this.journey.go(step, { returnTo: 'check' }),
      visuallyHiddenText: what,
    });
    const children = childAges(answers, rules);
    const rows: SummaryRow[] = [];
    if (rules.maxAdults > 0) {
      rows.push({ key: t('booking.check.adults'), value: String(parseCount(answers.adults) ?? 0), change: change('party', t('booking.check.adults.hidden')) });
    }
    if (rules.maxChildren > 0) {
      rows.push({ key: t('booking.check.children'), value: String(children.length), change: change('party', t('booking.check.children.hidden')) });
    }
    if (children.length) {
      rows.push({
        key: t('booking.check.ages'),
        value: children.map((child, index) => t('booking.check.childAge', { number: index + 1, age: this.ageWords(child.kind === 'age' ? child.months : 0) })).join('\n'),
        change: change('ages', t('booking.check.ages.hidden')),
      });
    }
    const notGiven = t('booking.check.notProvided');
    rows.push(
      { key: t('booking.contact.name.label'), value: answers.name.trim(), change: change('contact', t('booking.check.name.hidden')) },
      { key: t('booking.contact.email.label'), value: answers.email.trim() || notGiven, change: change('contact', t('booking.check.email.hidden')) },
      { key: t('booking.contact.phone.label'), value: answers.phone.trim() || notGiven, change: change('contact', t('booking.check.phone.hidden')) },
      {
        key: t('booking.check.reminder'),
        value: answers.reminder ? t(`booking.reminder.${answers.reminder}`) : notGiven,
        change: change('reminder', t('booking.check.reminder.hidden')),
      },
      { key: t('booking.check.needs'), value: answers.needs.trim() || notGiven, change: change('needs', t('booking.check.needs.hidden')) },
    );
    const waiting = this.joinWaitingList;
    return html`${backLink(t, () => this.goBack())} ${errorSummary(t, this.journey.errors)}
      <form
        novalidate
        @submit=${(event: Event) => {
          event.preventDefault();
          void this.confirm();
        }}
      >
        <h2 class="hub-heading-l" tabindex="-1" data-step-heading>${waiting ? t('booking.check.titleWaitingList') : t('booking.check.title')}</h2>
        <h3 class="hub-heading-m">${t('booking.check.session')}</h3>
        ${summaryList(
          t,
          this.sessionRows(session).map((row, index) =>
            index === 0 ? { ...row, change: { onClick: () => this.chooseAnotherSession(), visuallyHiddenText: t('booking.check.session.hidden') } } : row,
          ),
        )}
        <h3 class="hub-heading-m">${t('booking.check.you')}</h3>
        ${summaryList(t, rows)}
        ${waiting ? warningText(t, t('booking.check.waitingListWarning')) : nothing}
        <h3 class="hub-heading-m">${t('booking.check.privacyTitle')}</h3>
        <p class="hub-body">${this.renderPrivacy()}</p>
        <p class="hub-body">${t('booking.check.nothingYet')}</p>
        ${this.renderSubmitProblem()}
        ${button({ text: waiting ? t('booking.check.confirmWaitingList') : t('booking.check.confirm'), type: 'submit', busy: this.submitting, part: 'button confirm' })}
      </form>`;
  }

  private renderPrivacy() {
    const t = this.t;
    const url = safeWebUrl(this.config.privacyUrl);
    const first = t('booking.check.privacy', { hubName: this.hubNameText });
    if (!url) return first;
    const link = html`<a href="${url}" target="_blank" rel="noopener noreferrer">${t('booking.check.privacyLink')} ${t('common.opensInNewTab')}</a>`;
    return html`${first} ${withSlots(t('booking.check.privacyRead'), { link })}`;
  }

  /** Shown on the page where the family pressed the button: the answers are safe, and a retry is safe. */
  private renderSubmitProblem() {
    const problem = this.submitProblem;
    if (!problem) return nothing;
    const t = this.t;
    const cancelling = this.journey.step === 'cancel';
    const body =
      problem.code === 'rate-limited'
        ? t('common.problem.rateLimited')
        : cancelling
          ? t('booking.problem.cancelBody')
          : t('booking.problem.body');
    return html`<div class="hub-problem hub-problem--inline" part="problem" tabindex="-1" data-submit-problem>
      <h3 class="hub-heading-s">${cancelling ? t('booking.problem.cancelTitle') : t('booking.problem.title')}</h3>
      <p class="hub-body">${body}</p>
      ${this.renderCallUs()}
    </div>`;
  }

  // --- Outcomes ------------------------------------------------------------------------------------

  private renderReceipt(receipt: BookingReceipt, session: Session) {
    const t = this.t;
    const waiting = receipt.status === 'waitlisted';
    const reference = html`<strong class="hub-reference">${receipt.reference}</strong>`;
    return html`<div class="hub-receipt" part="receipt">
      ${panel(waiting ? t('booking.receipt.titleWaitingList') : t('booking.receipt.title'), withSlots(t('booking.receipt.reference'), { reference }))}
      ${waiting && receipt.waitlistPosition
        ? html`<p class="hub-body"><strong>${t('booking.receipt.position', { count: receipt.waitlistPosition })}</strong></p>`
        : nothing}
      <h3 class="hub-heading-m">${waiting ? t('booking.receipt.sessionWaitingList') : t('booking.receipt.session')}</h3>
      ${summaryList(t, this.sessionRows(session))}
      ${!waiting && this.calendarUrl
        ? html`<p class="hub-body">
            <a class="hub-calendar-link" part="calendar-link" href="${this.calendarUrl}" download="${icsFileName(session.title, session.start)}">
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
      ${this.renderCallUs()}
      <div class="hub-button-group">
        ${this.hubAdapter && supports(this.hubAdapter, 'cancelBooking')
          ? button({ text: t('booking.receipt.cancelButton'), variant: 'secondary', onClick: () => this.startCancel(receipt.reference) })
          : nothing}
        ${button({ text: t('booking.receipt.another'), onClick: () => this.backToTimetable() })}
      </div>
    </div>`;
  }

  private renderFull(full: FullState) {
    const t = this.t;
    const notEnough = (full.placesLeft ?? 0) > 0;
    const now = this.clock();
    return html`${backLink(t, () => this.backToTimetable(), t('booking.full.backToSessions'))}
      <div class="hub-full">
        ${this.renderSessionCaption()}
        <h2 class="hub-heading-l" tabindex="-1" data-step-heading>${notEnough ? t('booking.full.titleNotEnough') : t('booking.full.title')}</h2>
        <p class="hub-body">${notEnough ? t('booking.full.bodyNotEnough') : t('booking.full.body')}</p>
        <p class="hub-body">${t('booking.full.kept')}</p>
        ${this.renderSubmitProblem()}
        ${full.session.waitingList
          ? html`<h3 class="hub-heading-m">${t('booking.full.waitingListTitle')}</h3>
              <p class="hub-body">${t('booking.full.waitingListBody')}</p>
              ${button({ text: t('booking.full.joinWaitingList'), busy: this.submitting, onClick: () => void this.confirm(true) })}`
          : nothing}
        ${notEnough
          ? html`<p class="hub-body">
              <button type="button" class="hub-link" @click=${() => this.journey.go('party', { returnTo: 'check' })}>
                ${t('booking.full.changeParty')}
              </button>
            </p>`
          : nothing}
        <h3 class="hub-heading-m">${t('booking.full.otherTitle')}</h3>
        ${full.alternatives.length
          ? html`<ul class="hub-list hub-list--plain">
              ${full.alternatives.map(
                (other) =>
                  html`<li>
                    <button type="button" class="hub-link" @click=${() => this.chooseAlternative(other)}>
                      ${dateTimeRangeInWords(other.start, other.end, { now, t })}<span class="hub-visually-hidden">
                        (${this.joined(other.title, this.venueName(other))})</span
                      >
                    </button>
                    <span class="hub-secondary-text">${this.joined(this.venueName(other), availabilityInWords(availabilityOf(other, now), t, now))}</span>
                  </li>`,
              )}
            </ul>`
          : html`<p class="hub-body">${t('booking.full.noOther')}</p>`}
        ${button({ text: t('booking.full.chooseAnother'), variant: 'secondary', onClick: () => this.chooseAnotherSession() })}
        ${this.renderCallUs()}
      </div>`;
  }

  private renderClosed() {
    const t = this.t;
    const reason = this.closedReason ?? 'not-found';
    const session = this.selected;
    const course = Boolean(session?.course);
    const titles: Record<ClosedReason, string> = {
      'booking-not-open': t('booking.closed.notOpen.title'),
      'session-started': course ? t('booking.closed.courseStarted.title') : t('booking.closed.started.title'),
      'no-booking-needed': t('booking.closed.dropIn.title'),
      'not-found': t('booking.closed.notFound.title'),
    };
    let body = t('booking.closed.notFound.body');
    if (reason === 'booking-not-open') {
      body = session?.bookingOpensAt
        ? availabilityInWords({ kind: 'not-open', opensAt: session.bookingOpensAt, canBook: false, canJoinWaitingList: false }, t, this.clock())
        : t('booking.closed.notOpen.body');
    } else if (reason === 'session-started') body = t('booking.closed.started.body');
    else if (reason === 'no-booking-needed') body = t('booking.closed.dropIn.body');
    return html`${backLink(t, () => this.backToTimetable(), t('booking.full.backToSessions'))}
      ${this.renderSessionCaption()}
      <h2 class="hub-heading-l" tabindex="-1" data-step-heading>${titles[reason]}</h2>
      <p class="hub-body">${body}</p>
      <p class="hub-body">${t('booking.full.kept')}</p>
      ${button({ text: t('booking.full.chooseAnother'), onClick: () => this.chooseAnotherSession() })} ${this.renderCallUs()}`;
  }

  // --- Cancel --------------------------------------------------------------------------------------

  private renderCancel() {
    const t = this.t;
    return html`${backLink(t, () => this.goBack())} ${errorSummary(t, this.journey.errors)}
      <form
        novalidate
        @submit=${(event: Event) => {
          event.preventDefault();
          void this.submitCancel();
        }}
      >
        <h2 class="hub-heading-l" tabindex="-1" data-step-heading>${t('booking.cancel.title')}</h2>
        <p class="hub-body">${t('booking.cancel.intro')}</p>
        ${textInput({
          t,
          id: FIELD.cancelReference,
          label: t('booking.cancel.reference.label'),
          hint: t('booking.cancel.reference.hint'),
          value: this.cancelAnswers.reference,
          autocomplete: 'off',
          spellcheck: false,
          width: 10,
          error: this.journey.errorFor(FIELD.cancelReference),
          onInput: (value) => this.setCancelAnswers({ reference: value }),
        })}
        ${textInput({
          t,
          id: FIELD.cancelContact,
          label: t('booking.cancel.contact.label'),
          hint: t('booking.cancel.contact.hint'),
          value: this.cancelAnswers.contact,
          spellcheck: false,
          error: this.journey.errorFor(FIELD.cancelContact),
          onInput: (value) => this.setCancelAnswers({ contact: value }),
        })}
        ${warningText(t, t('booking.cancel.warning'))} ${this.renderSubmitProblem()}
        ${button({ text: t('booking.cancel.button'), type: 'submit', variant: 'warning', busy: this.submitting })}
      </form>
      ${this.renderCallUs()}`;
  }

  private renderCancelled() {
    const t = this.t;
    const cancelled = this.cancelled?.details;
    const reference = html`<strong class="hub-reference">${this.cancelled?.reference ?? ''}</strong>`;
    return html`${panel(t('booking.cancelled.title'), withSlots(t('booking.cancelled.reference'), { reference }))}
      ${cancelled
        ? html`<h3 class="hub-heading-m">${t('booking.cancelled.session')}</h3>
            ${summaryList(t, [
              { key: t('booking.session.what'), value: cancelled.title },
              { key: t('booking.session.when'), value: dateTimeRangeInWords(cancelled.start, cancelled.end, { now: this.clock(), t }) },
            ])}`
        : nothing}
      <p class="hub-body">${t('booking.cancelled.body')}</p>
      <p class="hub-body">${t('booking.cancelled.waitingList')}</p>
      ${button({ text: t('booking.cancelled.back'), onClick: () => this.backToTimetable() })}`;
  }

  // --- Words ---------------------------------------------------------------------------------------

  /** What, when and where, for check answers and the receipt. */
  private sessionRows(session: Session): SummaryRow[] {
    const t = this.t;
    const now = this.clock();
    return [
      { key: t('booking.session.what'), value: session.title },
      { key: t('booking.session.when'), value: dateTimeRangeInWords(session.start, session.end, { now, t }) },
      { key: t('booking.session.where'), value: this.venueAddress(session, '\n') },
      ...(session.course
        ? [{ key: t('booking.session.course'), value: t('booking.session.courseWhole', { count: session.course.sessionCount }) }]
        : []),
    ];
  }

  private venueName(session: Session): string {
    if (session.location) return session.location.name;
    return session.online ? this.t('booking.session.online') : this.t('booking.session.venueTbc');
  }

  private venueAddress(session: Session, separator: string): string {
    const location = session.location;
    if (!location) return this.venueName(session);
    const address = location.address;
    return [location.name, address?.line1, address?.line2, address?.town, address?.postcode].filter(Boolean).join(separator);
  }

  private costInWords(cost: Cost): string {
    if (cost.free) return this.t('booking.session.free');
    const amounts = cost.options.map((option) =>
      option.amount !== undefined
        ? formatMoney(this.localize.lang, option.amount, { decimals: 2 }) + (option.description ? ` ${option.description}` : '')
        : (option.description ?? ''),
    );
    return this.joined(...amounts.filter(Boolean)) || this.t('booking.session.costAsk');
  }

  /** "Baby massage, Tuesday 3 March": parts joined with the language's comma. */
  private joined(...parts: string[]): string {
    return parts.join(this.t('common.separator'));
  }

  private ageWords(months: number): string {
    if (months < 12) return this.t('booking.age.months', { count: months });
    const years = Math.floor(months / 12);
    const rest = months % 12;
    return rest === 0 || years >= 2
      ? this.t('booking.age.years', { count: years })
      : this.t('booking.age.yearsMonths', { years, count: rest });
  }

  private venueFilterName(): string {
    if (this.filters.venue === ONLINE) return this.t('booking.session.online');
    return this.knownVenues.get(this.filters.venue) ?? this.filters.venue;
  }

  // -------------------------------------------------------------------------------------------------
  // Actions

  private clock(): Date {
    return this.now?.() ?? new Date();
  }

  /** The last week offset a family can reach (`weeks-ahead` counts this week). */
  private get lastWeek(): number {
    const weeks = Number.isFinite(this.weeksAhead) && this.weeksAhead >= 1 ? Math.floor(this.weeksAhead) : 8;
    return weeks - 1;
  }

  private setAnswers(patch: Partial<Answers>): void {
    this.answers = { ...this.answers, ...patch };
  }

  private setCancelAnswers(patch: Partial<CancelAnswers>): void {
    this.cancelAnswers = { ...this.cancelAnswers, ...patch };
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
    const week = weekWindow(this.clock(), this.weekOffset);
    const now = this.clock();
    const count = groupByDay(applyFilters(sessions, this.filters), now).reduce((sum, day) => sum + day.sessions.length, 0);
    const range = { from: dateInWords(middayOf(week.firstDay), { now, t: this.t }), to: dateInWords(middayOf(week.lastDay), { now, t: this.t }) };
    this.announce(count === 0 ? this.t('booking.timetable.countNone', range) : this.t('booking.timetable.count', { count, ...range }));
  }

  private setFilters(filters: Filters): void {
    this.filters = filters;
    const sessions = this.sessionsTask.value;
    if (sessions) this.announceCount(sessions);
  }

  private async moveWeek(by: number): Promise<void> {
    this.weekOffset = Math.min(Math.max(0, this.weekOffset + by), this.lastWeek);
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

  private submitAges(session: Session): void {
    if (!this.journey.validate(validateAges(this.answers, session.rules))) return;
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

  private submitReminder(): void {
    if (!this.journey.validate(validateReminder(this.answers))) return;
    this.journey.continueTo('needs');
  }

  private submitNeeds(): void {
    if (!this.journey.validate(validateNeeds(this.answers))) return;
    this.journey.continueTo('check');
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
    const fingerprint = JSON.stringify(request);
    if (this.attempt?.fingerprint !== fingerprint) this.attempt = { key: newIdempotencyKey(), fingerprint };
    const key = this.attempt.key;
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
    if (error.code === 'conflict' && error.reason === 'session-full') {
      await this.showFull(session);
      return;
    }
    if (error.code === 'conflict' && (error.reason === 'booking-not-open' || error.reason === 'session-started' || error.reason === 'no-booking-needed')) {
      this.closedReason = error.reason;
      this.journey.go('closed');
      return;
    }
    if (error.code === 'not-found') {
      this.closedReason = 'not-found';
      this.journey.go('closed');
      return;
    }
    if (error.code === 'validation') {
      const mapped = error.fields.map((problem) => stepForProblem(problem)).filter((m) => m !== null);
      const first = mapped[0];
      if (first) {
        this.journey.go(first.step, { returnTo: 'check' });
        this.journey.validate(mapped.filter((m) => m.step === first.step).map((m) => m.error));
        return;
      }
    }
    // The key was used for a different request: the next attempt needs a fresh one.
    if (error.code === 'conflict' && error.reason === 'idempotency-key-reused') this.attempt = null;
    this.submitProblem = error;
    void this.focusAfterUpdate('[data-submit-problem]');
  }

  /** The session filled up while the family answered: ask how many places are left now, and what else there is. */
  private async showFull(session: Session): Promise<void> {
    const adapter = this.hubAdapter;
    let fresh = session;
    let alternatives: Session[] = [];
    if (adapter) {
      const now = this.clock();
      try {
        const upcoming = await adapter.listSessions({
          serviceId: session.serviceId,
          from: toLondonIso(now),
          to: toLondonIso(new Date(now.getTime() + ALTERNATIVES_DAYS * 86_400_000)),
        });
        fresh = upcoming.find((other) => other.id === session.id) ?? session;
        alternatives = upcoming
          .filter((other) => other.id !== session.id && availabilityOf(other, now).canBook && (!other.course || other.course.sessionNumber === 1))
          .slice(0, MAX_ALTERNATIVES);
      } catch (error) {
        // The page still works without the other dates: "Choose another session" and the phone remain.
        this.reportError(error);
      }
    }
    this.selected = fresh;
    this.full = { session: fresh, placesLeft: fresh.capacity === null ? null : fresh.placesLeft, alternatives };
    this.journey.go('full');
  }

  /** Another date for the same service: straight to the check page when the answers fit its rules. */
  private chooseAlternative(session: Session): void {
    this.selected = session;
    this.joinWaitingList = false;
    this.full = null;
    this.submitProblem = null;
    const fits =
      validateParty(this.answers, session.rules).length === 0 &&
      validateAges(this.answers, session.rules).length === 0 &&
      checkParty(session.rules, { adults: parseCount(this.answers.adults) ?? 0, children: childAges(this.answers, session.rules) }).length === 0;
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
    const fingerprint = `cancel:${JSON.stringify(request)}`;
    if (this.attempt?.fingerprint !== fingerprint) this.attempt = { key: newIdempotencyKey(), fingerprint };
    this.submitting = true;
    this.submitProblem = null;
    this.announce(this.t('booking.cancel.sending'));
    let answer: unknown;
    try {
      answer = await adapter.cancelBooking(request, { idempotencyKey: this.attempt.key });
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
    // first contract answers nothing, and the family still sees their reference and the confirmation.
    const details = cancelledDetails(answer);
    this.cancelled = { reference: details?.reference ?? referenceAsShown(request.reference), details };
    this.cancelAnswers = { reference: '', contact: '' };
    this.receipt = null;
    this.setCalendarUrl(null);
    this.emit(new HubBookingCancelledEvent({ sessionId: details?.sessionId ?? '', start: details?.start ?? '' }));
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

  /** An .ics file about the session only: title, times, place, reference and how to cancel. No personal data. */
  private calendarFile(receipt: BookingReceipt, session: Session): string | null {
    if (typeof URL.createObjectURL !== 'function') return null;
    const t = this.t;
    const description = [
      t('booking.calendar.reference', { reference: receipt.reference }),
      session.description ?? '',
      this.config.phone
        ? t('booking.calendar.cancelPhone', { hubName: this.hubNameText, phone: this.config.phone })
        : t('booking.calendar.cancel'),
    ]
      .filter(Boolean)
      .join('\n\n');
    const ics = buildIcs(
      {
        uid: `${session.id}@family-hub-widgets`,
        start: session.start,
        end: session.end,
        summary: session.title,
        location: this.venueAddress(session, ', '),
        description,
      },
      { now: this.clock() },
    );
    return URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
  }

  private setCalendarUrl(url: string | null): void {
    if (this.calendarUrl) URL.revokeObjectURL(this.calendarUrl);
    this.calendarUrl = url;
    this.calendarLang = url ? this.localize.lang : '';
  }
}
