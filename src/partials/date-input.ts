import { html } from 'lit';
import { live } from 'lit/directives/live.js';
import { fieldset, type FieldsetOptions } from './fieldset.js';

export type DatePart = 'day' | 'month' | 'year';
export type DateValue = Partial<Record<DatePart, string>>;

export interface DateInputOptions extends FieldsetOptions {
  value: DateValue;
  /** Which boxes to show, e.g. ['month', 'year'] for a due month. */
  parts?: DatePart[];
  /** Which boxes to highlight with the error (all when omitted and there is an error). */
  errorParts?: DatePart[];
  /**
   * Autocomplete hint for each box. Defaults to off, so a browser never fills a parent's own birthday
   * into a child's date.
   */
  autocompletePrefix?: 'bday' | 'off';
  onInput: (value: DateValue) => void;
}

const WIDTH: Record<DatePart, number> = { day: 2, month: 2, year: 4 };

/** GOV.UK date input: separate day, month and year boxes in a fieldset with role="group". */
export function dateInput(options: DateInputOptions) {
  const { id, t, value, error } = options;
  const parts = options.parts ?? ['day', 'month', 'year'];
  const highlighted = new Set(error ? (options.errorParts ?? parts) : []);
  const labels: Record<DatePart, string> = { day: t('common.date.day'), month: t('common.date.month'), year: t('common.date.year') };
  const controls = html`<div class="hub-date-input" id="${id}">
    ${parts.map(
      (part) => html`<div class="hub-date-input__item">
        <label class="hub-label" for="${id}-${part}">${labels[part]}</label>
        <input
          class="hub-input hub-input--width-${WIDTH[part]} ${highlighted.has(part) ? 'hub-input--error' : ''}"
          id="${id}-${part}"
          name="${id}-${part}"
          type="text"
          inputmode="numeric"
          autocomplete="${options.autocompletePrefix === 'bday' ? `bday-${part}` : 'off'}"
          .value=${live(value[part] ?? '')}
          aria-invalid="${highlighted.has(part) ? 'true' : 'false'}"
          @input=${(event: Event) => options.onInput({ ...value, [part]: (event.target as HTMLInputElement).value })}
        />
      </div>`,
    )}
  </div>`;
  return fieldset({ ...options, role: 'group' }, controls);
}

/** The id the error summary should link to for a date input: its first wrong box, else its first box. */
export function dateInputFocusId(id: string, parts: DatePart[], errorParts?: DatePart[]): string {
  return `${id}-${(errorParts?.[0] ?? parts[0]) || 'day'}`;
}
