/**
 * Cancelling a booking by its reference: the page that asks for the reference and the email address or
 * phone number it was made with, and the "Booking cancelled" page, which names the session when the
 * backend said which one it was.
 */
import { html, nothing } from 'lit';
import { dateTimeRangeInWords } from '../../core/time.js';
import { withSlots } from '../../i18n/slots.js';
import { panel, summaryList, warningText } from '../../partials/content.js';
import { textInput } from '../../partials/field.js';
import { button } from '../../partials/navigation.js';
import { FIELD, type CancelAnswers, type Cancelled } from './answers.js';
import { journeyForm, submitProblem, type FormContext, type PageContext, type SendingContext } from './journey-page.js';

export interface CancelContext extends FormContext, SendingContext {
  answers: CancelAnswers;
  onAnswers: (patch: Partial<CancelAnswers>) => void;
  onSubmit: () => void;
}

export function cancelPage(context: CancelContext) {
  const { t, answers } = context;
  return html`${journeyForm(
      context,
      context.onSubmit,
      html`<h2 class="hub-heading-l" tabindex="-1" data-step-heading>${t('booking.cancel.title')}</h2>
        <p class="hub-body">${t('booking.cancel.intro')}</p>
        ${textInput({
          t,
          id: FIELD.cancelReference,
          label: t('booking.cancel.reference.label'),
          hint: t('booking.cancel.reference.hint'),
          value: answers.reference,
          autocomplete: 'off',
          spellcheck: false,
          width: 10,
          error: context.errorFor(FIELD.cancelReference),
          onInput: (value) => context.onAnswers({ reference: value }),
        })}
        ${textInput({
          t,
          id: FIELD.cancelContact,
          label: t('booking.cancel.contact.label'),
          hint: t('booking.cancel.contact.hint'),
          value: answers.contact,
          spellcheck: false,
          error: context.errorFor(FIELD.cancelContact),
          onInput: (value) => context.onAnswers({ contact: value }),
        })}
        ${warningText(t, t('booking.cancel.warning'))} ${submitProblem(context, { cancelling: true })}
        ${button({ text: t('booking.cancel.button'), type: 'submit', variant: 'warning', busy: context.submitting })}`,
    )}
    ${context.callUs}`;
}

export interface CancelledContext extends PageContext {
  onBackToSessions: () => void;
}

export function cancelledPage(context: CancelledContext, cancelled: Cancelled | null) {
  const { t } = context;
  const details = cancelled?.details;
  const reference = html`<strong class="hub-reference">${cancelled?.reference ?? ''}</strong>`;
  return html`${panel(t('booking.cancelled.title'), withSlots(t('booking.cancelled.reference'), { reference }))}
    ${details
      ? html`<h3 class="hub-heading-m">${t('booking.cancelled.session')}</h3>
          ${summaryList(t, [
            { key: t('booking.session.what'), value: details.title },
            { key: t('booking.session.when'), value: dateTimeRangeInWords(details.start, details.end, { now: context.now, t }) },
          ])}`
      : nothing}
    <p class="hub-body">${t('booking.cancelled.body')}</p>
    <p class="hub-body">${t('booking.cancelled.waitingList')}</p>
    ${button({ text: t('booking.cancelled.back'), onClick: () => context.onBackToSessions() })}`;
}
