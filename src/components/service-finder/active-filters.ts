/**
 * "Filters in use": one button per filter the family set, in the order the filters column lists them,
 * each removing just that filter, then "Clear all filters". Labels repeat what the family chose, in words.
 */
import { html, nothing } from 'lit';
import { WEEKDAYS, type Category } from '../../core/model.js';
import type { MessageKey, Translate } from '../../i18n/messages.js';
import { ageChoiceText } from './age-choices.js';
import { FINDER_DELIVERY_MODES, type FinderFilters } from './filters.js';
import { languageLabel, type LanguagesSeen } from './language-choices.js';
import { milesInWords } from './service-words.js';

export interface ActiveFilter {
  label: string;
  /** The change to the filters (as they are when it is clicked) that removes this one. */
  remove: (filters: FinderFilters) => Partial<FinderFilters>;
}

export interface ActiveFiltersContext {
  t: Translate;
  lang: string;
  filters: FinderFilters;
  categories: readonly Category[];
  /** Category ids the finder is limited to; empty for all. */
  allowed: ReadonlySet<string>;
  /** The postcode the current results are sorted from, or '' when none. */
  nearPostcode: string;
  /** The postcode box shows an error (its postcode and distance are then not in use). */
  postcodeProblem: boolean;
  languagesSeen: LanguagesSeen;
}

export interface ChipsContext {
  t: Translate;
  active: readonly ActiveFilter[];
  onRemove: (filter: ActiveFilter, index: number) => void;
  onClearAll: () => void;
}

/** The filters in use, each with its label and how to remove it. */
export function listActiveFilters(context: ActiveFiltersContext): ActiveFilter[] {
  const { t, filters: f } = context;
  const active: ActiveFilter[] = [];
  if (f.text.trim()) active.push({ label: t('finder.active.text', { text: f.text.trim() }), remove: () => ({ text: '' }) });
  f.ages.forEach((age, index) => {
    if (age) active.push({ label: ageChoiceText(t, age), remove: (now) => ({ ages: now.ages.filter((_, i) => i !== index).concat(now.ages.length > 1 ? [] : ['']) }) });
  });
  const names = new Map(context.categories.map((c) => [c.id, c.name]));
  const allowed = context.allowed;
  for (const id of f.categoryIds.filter((c) => !allowed.size || allowed.has(c))) {
    active.push({ label: names.get(id) ?? id, remove: (now) => ({ categoryIds: now.categoryIds.filter((c) => c !== id) }) });
  }
  if (context.nearPostcode && f.postcode.trim() && !context.postcodeProblem) {
    active.push({ label: t('finder.active.postcode', { postcode: context.nearPostcode }), remove: () => ({ postcode: '', radiusMiles: null }) });
    if (f.radiusMiles !== null) {
      active.push({ label: t('finder.active.distance', { distance: milesInWords(t, f.radiusMiles) }), remove: () => ({ radiusMiles: null }) });
    }
  }
  for (const day of WEEKDAYS.filter((d) => f.days.includes(d))) {
    active.push({ label: t(`finder.day.${day}` as MessageKey), remove: (now) => ({ days: now.days.filter((d) => d !== day) }) });
  }
  if (f.freeOnly) active.push({ label: t('finder.active.freeOnly'), remove: () => ({ freeOnly: false }) });
  for (const mode of FINDER_DELIVERY_MODES.filter((m) => f.deliveryModes.includes(m))) {
    active.push({ label: t(`finder.delivery.${mode}` as MessageKey), remove: (now) => ({ deliveryModes: now.deliveryModes.filter((m) => m !== mode) }) });
  }
  if (f.language) {
    const language = languageLabel(t, context.lang, context.languagesSeen, f.language);
    active.push({ label: t('finder.active.language', { language }), remove: () => ({ language: '' }) });
  }
  if (f.atFamilyHub) active.push({ label: t('finder.active.atFamilyHub'), remove: () => ({ atFamilyHub: false }) });
  return active;
}

/** The "Filters in use" buttons and "Clear all filters"; nothing when no filter is in use. */
export function activeFilterChips(context: ChipsContext) {
  const { t, active } = context;
  if (!active.length) return nothing;
  return html`<div class="finder-active" part="active-filters">
    <h3 class="hub-heading-s" id="finder-active-title">${t('finder.active.title')}</h3>
    <ul class="finder-chips" aria-labelledby="finder-active-title">
      ${active.map(
        (filter, index) => html`<li>
          <button type="button" class="finder-chip" data-chip="${index}" @click=${() => context.onRemove(filter, index)}>
            <span class="hub-visually-hidden">${t('finder.active.remove')} </span>${filter.label}<span class="finder-chip__x" aria-hidden="true">×</span>
          </button>
        </li>`,
      )}
    </ul>
    <button type="button" class="hub-link" data-clear-all @click=${() => context.onClearAll()}>${t('finder.clearAll')}</button>
  </div>`;
}
