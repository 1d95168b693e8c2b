/** A bare element with one shadow root and the widget styles, for testing partials as a widget renders them. */
import { LitElement, type TemplateResult } from 'lit';
import { baseStyles } from '../styles/base.styles.js';
import { formStyles } from '../styles/form.styles.js';

export class PartialHost extends LitElement {
  static override styles = [...baseStyles, formStyles];
  static override properties = { content: { attribute: false } };
  declare content: () => TemplateResult | unknown;

  protected override render() {
    return this.content?.();
  }
}
if (!customElements.get('partial-test-host')) customElements.define('partial-test-host', PartialHost);

export async function renderPartial(content: () => TemplateResult | unknown): Promise<PartialHost> {
  const host = document.createElement('partial-test-host') as PartialHost;
  host.content = content;
  document.body.append(host);
  await host.updateComplete;
  return host;
}

export function shadow(host: Element): ShadowRoot {
  return host.shadowRoot!;
}
