import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { fieldset, type FieldsetOptions } from './fieldset.js';
import { itemId, type ChoiceItem } from './radios.js';

export interface CheckboxItem extends ChoiceItem {
  /** Choosing this clears the others, and choosing another clears it (e.g. "None of these"). */
  exclusive?: boolean;
}

export interface CheckboxesOptions extends FieldsetOptions {
  name: string;
  items: CheckboxItem[];
  values: readonly string[];
  onChange: (values: string[]) => void;
}

/** Toggles a value, honouring exclusive items. */
export function toggleChoice(items: readonly CheckboxItem[], values: readonly string[], value: string, checked: boolean): string[] {
  if (!checked) return values.filter((v) => v !== value);
  const item = items.find((i) => i.value === value);
  if (item?.exclusive) return [value];
  const exclusive = new Set(items.filter((i) => i.exclusive).map((i) => i.value));
  return [...values.filter((v) => !exclusive.has(v) && v !== value), value];
}

export function checkboxes(options: CheckboxesOptions) {
  const { id, name, items, values } = options;
  const controls = html`<div class="hub-checkboxes">
    ${items.map((item, index) => {
      const controlId = itemId(id, index);
      const checked = values.includes(item.value);
      return html`${item.dividerBefore ? html`<div class="hub-radios__divider">${item.dividerBefore}</div>` : nothing}
        <div class="hub-checkboxes__item">
          <input
            class="hub-checkboxes__input"
            id="${controlId}"
            name="${name}"
            type="checkbox"
            value="${item.value}"
            .checked=${live(checked)}
            aria-describedby="${ifDefined(item.hint ? `${controlId}-item-hint` : undefined)}"
            @change=${(event: Event) =>
              options.onChange(toggleChoice(items, values, item.value, (event.target as HTMLInputElement).checked))}
          />
          <div>
            <label class="hub-checkboxes__label" for="${controlId}">${item.text}</label>
            ${item.hint ? html`<div id="${controlId}-item-hint" class="hub-checkboxes__hint">${item.hint}</div>` : nothing}
          </div>
        </div>
        ${checked && item.conditional ? html`<div class="hub-conditional">${item.conditional()}</div>` : nothing}`;
    })}
  </div>`;
  return fieldset(options, controls);
}
