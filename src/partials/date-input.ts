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

export interface NumberBoxOptions {
  id: string;
  label: string;
  value: string;
  invalid: boolean;
  /** Characters wide (GOV.UK `hub-input--width-N`); the item class may set the width instead. */
  width?: number;
  /** The box's wrapper: `hub-date-input__item` unless the widget lays its boxes out another way. */
  itemClass?: string;
  /** Off unless asked: a browser must never fill a parent's details into a child's. */
  autocomplete?: string;
  onInput: (value: string) => void;
}

/** One narrow numeric box with its label: a day, a month, a year, a child's years or months. */
export function numberBox(options: NumberBoxOptions) {
  const { id, invalid } = options;
  const width = options.width ? ` hub-input--width-${options.width}` : '';
  return html`<div class="${options.itemClass ?? 'hub-date-input__item'}">
    <label class="hub-label" for="${id}">${options.label}</label>
    <input
      class="hub-input${width} ${invalid ? 'hub-input--error' : ''}"
      id="${id}"
      name="${id}"
      type="text"
      inputmode="numeric"
      autocomplete="${options.autocomplete ?? 'off'}"
      spellcheck="false"
      .value=${live(options.value)}
      aria-invalid="${invalid ? 'true' : 'false'}"
      @input=${(event: Event) => options.onInput((event.target as HTMLInputElement).value)}
    />
  </div>`;
}

/** GOV.UK date input: separate day, month and year boxes in a fieldset with role="group". */
export function dateInput(options: DateInputOptions) {
  const { id, t, value, error } = options;
  const parts = options.parts ?? ['day', 'month', 'year'];
  const highlighted = new Set(error ? (options.errorParts ?? parts) : []);
  const labels: Record<DatePart, string> = { day: t('common.date.day'), month: t('common.date.month'), year: t('common.date.year') };
  const controls = html`<div class="hub-date-input" id="${id}">
    ${parts.map((part) =>
      numberBox({
        id: `${id}-${part}`,
        label: labels[part],
        value: value[part] ?? '',
        invalid: highlighted.has(part),
        width: WIDTH[part],
        autocomplete: options.autocompletePrefix === 'bday' ? `bday-${part}` : 'off',
        onInput: (typed) => options.onInput({ ...value, [part]: typed }),
      }),
    )}
  </div>`;
  return fieldset({ ...options, role: 'group' }, controls);
}

/** The id the error summary should link to for a date input: its first wrong box, else its first box. */
export function dateInputFocusId(id: string, parts: DatePart[], errorParts?: DatePart[]): string {
  return `${id}-${(errorParts?.[0] ?? parts[0]) || 'day'}`;
}
