/**
 * "Your contact details": the family's full name, and an email address, a UK mobile number or both, each
 * with the browser's autocomplete for the parent's own details.
 */
import { html } from 'lit';
import { textInput } from '../../partials/field.js';
import { FIELD } from './answers.js';
import { questionPage, type AnswersContext } from './journey-page.js';

export function contactStep(context: AnswersContext) {
  const { t, answers } = context;
  return questionPage(
    context,
    html`<h2 class="hub-heading-l" tabindex="-1" data-step-heading>${t('booking.contact.title')}</h2>
      <p class="hub-body">${t('booking.contact.intro')}</p>
      ${textInput({
        t,
        id: FIELD.name,
        label: t('booking.contact.name.label'),
        value: answers.name,
        autocomplete: 'name',
        spellcheck: false,
        error: context.errorFor(FIELD.name),
        onInput: (value) => context.onAnswers({ name: value }),
      })}
      ${textInput({
        t,
        id: FIELD.email,
        label: t('booking.contact.email.label'),
        type: 'email',
        value: answers.email,
        autocomplete: 'email',
        spellcheck: false,
        error: context.errorFor(FIELD.email),
        onInput: (value) => context.onAnswers({ email: value }),
      })}
      ${textInput({
        t,
        id: FIELD.phone,
        label: t('booking.contact.phone.label'),
        hint: t('booking.contact.phone.hint'),
        type: 'tel',
        value: answers.phone,
        autocomplete: 'tel',
        width: 20,
        error: context.errorFor(FIELD.phone),
        onInput: (value) => context.onAnswers({ phone: value }),
      })}`,
  );
}
