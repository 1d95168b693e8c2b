/**
 * The timetable, the journey's first page: its heading, the note about a service chosen in a finder, the
 * venue and age filters, the week with Previous and Next, then the week's sessions by day, each with its
 * facts, its availability and a "Book a place" or "Join the waiting list" button. Backend text is bound
 * as text. The element loads the week; this draws it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ageRangeInWords } from '../../core/age.js';
import {
  availabilityInWords,
  availabilityOf,
  isAgeFilter,
  sessionAgeRange,
  type AgeFilter,
  type AvailabilityKind,
} from '../../core/booking-rules.js';
import type { Session } from '../../core/model.js';
import { dateInWords, dateTimeRangeInWords, londonDateKey, timeRangeInWords } from '../../core/time.js';
import type { Translate } from '../../i18n/messages.js';
import { select } from '../../partials/field.js';
import type { PageContext } from './journey-page.js';
import { costInWords, joined, venueName } from './session-words.js';
import { ONLINE, applyFilters, groupByDay, middayOf, venuesOf, weekWindow, type Filters, type WeekWithSessions } from './timetable.js';

export interface TimetableContext extends PageContext {
  lang: string;
  /** The page's own heading, else "Book a place at a session". */
  heading: string | undefined;
  hubName: string;
  /** The backend takes bookings (else the page says to phone) and cancellations. */
  canBook: boolean;
  canCancel: boolean;
  /** A service chosen in a finder on the same page. */
  handover: { name?: string } | null;
  filters: Filters;
  /** Venues seen in any week so far (id → name), and whether any session was online. */
  knownVenues: ReadonlyMap<string, string>;
  seenOnline: boolean;
  /** The page fixed the venue (`location-id`): no venue filter. */
  venueFixed: boolean;
  weekOffset: number;
  lastWeek: number;
  /**
   * For a week with no sessions still to come: the first later week with some that suit the family's
   * choices, null when the later weeks have none, or undefined when nobody looked (or the look failed).
   */
  nextWeek: WeekWithSessions | null | undefined;
  onShowWeek: (offset: number) => void;
  onCancel: () => void;
  onShowAll: () => void;
  onFilters: (filters: Filters) => void;
  onMoveWeek: (by: number) => void;
  onBook: (session: Session, joinWaitingList: boolean) => void;
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

/** The first and last days of week `offset`, in words ("Monday 2 March"). */
function weekInWords(t: Translate, now: Date, offset: number): { from: string; to: string } {
  const week = weekWindow(now, offset);
  return { from: dateInWords(middayOf(week.firstDay), { now, t }), to: dateInWords(middayOf(week.lastDay), { now, t }) };
}

/** What the live region says when a week loads or a filter changes: how many sessions show, and from when to when. */
export function sessionCountInWords(t: Translate, now: Date, offset: number, sessions: readonly Session[], filters: Filters): string {
  const count = groupByDay(applyFilters(sessions, filters), now).reduce((sum, day) => sum + day.sessions.length, 0);
  const range = weekInWords(t, now, offset);
  return count === 0 ? t('booking.timetable.countNone', range) : t('booking.timetable.count', { count, ...range });
}

/** The page around the week's sessions; `sessions` is what the week's loading shows (loading, days, problem). */
export function timetable(context: TimetableContext, sessions: unknown) {
  const { t } = context;
  return html`<div class="hub-timetable">
    <h2 class="hub-heading-l" tabindex="-1" data-step-heading>${context.heading || t('booking.timetable.title')}</h2>
    ${handoverNote(context)}
    ${context.canBook
      ? nothing
      : html`<p class="hub-body">${t('booking.timetable.bookByPhone', { hubName: context.hubName })}</p>
          ${context.callUs}`}
    ${context.canCancel
      ? html`<p class="hub-body hub-timetable__cancel">
          ${t('booking.timetable.alreadyBooked')}
          <button type="button" class="hub-link" part="cancel-link" @click=${() => context.onCancel()}>
            ${t('booking.timetable.cancelLink')}
          </button>
        </p>`
      : nothing}
    ${filtersForm(context)} ${weekNav(context)} ${sessions}
  </div>`;
}

