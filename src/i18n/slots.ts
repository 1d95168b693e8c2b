import { html, type TemplateResult } from 'lit';

/**
 * Puts templates (links, bold text) into a translated sentence at `{name}` placeholders, so each language
 * can order the sentence its own way: `withSlots(t('x', {hubName}), { phone: html\`<a…>\` })`.
 */
export function withSlots(message: string, slots: Record<string, TemplateResult | string>): TemplateResult {
  const parts = message.split(/(\{\w+\})/g).filter((part) => part !== '');
  return html`${parts.map((part) => {
    const match = /^\{(\w+)\}$/.exec(part);
    return match && match[1]! in slots ? slots[match[1]!] : part;
  })}`;
}
