/**
 * What the pages of the booking journey share: the list of steps, the context the element hands its page
 * templates, the line that names the session a page is about, the question-page shell (Back, error
 * summary, a form without the browser's own validation) and the problem message shown where the family
 * pressed a button.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { AdapterError } from '../../core/errors.js';
import type { Session } from '../../core/model.js';
import { dateTimeRangeInWords } from '../../core/time.js';
import type { Translate } from '../../i18n/messages.js';
import { errorSummary, type ErrorItem } from '../../partials/error-summary.js';
import { backLink, button } from '../../partials/navigation.js';
import type { Answers } from './answers.js';
import { joined } from './session-words.js';

/** The journey's pages in order (events say "step 2 of 12"). */
export const BOOKING_STEPS = [
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
export type BookingStep = (typeof BOOKING_STEPS)[number];

/** What every page needs. The element builds one for all its pages; each page adds its own callbacks. */
export interface PageContext {
  t: Translate;
  /** The widget's clock, for dates in words ("Today", "Tomorrow"). */
  now: Date;
  /** "You can call … on …", or nothing when no phone is configured. */
  callUs: TemplateResult | typeof nothing;
  /** The session the family chose, named at the top of the pages about it. */
  selected: Session | null;
}

/** A page with a button that sends something: a booking, a waiting-list place, a cancellation. */
export interface SendingContext extends PageContext {
  /** It is being sent: the button does nothing meanwhile. */
  submitting: boolean;
  /** Why the last attempt failed, shown where the family pressed the button. */
  problem: AdapterError | null;
}

/** A page with a form: Back, and the journey's errors for the summary and each field. */
export interface FormContext extends PageContext {
  errors: readonly ErrorItem[];
  /** A field's inline error, in the widget's current language. */
  errorFor: (fieldId: string) => string | undefined;
  onBack: () => void;
}

/** New answers, or a function of the answers as they are when the family types (two may come before a render). */
export type AnswersUpdate = Partial<Answers> | ((current: Answers) => Partial<Answers>);

/** A page that asks for some of the family's answers. */
export interface AnswersContext extends FormContext {
  answers: Answers;
  onAnswers: (update: AnswersUpdate) => void;
  /** Continue was pressed: the element checks the answers and moves on. */
  onContinue: () => void;
}

/** "Baby massage, Tuesday 3 March, 10am to 11am": which session this page is about. */
export function sessionCaption(context: PageContext) {
  const { t, now, selected: session } = context;
  if (!session) return nothing;
  return html`<p class="hub-caption">${joined(t, session.title, dateTimeRangeInWords(session.start, session.end, { now, t }))}</p>`;
}

/** Back, the error summary, then the form, submitted by the widget (never by the browser). */
export function journeyForm(context: FormContext, onSubmit: () => void, content: TemplateResult) {
  return html`${backLink(context.t, () => context.onBack())} ${errorSummary(context.t, context.errors)}
    <form
      novalidate
      @submit=${(event: Event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      ${content}
    </form>`;
}

/** A question page: Back, the error summary, which session this is about, the question, then Continue. */
export function questionPage(context: AnswersContext, content: TemplateResult) {
  return journeyForm(
    context,
    context.onContinue,
    html`${sessionCaption(context)} ${content} ${button({ text: context.t('common.continue'), type: 'submit' })}`,
  );
}

/** Shown on the page where the family pressed the button: the answers are safe, and a retry is safe. */
export function submitProblem(context: SendingContext, options: { cancelling: boolean }) {
  const { problem } = context;
  if (!problem) return nothing;
  const { t } = context;
  const body =
    problem.code === 'rate-limited'
      ? t('common.problem.rateLimited')
      : options.cancelling
        ? t('booking.problem.cancelBody')
        : t('booking.problem.body');
  return html`<div class="hub-problem hub-problem--inline" part="problem" tabindex="-1" data-submit-problem>
    <h3 class="hub-heading-s">${options.cancelling ? t('booking.problem.cancelTitle') : t('booking.problem.title')}</h3>
    <p class="hub-body">${body}</p>
    ${context.callUs}
  </div>`;
}