export function timetableLoading(t: Translate) {
  return html`<p class="hub-body hub-secondary-text" role="status">${t('booking.timetable.loading')}</p>`;
}

function handoverNote(context: TimetableContext) {
  const { t, handover } = context;
  if (!handover) return nothing;
  return html`<p class="hub-body">
    ${handover.name ? t('booking.timetable.showingService', { name: handover.name }) : t('booking.timetable.showingChosenService')}
    <button type="button" class="hub-link" @click=${() => context.onShowAll()}>${t('booking.timetable.showAll')}</button>
  </p>`;
}

function filtersForm(context: TimetableContext) {
  const { t, filters, seenOnline } = context;
  const venues = venuesOf([], context.knownVenues);
  const showVenue = !context.venueFixed && venues.length + (seenOnline ? 1 : 0) > 1;
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
          value: filters.venue,
          items: [
            { value: '', text: t('booking.filter.venue.any') },
            ...venues.map((venue) => ({ value: venue.id, text: venue.name })),
            ...(seenOnline ? [{ value: ONLINE, text: t('booking.session.online') }] : []),
          ],
          onChange: (value) => context.onFilters({ ...filters, venue: value }),
        })
      : nothing}
    ${select({
      t,
      id: 'filter-age',
      label: t('booking.filter.age.label'),
      value: filters.age,
      items: ageItems,
      onChange: (value) => context.onFilters({ ...filters, age: isAgeFilter(value) ? value : '' }),
    })}
  </div>`;
}

function weekNav(context: TimetableContext) {
  const { t, weekOffset } = context;
  const range = weekInWords(t, context.now, weekOffset);
  const label = weekOffset === 0 ? t('booking.week.this', range) : t('booking.week.range', range);
  const canGoBack = weekOffset > 0;
  const canGoOn = weekOffset < context.lastWeek;
  return html`<div class="hub-week-nav" part="week-nav">
    <p class="hub-week-nav__label" id="week-label" tabindex="-1"><strong>${label}</strong></p>
    <div class="hub-button-group">
      ${canGoBack
        ? html`<button type="button" class="hub-button hub-button--secondary" part="button" id="previous-week" @click=${() => context.onMoveWeek(-1)}>
            ${t('booking.week.previous')}
          </button>`
        : nothing}
      ${canGoOn
        ? html`<button type="button" class="hub-button hub-button--secondary" part="button" id="next-week" @click=${() => context.onMoveWeek(1)}>
            ${t('booking.week.next')}
          </button>`
        : nothing}
    </div>
  </div>`;
}

/** The week's sessions that pass the filters, by day; or what to try when there are none. */
export function sessionDays(context: TimetableContext, sessions: readonly Session[]): TemplateResult {
  const { t, now } = context;
  const visible = applyFilters(sessions, context.filters);
  const days = groupByDay(visible, now);
  if (!days.length) return noSessions(context, groupByDay(sessions, now).length > 0);
  const today = londonDateKey(now);
  return html`${days.map((day) => {
    const date = dateInWords(middayOf(day.key), { now, t });
    return html`<h3 class="hub-heading-m hub-day__heading">${day.key === today ? t('booking.timetable.today', { date }) : date}</h3>
      <ul class="hub-sessions">
        ${day.sessions.map((session) => sessionCard(context, session))}
      </ul>`;
  })}`;
}

function venueFilterName(context: TimetableContext): string {
  const venue = context.filters.venue;
  if (venue === ONLINE) return context.t('booking.session.online');
  return context.knownVenues.get(venue) ?? venue;
}

function noSessions(context: TimetableContext, hiddenByFilters: boolean) {
  const { t, filters } = context;
  const filtersOn = Boolean(filters.venue || filters.age);
  return html`<div class="hub-no-sessions">
    <p class="hub-body"><strong>${hiddenByFilters ? t('booking.timetable.noneMatch') : t('booking.timetable.none')}</strong></p>
    ${filtersOn
      ? html`<ul class="hub-list hub-list--plain">
          ${filters.venue
            ? html`<li>
                <button type="button" class="hub-link" @click=${() => context.onFilters({ ...filters, venue: '' })}>
                  ${t('booking.filter.removeVenue', { venue: venueFilterName(context) })}
                </button>
              </li>`
            : nothing}
          ${filters.age
            ? html`<li>
                <button type="button" class="hub-link" @click=${() => context.onFilters({ ...filters, age: '' })}>
                  ${t('booking.filter.removeAge', { age: t(AGE_FILTER_KEYS[filters.age]) })}
                </button>
              </li>`
            : nothing}
        </ul>`
      : nothing}
    ${hiddenByFilters ? tryNextWeek(context) : whatIsNext(context)}
    ${context.callUs}
  </div>`;
}

function tryNextWeek(context: TimetableContext) {
  return context.weekOffset < context.lastWeek ? html`<p class="hub-body">${context.t('booking.timetable.tryNextWeek')}</p>` : nothing;
}

/** After an empty week: the week of the next sessions, with a button to go there; or that none are planned. */
function whatIsNext(context: TimetableContext) {
  const { t, nextWeek } = context;
  if (nextWeek === undefined) return tryNextWeek(context);
  if (nextWeek === null) {
    // With a venue or age chosen, other sessions may be planned: the buttons above offer to show them.
    const filtersOn = Boolean(context.filters.venue || context.filters.age);
    return context.weekOffset < context.lastWeek && !filtersOn ? html`<p class="hub-body">${t('booking.timetable.noneLater')}</p>` : nothing;
  }
  const date = dateInWords(middayOf(nextWeek.monday), { now: context.now, t });
  return html`<p class="hub-body">${t('booking.timetable.nextSessions', { date })}</p>
    <button type="button" class="hub-button hub-button--secondary" part="button" data-next-sessions @click=${() => context.onShowWeek(nextWeek.offset)}>
      ${t('booking.timetable.showNextSessions', { date })}
    </button>`;
}

function fact(key: string, value: string) {
  return html`<div class="hub-session__fact"><dt>${key}</dt><dd>${value}</dd></div>`;
}

function sessionCard(context: TimetableContext, session: Session) {
  const { t, now } = context;
  const availability = availabilityOf(session, now);
  const ages = sessionAgeRange(session);
  const when = dateTimeRangeInWords(session.start, session.end, { now, t });
  const action = availability.canBook ? t('booking.session.book') : availability.canJoinWaitingList ? t('booking.session.joinWaitingList') : null;
  return html`<li class="hub-session" part="session">
    <h4 class="hub-heading-s hub-session__title">${session.title}</h4>
    <dl class="hub-session__facts">
      ${fact(t('booking.session.time'), timeRangeInWords(session.start, session.end, t))}
      ${fact(t('booking.session.where'), venueName(t, session))}
      ${ages ? fact(t('booking.session.ages'), ageRangeInWords(ages, t)) : nothing}
      ${session.audience ? fact(t('booking.session.audience'), session.audience) : nothing}
      ${session.course
        ? fact(t('booking.session.course'), t('booking.session.courseText', { number: session.course.sessionNumber, count: session.course.sessionCount }))
        : nothing}
      ${session.cost ? fact(t('booking.session.cost'), costInWords(t, context.lang, session.cost)) : nothing}
    </dl>
    <p class="hub-session__availability">
      <strong class="${AVAILABILITY_TAG[availability.kind]}" part="availability">${availabilityInWords(availability, t, now)}</strong>
    </p>
    ${action && context.canBook
      ? html`<button
          type="button"
          class="hub-button ${availability.canBook ? '' : 'hub-button--secondary'}"
          part="button"
          data-session-id="${session.id}"
          @click=${() => context.onBook(session, !availability.canBook)}
        >
          ${action}<span class="hub-visually-hidden">: ${joined(t, session.title, when)}</span>
        </button>`
      : nothing}
  </li>`;
}
