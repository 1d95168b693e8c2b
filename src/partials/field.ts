/**
 * Field partials: label, hint and error message, text input, textarea with character count, select.
 * They render inside the widget's one shadow root, so `for`, `aria-describedby` and the error summary's
 * links all resolve.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { Translate } from '../i18n/messages.js';

/** `aria-describedby` from the ids that exist, or undefined. */
export function describedBy(...ids: (string | false | null | undefined)[]): string | undefined {
  const present = ids.filter(Boolean);
  return present.length ? present.join(' ') : undefined;
}

export function hint(id: string, text: string | TemplateResult | undefined) {
  return text ? html`<div id="${id}-hint" class="hub-hint">${text}</div>` : nothing;
}

export function errorMessage(id: string, t: Translate, text: string | undefined) {
  return text
    ? html`<p id="${id}-error" class="hub-error-message">
        <span class="hub-visually-hidden">${t('common.errorPrefix')}</span> ${text}
      </p>`
    : nothing;
}

export interface LabelOptions {
  id: string;
  label: string;
  /** Render the label inside an h1/h2 (GOV.UK "question page": the question is the page heading). */
  isPageHeading?: boolean | 'h1' | 'h2';
  size?: 'l' | 'm';
}

export function label({ id, label: text, isPageHeading, size }: LabelOptions) {
  const classes = `hub-label${size ? ` hub-label--${size}` : ''}`;
  const labelElement = html`<label class="${classes}" for="${id}">${text}</label>`;
  if (!isPageHeading) return labelElement;
  return isPageHeading === 'h1'
    ? html`<h1 class="hub-label-wrapper" tabindex="-1" data-step-heading>${labelElement}</h1>`
    : html`<h2 class="hub-label-wrapper" tabindex="-1" data-step-heading>${labelElement}</h2>`;
}

export interface TextInputOptions extends LabelOptions {
  t: Translate;
  name?: string;
  value: string;
  type?: 'text' | 'email' | 'tel' | 'search' | 'number';
  hint?: string | TemplateResult;
  error?: string;
  autocomplete?: string;
  inputmode?: 'text' | 'numeric' | 'decimal' | 'tel' | 'email' | 'search';
  spellcheck?: boolean;
  width?: 2 | 4 | 5 | 10 | 20;
  /** Fires on every keystroke with the new value. */
  onInput: (value: string) => void;
  onChange?: (value: string) => void;
}

export function textInput(options: TextInputOptions) {
  const { id, t, error } = options;
  return html`<div class="hub-form-group ${error ? 'hub-form-group--error' : ''}">
    ${label(options)} ${hint(id, options.hint)} ${errorMessage(id, t, error)}
    <input
      class="hub-input ${options.width ? `hub-input--width-${options.width}` : ''} ${error ? 'hub-input--error' : ''}"
      id="${id}"
      name="${options.name ?? id}"
      type="${options.type ?? 'text'}"
      .value=${live(options.value)}
      autocomplete="${ifDefined(options.autocomplete)}"
      inputmode="${ifDefined(options.inputmode)}"
      spellcheck="${ifDefined(options.spellcheck === undefined ? undefined : String(options.spellcheck))}"
      aria-describedby="${ifDefined(describedBy(options.hint && `${id}-hint`, error && `${id}-error`))}"
      aria-invalid="${error ? 'true' : 'false'}"
      @input=${(event: Event) => options.onInput((event.target as HTMLInputElement).value)}
      @change=${(event: Event) => options.onChange?.((event.target as HTMLInputElement).value)}
    />
  </div>`;
}

export interface TextareaOptions extends LabelOptions {
  t: Translate;
  name?: string;
  value: string;
  hint?: string | TemplateResult;
  error?: string;
  rows?: number;
  /** Shows a GOV.UK character count; typing over the limit is allowed and shown as an error. */
  maxLength?: number;
  autocomplete?: string;
  onInput: (value: string) => void;
}

export function textarea(options: TextareaOptions) {
  const { id, t, error, maxLength, value } = options;
  const count = maxLength ? characterCount(id, t, value, maxLength) : null;
  return html`<div class="hub-form-group ${error ? 'hub-form-group--error' : ''}">
    ${label(options)} ${hint(id, options.hint)} ${errorMessage(id, t, error)}
    <textarea
      class="hub-textarea ${error || count?.over ? 'hub-textarea--error' : ''}"
      id="${id}"
      name="${options.name ?? id}"
      rows="${options.rows ?? 5}"
      autocomplete="${options.autocomplete ?? 'off'}"
      .value=${live(value)}
      aria-describedby="${ifDefined(describedBy(options.hint && `${id}-hint`, maxLength ? `${id}-info` : undefined, error && `${id}-error`))}"
      aria-invalid="${error ? 'true' : 'false'}"
      @input=${(event: Event) => options.onInput((event.target as HTMLTextAreaElement).value)}
    ></textarea>
    ${count?.template ?? nothing}
  </div>`;
}

/** The GOV.UK character count: a hint with the limit, a visible count, and a polite live status. */
export function characterCount(id: string, t: Translate, value: string, maxLength: number) {
  const remaining = maxLength - value.length;
  const over = remaining < 0;
  const message = over
    ? t('common.characterCount.over', { count: -remaining })
    : t('common.characterCount.remaining', { count: remaining });
  return {
    over,
    template: html`<div id="${id}-info" class="hub-hint hub-visually-hidden">
        ${t('common.characterCount.limit', { count: maxLength })}
      </div>
      <div class="hub-character-count__message ${over ? 'hub-character-count__message--error' : ''}" aria-hidden="true">
        ${message}
      </div>
      <div class="hub-visually-hidden" aria-live="polite">${message}</div>`,
  };
}

export interface SelectOptions extends LabelOptions {
  t: Translate;
  value: string;
  items: { value: string; text: string }[];
  hint?: string;
  error?: string;
  onChange: (value: string) => void;
}

export function select(options: SelectOptions) {
  const { id, t, error } = options;
  return html`<div class="hub-form-group ${error ? 'hub-form-group--error' : ''}">
    ${label(options)} ${hint(id, options.hint)} ${errorMessage(id, t, error)}
    <select
      class="hub-select ${error ? 'hub-select--error' : ''}"
      id="${id}"
      name="${id}"
      .value=${live(options.value)}
      aria-describedby="${ifDefined(describedBy(options.hint && `${id}-hint`, error && `${id}-error`))}"
      @change=${(event: Event) => options.onChange((event.target as HTMLSelectElement).value)}
    >
      ${options.items.map(
        (item) => html`<option value="${item.value}" ?selected=${item.value === options.value}>${item.text}</option>`,
      )}
    </select>
  </div>`;
}
