import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Translate } from '../i18n/messages.js';
import { describedBy, errorMessage, hint } from './field.js';

export interface FieldsetOptions {
  /** Used for the hint and error ids. */
  id: string;
  t: Translate;
  legend: string;
  /** Render the legend as the page's heading (one question per page). */
  isPageHeading?: boolean | 'h1' | 'h2';
  size?: 'l' | 'm';
  hint?: string | TemplateResult;
  error?: string;
  /** `group` for a date input (GOV.UK). */
  role?: 'group';
}

/** A fieldset with legend, hint and error message around a group of controls. */
export function fieldset(options: FieldsetOptions, controls: TemplateResult) {
  const { id, t, error, isPageHeading, size } = options;
  const legendClass = `hub-fieldset__legend${size ? ` hub-fieldset__legend--${size}` : ''}`;
  const legendText = isPageHeading
    ? isPageHeading === 'h1'
      ? html`<h1 class="hub-fieldset__heading" tabindex="-1" data-step-heading>${options.legend}</h1>`
      : html`<h2 class="hub-fieldset__heading" tabindex="-1" data-step-heading>${options.legend}</h2>`
    : options.legend;
  return html`<div class="hub-form-group ${error ? 'hub-form-group--error' : ''}">
    <fieldset
      class="hub-fieldset"
      role="${ifDefined(options.role)}"
      aria-describedby="${ifDefined(describedBy(options.hint && `${id}-hint`, error && `${id}-error`))}"
    >
      <legend class="${legendClass}">${legendText}</legend>
      ${hint(id, options.hint)} ${errorMessage(id, t, error)} ${controls}
    </fieldset>
  </div>`;
}
