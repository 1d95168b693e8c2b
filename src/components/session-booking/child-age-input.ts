/**
 * One child's age as years and months, in the GOV.UK date-input shape (a fieldset with role="group" and
 * narrow numeric boxes). Autocomplete is off: a browser must never fill a parent's details into a child's.
 */
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Translate } from '../../i18n/messages.js';
import { numberBox } from '../../partials/date-input.js';
import { fieldset } from '../../partials/fieldset.js';
import type { ChildAnswer } from './answers.js';
import { FIELD } from './answers.js';

export interface ChildAgeInputOptions {
  t: Translate;
  index: number;
  value: ChildAnswer;
  error?: string;
  /** Which box the error is about; both are highlighted when it is about the whole age. */
  errorPart?: 'years' | 'months';
  /** Ask whether the child has SEND (sessions that run to 25 for young people with SEND). */
  askSend: boolean;
  onInput: (value: ChildAnswer) => void;
}

export function childAgeInput(options: ChildAgeInputOptions) {
  const { t, index, value, error, errorPart } = options;
  const box = (part: 'years' | 'months', id: string, label: string) =>
    numberBox({
      id,
      label,
      value: value[part],
      invalid: Boolean(error) && (!errorPart || errorPart === part),
      width: 2,
      onInput: (typed) => options.onInput({ ...value, [part]: typed }),
    });
  const sendId = `${FIELD.child(index)}-send`;
  const controls = html`<div class="hub-date-input">
      ${box('years', FIELD.childYears(index), t('booking.ages.years'))} ${box('months', FIELD.childMonths(index), t('booking.ages.months'))}
    </div>
    ${options.askSend
      ? html`<div class="hub-checkboxes hub-child-send">
          <div class="hub-checkboxes__item">
            <input
              class="hub-checkboxes__input"
              id="${sendId}"
              name="${sendId}"
              type="checkbox"
              .checked=${live(value.send)}
              aria-describedby="${sendId}-hint"
              @change=${(event: Event) => options.onInput({ ...value, send: (event.target as HTMLInputElement).checked })}
            />
            <div>
              <label class="hub-checkboxes__label" for="${sendId}">${t('booking.ages.send.label')}</label>
              <div id="${sendId}-hint" class="hub-checkboxes__hint">${t('booking.ages.send.hint')}</div>
            </div>
          </div>
        </div>`
      : nothing}`;
  return fieldset(
    { id: FIELD.child(index), t, legend: t('booking.ages.child', { number: index + 1 }), size: 'm', role: 'group', ...(error ? { error } : {}) },
    controls,
  );
}
