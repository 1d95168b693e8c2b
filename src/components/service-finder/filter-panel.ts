/**
 * The finder's filters column: a "Show filters" toggle for narrow screens, then one child's-age row per
 * child, the category tree, days, cost, how it is delivered, language and Family Hub buildings. Every
 * change is reported as a patch of the filters; the finder applies it and searches.
 */
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { WEEKDAYS, type DeliveryMode, type Weekday } from '../../core/model.js';
import type { MessageKey, Translate } from '../../i18n/messages.js';
import { checkboxes } from '../../partials/checkboxes.js';
import { describedBy, hint } from '../../partials/field.js';
import { fieldset } from '../../partials/fieldset.js';
import type { AgeChoiceGroup } from './age-choices.js';
import { categoryTree, type CategoryTreeContext } from './category-tree.js';
import { countPanelFiltersInUse, FINDER_DELIVERY_MODES, type FinderFilters } from './filters.js';

export interface FilterPanelContext {
  t: Translate;
  filters: FinderFilters;
  /** Whether the filters are shown on a narrow screen. */
  open: boolean;
  ageGroups: readonly AgeChoiceGroup[];
  /** The language filter's options as `[value, name]`, in order. */
  languages: readonly (readonly [string, string])[];
  categories: Omit<CategoryTreeContext, 't' | 'selected' | 'onChange'>;
  onToggle: () => void;
  onChange: (patch: Partial<FinderFilters>) => void;
  onAge: (index: number, value: string) => void;
  onAddChild: () => void;
  onRemoveChild: (index: number) => void;
}

/** One select per child ("Child 1", "Child 2"…), with "Remove" and "Add another child". */
function ageRows(context: FilterPanelContext) {
  const { t, ageGroups } = context;
  const rows = context.filters.ages;
  return html`<div class="finder-ages">
    ${fieldset(
      { t, id: 'finder-ages', legend: t('finder.ages.legend'), hint: t('finder.ages.hint'), size: 'm' },
      html`${rows.map(
          (value, index) => html`<div class="finder-age-row">
            <div class="hub-form-group">
              <label class="hub-label" for="age-${index}">${t('finder.ages.child', { number: index + 1 })}</label>
              <select class="hub-select" id="age-${index}" .value=${live(value)} @change=${(e: Event) => context.onAge(index, (e.target as HTMLSelectElement).value)}>
                <option value="" ?selected=${value === ''}>${t('finder.ages.any')}</option>
                ${ageGroups.map(
                  (group) => html`<optgroup label="${group.label}">
                    ${group.choices.map((choice) => html`<option value="${choice.value}" ?selected=${choice.value === value}>${choice.text}</option>`)}
                  </optgroup>`,
                )}
              </select>
            </div>
            ${rows.length > 1 || value
              ? html`<button type="button" class="hub-link finder-age-remove" @click=${() => context.onRemoveChild(index)}>
                  ${t('finder.ages.remove')}<span class="hub-visually-hidden"> ${t('finder.ages.removeHidden', { number: index + 1 })}</span>
                </button>`
              : nothing}
          </div>`,
        )}
        <button type="button" class="hub-button hub-button--secondary" part="button" @click=${() => context.onAddChild()}>${t('finder.ages.add')}</button>`,
    )}
  </div>`;
}

/** A filter that is one checkbox, on or off ("Only show free services", "Only services at a Family Hub building"). */
function singleCheckbox(
  t: Translate,
  box: { id: string; name: string; legend: string; value: string; text: string },
  checked: boolean,
  onChange: (checked: boolean) => void,
) {
  const { value, text, ...group } = box;
  return checkboxes({ t, ...group, items: [{ value, text }], values: checked ? [value] : [], onChange: (values) => onChange(values.includes(value)) });
}

function languageSelect(context: FilterPanelContext) {
  const { t } = context;
  const value = context.filters.language;
  return html`<div class="hub-form-group">
    <label class="hub-label" for="finder-language">${t('finder.language.label')}</label>
    ${hint('finder-language', t('finder.language.hint'))}
    <select
      class="hub-select"
      id="finder-language"
      aria-describedby="${describedBy('finder-language-hint')!}"
      .value=${live(value)}
      @change=${(e: Event) => context.onChange({ language: (e.target as HTMLSelectElement).value })}
    >
      <option value="" ?selected=${value === ''}>${t('finder.language.any')}</option>
      ${context.languages.map(([code, name]) => html`<option value="${code}" ?selected=${code === value}>${name}</option>`)}
    </select>
  </div>`;
}

export function filterPanel(context: FilterPanelContext) {
  const { t, filters, open } = context;
  const inUse = countPanelFiltersInUse(filters);
  const toggleText = open ? t('finder.filters.hide') : inUse ? t('finder.filters.showInUse', { count: inUse }) : t('finder.filters.show');
  return html`<div class="finder-filters-column" part="filters">
    <button
      type="button"
      class="hub-button hub-button--secondary finder-filters-toggle"
      part="button"
      aria-expanded="${open ? 'true' : 'false'}"
      aria-controls="finder-filters"
      @click=${() => context.onToggle()}
    >
      ${toggleText}
    </button>
    <div id="finder-filters" class="finder-filters ${open ? 'finder-filters--open' : ''}">
      <h2 class="hub-heading-m finder-filters__title">${t('finder.filters.title')}</h2>
      ${ageRows(context)}
      ${categoryTree({ ...context.categories, t, selected: filters.categoryIds, onChange: (categoryIds) => context.onChange({ categoryIds }) })}
      ${checkboxes({
        t,
        id: 'finder-days',
        name: 'days',
        legend: t('finder.days.legend'),
        hint: t('finder.days.hint'),
        items: WEEKDAYS.map((day) => ({ value: day, text: t(`finder.day.${day}` as MessageKey) })),
        values: filters.days,
        onChange: (values) => context.onChange({ days: values as Weekday[] }),
      })}
      ${singleCheckbox(
        t,
        { id: 'finder-free', name: 'free', legend: t('finder.cost.legend'), value: 'free', text: t('finder.cost.freeOnly') },
        filters.freeOnly,
        (freeOnly) => context.onChange({ freeOnly }),
      )}
      ${checkboxes({
        t,
        id: 'finder-delivery',
        name: 'delivery',
        legend: t('finder.delivery.legend'),
        items: FINDER_DELIVERY_MODES.map((mode) => ({ value: mode, text: t(`finder.delivery.${mode}` as MessageKey) })),
        values: filters.deliveryModes,
        onChange: (values) => context.onChange({ deliveryModes: values as DeliveryMode[] }),
      })}
      ${languageSelect(context)}
      ${singleCheckbox(
        t,
        { id: 'finder-hub', name: 'family-hub', legend: t('finder.hub.legend'), value: 'hub', text: t('finder.hub.only') },
        filters.atFamilyHub,
        (atFamilyHub) => context.onChange({ atFamilyHub }),
      )}
    </div>
  </div>`;
}
