import { html, type TemplateResult } from 'lit';

/** Slots that always read left to right, whatever the sentence around them: numbers and references. */
const LEFT_TO_RIGHT_SLOTS = new Set(['phone', 'reference']);

/**
 * Puts templates (links, bold text) into a translated sentence at `{name}` placeholders, so each language
 * can order the sentence its own way: `withSlots(t('x', {hubName}), { phone: html\`<a…>\` })`.
 * Each slot is isolated (`<bdi>`), so a phone number keeps its order in an Arabic sentence and an English
 * name does not pull the Arabic around it out of place.
 */
export function withSlots(message: string, slots: Record<string, TemplateResult | string>): TemplateResult {
  const parts = message.split(/(\{\w+\})/g).filter((part) => part !== '');
  return html`${parts.map((part) => {
    const match = /^\{(\w+)\}$/.exec(part);
    if (!match || !(match[1]! in slots)) return part;
    const name = match[1]!;
    return LEFT_TO_RIGHT_SLOTS.has(name) ? html`<bdi dir="ltr">${slots[name]}</bdi>` : html`<bdi>${slots[name]}</bdi>`;
  })}`;
}
