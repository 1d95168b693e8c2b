/**
 * "Anything else we should know": the family's language and whether they would like an interpreter,
 * access needs, and other professionals already involved. Every question is optional.
 */
import { html } from 'lit';
import { textarea, textInput } from '../../partials/field.js';
import { radios } from '../../partials/radios.js';
import type { ReferralDraft } from './referral-draft.js';
import { LIMITS } from './referral-validation.js';
import { continueButton, stepHeading, type QuestionContext } from './referral-page.js';

export function moreStep(context: QuestionContext) {
  const { t, draft, errorFor: e, onAnswer } = context;
  return html`${stepHeading(t, 'referral.more.title')}
    ${textInput({
      t,
      id: 'language',
      label: t('referral.language.label'),
      hint: t('referral.language.hint'),
      value: draft.language,
      error: e('language'),
      width: 20,
      onInput: (v) => onAnswer('language', v),
    })}
    ${radios({
      t,
      id: 'interpreter',
      name: 'interpreter',
      legend: t('referral.interpreter.legend'),
      value: draft.interpreter,
      inline: true,
      items: [
        { value: 'yes', text: t('common.yes') },
        { value: 'no', text: t('common.no') },
      ],
      onChange: (v) => onAnswer('interpreter', v as ReferralDraft['interpreter']),
    })}
    ${textarea({
      t,
      id: 'access-needs',
      label: t('referral.access.label'),
      hint: t('referral.access.hint'),
      value: draft.accessNeeds,
      error: e('access-needs'),
      rows: 4,
      maxLength: LIMITS.accessNeeds,
      onInput: (v) => onAnswer('accessNeeds', v),
    })}
    ${textarea({
      t,
      id: 'other-professionals',
      label: t('referral.professionals.label'),
      hint: t('referral.professionals.hint'),
      value: draft.otherProfessionals,
      error: e('other-professionals'),
      rows: 4,
      maxLength: LIMITS.otherProfessionals,
      onInput: (v) => onAnswer('otherProfessionals', v),
    })}
    ${continueButton(t)}`;
}
