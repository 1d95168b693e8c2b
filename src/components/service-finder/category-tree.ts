/**
 * The category filter: one collapsible group per parent category, its children as checkboxes. While the
 * categories load it says so, and when they fail it offers "Try again". A `categories` limit on the
 * finder hides what it does not allow.
 */
import { html, nothing } from 'lit';
import type { Category } from '../../core/model.js';
import type { Translate } from '../../i18n/messages.js';
import { checkboxes } from '../../partials/checkboxes.js';

export interface CategoryGroup {
  parent: Category;
  /** The children to tick; a parent without children stands for itself. */
  children: Category[];
}

export interface CategoryTreeContext {
  t: Translate;
  /** `error`: the topics failed for a reason that can pass (with Try again); `unavailable`: one that cannot. */
  status: CategoryStatus;
  categories: readonly Category[];
  /** Category ids the finder is limited to; empty for all. */
  allowed: ReadonlySet<string>;
  /** The ids ticked. */
  selected: readonly string[];
  /** Groups the family opened or closed themselves; the others are open when something in them is ticked. */
  groupOpen: ReadonlyMap<string, boolean>;
  onGroupToggle: (parentId: string, open: boolean) => void;
  onChange: (categoryIds: string[]) => void;
  onRetry: () => void;
}

/** The category tree: one group per parent, holding its allowed children. */
export function categoryGroups(list: readonly Category[], allowed: ReadonlySet<string>): CategoryGroup[] {
  const isAllowed = (c: Category) => !allowed.size || allowed.has(c.id);
  const ids = new Set(list.map((c) => c.id));
  const parents = list.filter((c) => c.parentId === null || !ids.has(c.parentId));
  const groups: CategoryGroup[] = [];
  for (const parent of parents) {
    const children = list.filter((c) => c.parentId === parent.id && isAllowed(c));
    if (children.length) groups.push({ parent, children });
    else if (isAllowed(parent)) groups.push({ parent, children: [parent] });
  }
  return groups;
}

export type CategoryStatus = 'loading' | 'ready' | 'error' | 'unavailable';

export function categoryTree(context: CategoryTreeContext) {
  const { t } = context;
  if (context.status === 'loading') return html`<p class="hub-body hub-secondary-text">${t('finder.categories.loading')}</p>`;
  if (context.status === 'error' || context.status === 'unavailable') {
    return html`<div class="hub-form-group">
      <p class="hub-body">${t('finder.categories.problem')}</p>
      ${context.status === 'error'
        ? html`<button type="button" class="hub-button hub-button--secondary" part="button" data-topics-retry @click=${() => context.onRetry()}>
            ${t('common.tryAgain')}
          </button>`
        : html`<p class="hub-body">${t('common.problem.tryLater')}</p>`}
    </div>`;
  }
  const groups = categoryGroups(context.categories, context.allowed);
  if (!groups.length) return nothing;
  const selected = new Set(context.selected);
  return html`<div class="hub-form-group">
    <fieldset class="hub-fieldset">
      <legend class="hub-fieldset__legend hub-fieldset__legend--m">${t('finder.categories.legend')}</legend>
      ${groups.map((group, index) => {
        const count = group.children.filter((c) => selected.has(c.id)).length;
        const open = context.groupOpen.get(group.parent.id) ?? (count > 0 || groups.length === 1);
        return html`<details
          class="finder-group"
          ?open=${open}
          @toggle=${(e: Event) => context.onGroupToggle(group.parent.id, (e.target as HTMLDetailsElement).open)}
        >
          <summary class="finder-group__summary">
            ${group.parent.name}${count ? html` <span class="finder-group__count">(${t('finder.categories.selected', { count })})</span>` : nothing}
          </summary>
          ${checkboxes({
            t,
            id: `finder-category-${index}`,
            name: 'category',
            legend: group.parent.name,
            items: group.children.map((c) => ({ value: c.id, text: c.name })),
            values: context.selected,
            onChange: (values) => context.onChange(values),
          })}
        </details>`;
      })}
    </fieldset>
  </div>`;
}
