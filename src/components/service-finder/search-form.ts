/**
 * The finder's search form: words, and (when the adapter looks postcodes up) a postcode and a distance.
 * Typing is reported as it happens; the finder decides when a search runs.
 */
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Translate } from '../../i18n/messages.js';
import { textInput } from '../../partials/field.js';
import { DISTANCES } from './filters.js';
import { POSTCODE_FIELD } from './postcode-lookup.js';

export interface SearchFormContext {
  t: Translate;
  /** The words in the search box. */
  text: string;
  /** The postcode and distance, or null when the adapter cannot search by distance. */
  where: {
    postcode: string;
    /** What is wrong with the postcode, in words; undefined when nothing. */
    error: string | undefined;
    radiusMiles: number | null;
  } | null;
  onSubmit: (event: Event) => void;
  onTextInput: (value: string) => void;
  onPostcodeInput: (value: string) => void;
  /** The postcode box was left with this value. */
  onPostcodeChange: (value: string) => void;
  /** A distance was chosen: miles, or '' for any. */
  onDistanceChange: (value: string) => void;
}

function distanceSelect(context: SearchFormContext, radiusMiles: number | null) {
  const { t } = context;
  const value = radiusMiles === null ? '' : String(radiusMiles);
  return html`<div class="hub-form-group">
    <label class="hub-label" for="finder-distance">${t('finder.distance.label')}</label>
    <select class="hub-select" id="finder-distance" .value=${live(value)} @change=${(e: Event) => context.onDistanceChange((e.target as HTMLSelectElement).value)}>
      <option value="" ?selected=${value === ''}>${t('finder.distance.any')}</option>
      ${DISTANCES.map((miles) => html`<option value="${miles}" ?selected=${value === String(miles)}>${t('common.distance.miles', { count: miles })}</option>`)}
    </select>
  </div>`;
}

export function searchForm(context: SearchFormContext) {
  const { t, where } = context;
  return html`<form class="finder-search" role="search" aria-label="${t('finder.search.landmark')}" part="search" novalidate @submit=${(e: Event) => context.onSubmit(e)}>
    <div class="finder-search__text">
      ${textInput({
        t,
        id: 'finder-text',
        label: t('finder.search.label'),
        hint: t('finder.search.hint'),
        type: 'search',
        autocomplete: 'off',
        value: context.text,
        onInput: (value) => context.onTextInput(value),
      })}
    </div>
    ${where
      ? html`<div class="finder-search__where">
          ${textInput({
            t,
            id: POSTCODE_FIELD,
            label: t('finder.postcode.label'),
            hint: t('finder.postcode.hint'),
            autocomplete: 'postal-code',
            spellcheck: false,
            width: 10,
            value: where.postcode,
            error: where.error,
            onInput: (value) => context.onPostcodeInput(value),
            onChange: (value) => context.onPostcodeChange(value),
          })}
          ${distanceSelect(context, where.radiusMiles)}
        </div>`
      : nothing}
    <div class="finder-search__submit">
      <button type="submit" class="hub-button" part="button">${t('finder.search.button')}</button>
    </div>
  </form>`;
}
