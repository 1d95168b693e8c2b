/**
 * The pages for a session that could not be booked when the family confirmed: "This session is full"
 * (join the waiting list, change who is coming, or pick another date of the same service) and the closed
 * pages (booking not open yet, already started, a drop-in, no longer there). The family's answers are kept
 * for the next session they choose.
 */
import { html, nothing } from 'lit';
import { availabilityInWords, availabilityOf } from '../../core/booking-rules.js';
import type { Session } from '../../core/model.js';
import { dateTimeRangeInWords } from '../../core/time.js';
import { backLink, button } from '../../partials/navigation.js';
import type { ClosedReason, FullState } from './booking-outcome.js';
import { sessionCaption, submitProblem, type PageContext, type SendingContext } from './journey-page.js';
import { joined, venueName } from './session-words.js';

export interface ClosedContext extends PageContext {
  onBackToSessions: () => void;
  /** Back to the timetable for another session, keeping the answers. */
  onChooseAnother: () => void;
}

export interface FullContext extends ClosedContext, SendingContext {
  onJoinWaitingList: () => void;
  /** "Change who is coming": the party question, then back to the check page. */
  onChange: (step: 'party') => void;
  onAlternative: (session: Session) => void;
}

function backToSessions(context: ClosedContext) {
  return backLink(context.t, () => context.onBackToSessions(), context.t('booking.full.backToSessions'));
}

function alternativesList(context: FullContext, alternatives: readonly Session[]) {
  const { t, now } = context;
  return html`<ul class="hub-list hub-list--plain">
    ${alternatives.map(
      (other) =>
        html`<li>
          <button type="button" class="hub-link" @click=${() => context.onAlternative(other)}>
            ${dateTimeRangeInWords(other.start, other.end, { now, t })}<span class="hub-visually-hidden">
              (${joined(t, other.title, venueName(t, other))})</span
            >
          </button>
          <span class="hub-secondary-text">${joined(t, venueName(t, other), availabilityInWords(availabilityOf(other, now), t, now))}</span>
        </li>`,
    )}
  </ul>`;
}

export function fullPage(context: FullContext, full: FullState) {
  const { t } = context;
  const notEnough = (full.placesLeft ?? 0) > 0;
  return html`${backToSessions(context)}
    <div class="hub-full">
      ${sessionCaption(context)}
      <h2 class="hub-heading-l" tabindex="-1" data-step-heading>${notEnough ? t('booking.full.titleNotEnough') : t('booking.full.title')}</h2>
      <p class="hub-body">${notEnough ? t('booking.full.bodyNotEnough') : t('booking.full.body')}</p>
      <p class="hub-body">${t('booking.full.kept')}</p>
      ${submitProblem(context, { cancelling: false })}
      ${full.session.waitingList
        ? html`<h3 class="hub-heading-m">${t('booking.full.waitingListTitle')}</h3>
            <p class="hub-body">${t('booking.full.waitingListBody')}</p>
            ${button({ text: t('booking.full.joinWaitingList'), busy: context.submitting, onClick: () => context.onJoinWaitingList() })}`
        : nothing}
      ${notEnough
        ? html`<p class="hub-body">
            <button type="button" class="hub-link" @click=${() => context.onChange('party')}>
              ${t('booking.full.changeParty')}
            </button>
          </p>`
        : nothing}
      <h3 class="hub-heading-m">${t('booking.full.otherTitle')}</h3>
      ${full.alternatives.length ? alternativesList(context, full.alternatives) : html`<p class="hub-body">${t('booking.full.noOther')}</p>`}
      ${button({ text: t('booking.full.chooseAnother'), variant: 'secondary', onClick: () => context.onChooseAnother() })}
      ${context.callUs}
    </div>`;
}

export function closedPage(context: ClosedContext, closedReason: ClosedReason | null) {
  const { t, selected: session } = context;
  const reason = closedReason ?? 'not-found';
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
      ? availabilityInWords({ kind: 'not-open', opensAt: session.bookingOpensAt, canBook: false, canJoinWaitingList: false }, t, context.now)
      : t('booking.closed.notOpen.body');
  } else if (reason === 'session-started') body = t('booking.closed.started.body');
  else if (reason === 'no-booking-needed') body = t('booking.closed.dropIn.body');
  return html`${backToSessions(context)} ${sessionCaption(context)}
    <h2 class="hub-heading-l" tabindex="-1" data-step-heading>${titles[reason]}</h2>
    <p class="hub-body">${body}</p>
    <p class="hub-body">${t('booking.full.kept')}</p>
    ${button({ text: t('booking.full.chooseAnother'), onClick: () => context.onChooseAnother() })} ${context.callUs}`;
}
