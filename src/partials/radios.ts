import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { fieldset, type FieldsetOptions } from './fieldset.js';

export interface ChoiceItem {
  value: string;
  text: string;
  hint?: string;
  /** Shown under the item while it is chosen (GOV.UK conditional reveal). */
  conditional?: () => TemplateResult;
  /** Draw an "or" divider before this item. */
  dividerBefore?: string;
}

export interface RadiosOptions extends FieldsetOptions {
  /** The first radio's id is `id`, so the error summary can link to it. */
  name: string;
  items: ChoiceItem[];
  value: string | undefined;
  inline?: boolean;
  onChange: (value: string) => void;
}

/** The id of the control for item `index` in a radios or checkboxes group. */
export const itemId = (id: string, index: number) => (index === 0 ? id : `${id}-${index + 1}`);

export function radios(options: RadiosOptions) {
  const { id, name, value, items } = options;
  const controls = html`<div class="hub-radios ${options.inline ? 'hub-radios--inline' : ''}">
    ${items.map((item, index) => {
      const controlId = itemId(id, index);
      const checked = item.value === value;
      return html`${item.dividerBefore ? html`<div class="hub-radios__divider">${item.dividerBefore}</div>` : nothing}
        <div class="hub-radios__item">
          <input
            class="hub-radios__input"
            id="${controlId}"
            name="${name}"
            type="radio"
            value="${item.value}"
            .checked=${live(checked)}
            aria-describedby="${ifDefined(item.hint ? `${controlId}-item-hint` : undefined)}"
            @change=${() => options.onChange(item.value)}
          />
          <div>
            <label class="hub-radios__label" for="${controlId}">${item.text}</label>
            ${item.hint ? html`<div id="${controlId}-item-hint" class="hub-radios__hint">${item.hint}</div>` : nothing}
          </div>
        </div>
        ${checked && item.conditional ? html`<div class="hub-conditional">${item.conditional()}</div>` : nothing}`;
    })}
  </div>`;
  return fieldset(options, controls);
}
