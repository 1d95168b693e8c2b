/**
 * "Check your answers before booking": the session (with a Change link back to the timetable), every
 * answer with its own Change link, the waiting-list warning, the privacy notice, and "Confirm and book".
 * Nothing is sent until the family confirms.
 */
import { html, nothing } from 'lit';
import { safeWebUrl } from '../../core/links.js';
import type { Session } from '../../core/model.js';
import type { Translate } from '../../i18n/messages.js';
import { withSlots } from '../../i18n/slots.js';
import { summaryList, warningText, type SummaryRow } from '../../partials/content.js';
import { button } from '../../partials/navigation.js';
import { childAges, parseCount, type AnswerStep, type Answers } from './answers.js';
import { journeyForm, submitProblem, type FormContext, type SendingContext } from './journey-page.js';
import { ageWords, sessionRows } from './session-words.js';

export interface CheckContext extends FormContext, SendingContext {
  answers: Answers;
  joinWaitingList: boolean;
  hubName: string;
  privacyUrl: string | undefined;
  /** A Change link: back to that question, then back here. */
  onChange: (step: AnswerStep) => void;
  /** The session's Change link: back to the timetable for another session, keeping the answers. */
  onChooseAnother: () => void;
  onConfirm: () => void;
}

function answerRows(context: CheckContext, session: Session): SummaryRow[] {
  const { t, answers } = context;
  const rules = session.rules;
  const change = (step: AnswerStep, what: string) => ({ onClick: () => context.onChange(step), visuallyHiddenText: what });
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
      value: children.map((child, index) => t('booking.check.childAge', { number: index + 1, age: ageWords(t, child.kind === 'age' ? child.months : 0) })).join('\n'),
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
  return rows;
}

/** What the hub does with the answers, and a link to the privacy notice when the page gave a safe one. */
function privacy(t: Translate, hubName: string, privacyUrl: string | undefined) {
  const url = safeWebUrl(privacyUrl);
  const first = t('booking.check.privacy', { hubName });
  if (!url) return first;
  const link = html`<a href="${url}" target="_blank" rel="noopener noreferrer">${t('booking.check.privacyLink')} ${t('common.opensInNewTab')}</a>`;
  return html`${first} ${withSlots(t('booking.check.privacyRead'), { link })}`;
}

export function checkAnswers(context: CheckContext, session: Session) {
  const { t, now } = context;
  const waiting = context.joinWaitingList;
  const sessionChange = { onClick: () => context.onChooseAnother(), visuallyHiddenText: t('booking.check.session.hidden') };
  return journeyForm(
    context,
    context.onConfirm,
    html`<h2 class="hub-heading-l" tabindex="-1" data-step-heading>${waiting ? t('booking.check.titleWaitingList') : t('booking.check.title')}</h2>
      <h3 class="hub-heading-m">${t('booking.check.session')}</h3>
      ${summaryList(
        t,
        sessionRows(t, now, session).map((row, index) => (index === 0 ? { ...row, change: sessionChange } : row)),
      )}
      <h3 class="hub-heading-m">${t('booking.check.you')}</h3>
      ${summaryList(t, answerRows(context, session))}
      ${waiting ? warningText(t, t('booking.check.waitingListWarning')) : nothing}
      <h3 class="hub-heading-m">${t('booking.check.privacyTitle')}</h3>
      <p class="hub-body">${privacy(t, context.hubName, context.privacyUrl)}</p>
      <p class="hub-body">${t('booking.check.nothingYet')}</p>
      ${submitProblem(context, { cancelling: false })}
      ${button({ text: waiting ? t('booking.check.confirmWaitingList') : t('booking.check.confirm'), type: 'submit', busy: context.submitting, part: 'button confirm' })}`,
  );
}
