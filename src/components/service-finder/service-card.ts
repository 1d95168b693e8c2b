/**
 * One search result: name (which opens the details), organisation, tags, and the facts a family scans
 * for — what it helps with, ages, where, when, cost, how it is delivered and how to use it. Every value
 * from the backend is bound as text.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ageRangeInWords } from '../../core/age.js';
import type { ServiceSummary, Weekday } from '../../core/model.js';
import type { Translate } from '../../i18n/messages.js';
import { accessInWords, costLines, deliveryInWords, list, whenInWords, whereInWords } from './service-words.js';

export interface CardContext {
  t: Translate;
  lang: string;
  /** The URL that shows this service's details (with `url-state`), else undefined for a button. */
  hrefFor?: (serviceId: string) => string;
  /** Days the family chose: the card shows a time on one of them first. */
  days?: readonly Weekday[];
  onOpen: (serviceId: string, event: Event) => void;
}

export function serviceTags(t: Translate, service: Pick<ServiceSummary, 'status' | 'audience' | 'locations' | 'cost'>): TemplateResult | typeof nothing {
  const tags: TemplateResult[] = [];
  if (service.status === 'temporarily closed') tags.push(html`<li class="hub-tag hub-tag--red">${t('finder.tag.closed')}</li>`);
  if (service.status === 'inactive' || service.status === 'defunct') tags.push(html`<li class="hub-tag hub-tag--grey">${t('finder.tag.ended')}</li>`);
  if (service.audience) tags.push(html`<li class="hub-tag">${service.audience}</li>`);
  if (service.locations.some((l) => l.isFamilyHub)) tags.push(html`<li class="hub-tag hub-tag--green">${t('finder.tag.familyHub')}</li>`);
  return tags.length ? html`<ul class="finder-tags">${tags}</ul>` : nothing;
}

function fact(term: string, value: string | TemplateResult) {
  return value ? html`<div class="finder-facts__row"><dt>${term}</dt><dd>${value}</dd></div>` : nothing;
}

function categoryNames(lang: string, service: ServiceSummary): string {
  return list(lang, [...new Set(service.categories.map((c) => c.name))], 'conjunction');
}

export function serviceCard(context: CardContext, service: ServiceSummary) {
  const { t, lang } = context;
  const href = context.hrefFor?.(service.id);
  const open = (event: Event) => context.onOpen(service.id, event);
  const title = href
    ? html`<a href="${href}" data-service-id="${service.id}" @click=${open}>${service.name}</a>`
    : html`<button type="button" class="hub-link" data-service-id="${service.id}" @click=${open}>${service.name}</button>`;
  const cost = costLines(t, lang, service.cost);
  return html`<li class="finder-card" part="result">
    <h3 class="hub-heading-s finder-card__title">${title}</h3>
    ${service.organisation ? html`<p class="hub-caption">${service.organisation.name}</p>` : nothing}
    ${serviceTags(t, service)}
    <dl class="finder-facts">
      ${fact(t('finder.card.helpsWith'), categoryNames(lang, service))}
      ${fact(t('finder.card.ages'), ageRangeInWords(service.ageRange, t))}
      ${fact(t('finder.card.where'), whereInWords(t, service, context.days))}
      ${fact(t('finder.card.when'), whenInWords(t, service, context.days))}
      ${fact(t('finder.card.cost'), cost.length > 1 ? html`${cost.map((line, i) => html`${i ? html`<br />` : nothing}${line}`)}` : cost[0]!)}
      ${fact(t('finder.card.delivery'), deliveryInWords(t, lang, service.deliveryModes))}
      ${fact(t('finder.card.access'), accessInWords(t, lang, service.access))}
    </dl>
  </li>`;
}
