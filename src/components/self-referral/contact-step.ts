/**
 * "How should we contact you" and safe contact: the ways the hub may get in touch (each revealing its
 * phone number, email or address box), good times, whether a message may be left, and whether someone
 * else may see messages — with a note on staying safe when they might.
 */
import { html, nothing } from 'lit';
import { checkboxes } from '../../partials/checkboxes.js';
import { insetText } from '../../partials/content.js';
import { textarea, textInput } from '../../partials/field.js';
import { radios } from '../../partials/radios.js';
import type { ContactMethod, ReferralDraft } from './referral-draft.js';
import { LIMITS } from './referral-validation.js';
import { continueButton, stepHeading, type QuestionContext } from './referral-page.js';

/** The ways to be contacted, each with the box for its details shown when it is ticked. */
function methodItems(context: QuestionContext) {
  const { t, draft, errorFor: e, onAnswer } = context;
  const phoneField = () =>
    textInput({
      t,
      id: 'phone',
      label: t('referral.phone.label'),
      hint: t('referral.phone.hint'),
      type: 'tel',
      value: draft.phone,
      error: e('phone'),
      autocomplete: 'tel',
      spellcheck: false,
      width: 20,
      onInput: (v) => onAnswer('phone', v),
    });
  return [
    { value: 'phone', text: t('referral.method.phone'), conditional: phoneField },
    // One number serves calls and texts: shown under "Text message" only when calls are not chosen.
    { value: 'text', text: t('referral.method.text'), ...(draft.methods.includes('phone') ? {} : { conditional: phoneField }) },
    {
      value: 'email',
      text: t('referral.method.email'),
      conditional: () =>
        textInput({
          t,
          id: 'email',
          label: t('referral.email.label'),
          type: 'email',
          value: draft.email,
          error: e('email'),
          autocomplete: 'email',
          spellcheck: false,
          width: 20,
          onInput: (v) => onAnswer('email', v),
        }),
    },
    {
      value: 'letter',
      text: t('referral.method.letter'),
      conditional: () =>
        textarea({
          t,
          id: 'address',
          label: t('referral.address.label'),
          hint: t('referral.address.hint'),
          value: draft.address,
          error: e('address'),
          rows: 4,
          autocomplete: 'street-address',
          maxLength: LIMITS.address,
          onInput: (v) => onAnswer('address', v),
        }),
    },
  ];
}

export function contactStep(context: QuestionContext) {
  const { t, draft, errorFor: e, onAnswer } = context;
  return html`${stepHeading(t, 'referral.contact.title')}
    <p class="hub-body">${t('referral.contact.intro')}</p>
    ${checkboxes({
      t,
      id: 'methods',
      name: 'methods',
      legend: t('referral.methods.legend'),
      hint: t('referral.methods.hint'),
      size: 'm',
      error: e('methods'),
      items: methodItems(context),
      values: draft.methods,
      onChange: (values) => onAnswer('methods', values as ContactMethod[]),
    })}
    ${textarea({
      t,
      id: 'times',
      label: t('referral.times.label'),
      hint: t('referral.times.hint'),
      value: draft.times,
      error: e('times'),
      rows: 2,
      maxLength: LIMITS.times,
      onInput: (v) => onAnswer('times', v),
    })}
    ${draft.methods.includes('phone')
      ? radios({
          t,
          id: 'may-leave-message',
          name: 'may-leave-message',
          legend: t('referral.message.legend'),
          hint: t('referral.message.hint'),
          value: draft.mayLeaveMessage,
          error: e('may-leave-message'),
          inline: true,
          items: [
            { value: 'yes', text: t('common.yes') },
            { value: 'no', text: t('common.no') },
          ],
          onChange: (v) => onAnswer('mayLeaveMessage', v as ReferralDraft['mayLeaveMessage']),
        })
      : nothing}
    ${radios({
      t,
      id: 'others-may-see',
      name: 'others-may-see',
      legend: t('referral.othersMaySee.legend'),
      hint: t('referral.othersMaySee.hint'),
      value: draft.othersMaySee,
      error: e('others-may-see'),
      items: [
        { value: 'yes', text: t('common.yes') },
        { value: 'no', text: t('common.no') },
        { value: 'not-sure', text: t('common.notSure') },
      ],
      onChange: (v) => onAnswer('othersMaySee', v as ReferralDraft['othersMaySee']),
    })}
    ${draft.othersMaySee === 'yes' || draft.othersMaySee === 'not-sure' ? insetText(t('referral.othersMaySee.note')) : nothing}
    ${continueButton(t)}`;
}
