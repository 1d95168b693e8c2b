/**
 * "About you": the family's name, how they are related to the children (with a box for "Other"), and a
 * postcode, optional unless the page requires it.
 */
import { html } from 'lit';
import { RELATIONSHIPS } from '../../core/model.js';
import type { MessageKey } from '../../i18n/messages.js';
import { textInput } from '../../partials/field.js';
import { radios } from '../../partials/radios.js';
import { continueButton, stepHeading, type QuestionContext } from './referral-page.js';

export interface AboutYouContext extends QuestionContext {
  requirePostcode: boolean;
}

export function aboutYouStep(context: AboutYouContext) {
  const { t, draft, errorFor: e, onAnswer } = context;
  const relationshipItems = RELATIONSHIPS.map((value) => ({
    value,
    text: t(`referral.relationship.${value}` as MessageKey),
    ...(value === 'parent' ? { hint: t('referral.relationship.parentHint') } : {}),
    ...(value === 'kinship-carer' ? { hint: t('referral.relationship.kinshipHint') } : {}),
    ...(value === 'other'
      ? {
          conditional: () =>
            textInput({
              t,
              id: 'relationship-other',
              label: t('referral.relationshipOther.label'),
              value: draft.relationshipOther,
              error: e('relationship-other'),
              width: 20,
              onInput: (v) => onAnswer('relationshipOther', v),
            }),
        }
      : {}),
  }));
  return html`${stepHeading(t, 'referral.about.title')}
    ${textInput({
      t,
      id: 'name',
      label: t('referral.name.label'),
      hint: t('referral.name.hint'),
      value: draft.name,
      error: e('name'),
      autocomplete: 'name',
      spellcheck: false,
      width: 20,
      onInput: (v) => onAnswer('name', v),
    })}
    ${radios({
      t,
      id: 'relationship',
      name: 'relationship',
      legend: t('referral.relationship.legend'),
      hint: t('referral.relationship.hint'),
      size: 'm',
      value: draft.relationship,
      error: e('relationship'),
      items: relationshipItems,
      onChange: (v) => onAnswer('relationship', v),
    })}
    ${textInput({
      t,
      id: 'postcode',
      label: t(context.requirePostcode ? 'referral.postcode.label' : 'referral.postcode.labelOptional'),
      hint: t('referral.postcode.hint'),
      value: draft.postcode,
      error: e('postcode'),
      autocomplete: 'postal-code',
      spellcheck: false,
      width: 10,
      onInput: (v) => onAnswer('postcode', v),
    })}
    ${continueButton(t)}`;
}
