/**
 * The finder's results column: the count and "Showing 1 to 10 of 24", the filters in use, one card per
 * service and the page links; or, with no results, what to try next and the hub's phone number; or the
 * problem state when the search failed. Also the words a screen reader hears when results arrive.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Page, ServiceSummary } from '../../core/model.js';
import type { Translate } from '../../i18n/messages.js';
import { pagination } from '../../partials/navigation.js';
import { activeFilterChips, type ChipsContext } from './active-filters.js';
import { serviceCard, type CardContext } from './service-card.js';

export interface ResultsContext extends ChipsContext {
  results: Page<ServiceSummary> | null;
  /** A search is under way (the results shown are the previous ones). */
  searching: boolean;
  /** The problem state when the last search failed, else null. */
  problem: TemplateResult | null;
  /** The results are sorted from the family's postcode. */
  nearestFirst: boolean;
  /** Words were searched for (with no results, the family is asked to try others). */
  hasText: boolean;
  /** "You can call … on …", or nothing when no phone is configured. */
  callUs: () => TemplateResult | typeof nothing;
  card: CardContext;
  onPage: (page: number) => void;
}

/** "Showing 11 to 20 of 24". */
export function showingText(t: Translate, result: Page<ServiceSummary>): string {
  const from = (result.page - 1) * result.perPage + 1;
  return t('finder.results.showing', { from, to: from + result.items.length - 1, total: result.totalItems });
}

/** What the live region says when results arrive: the count, and which ones when there are pages. */
export function resultsAnnouncement(t: Translate, result: Page<ServiceSummary>): string {
  if (!result.totalItems) return t('finder.results.none');
  const count = t('finder.results.count', { count: result.totalItems });
  if (result.totalPages <= 1) return count;
  return `${count}. ${showingText(t, result)}`;
}

function noResults(context: ResultsContext) {
  const { t } = context;
  return html`<div class="finder-none">
    <h2 class="hub-heading-m" tabindex="-1" data-results-heading>${t('finder.results.none')}</h2>
    ${context.searching ? html`<p class="hub-body finder-updating">${t('finder.results.updating')}</p>` : nothing}
    <p class="hub-body">${t('finder.none.body')}</p>
    ${context.active.length ? html`<p class="hub-body">${t('finder.none.tryRemoving')}</p>` : nothing}
    ${activeFilterChips(context)}
    ${context.hasText ? html`<p class="hub-body">${t('finder.none.tryText')}</p>` : nothing}
    <p class="hub-body">${t('finder.none.help')}</p>
    ${context.callUs()}
  </div>`;
}

export function resultsList(context: ResultsContext) {
  const { t, results: result } = context;
  if (context.problem) return html`${context.problem} ${activeFilterChips(context)}`;
  if (!result) return html`<p class="hub-body" data-results-loading>${t('finder.results.loading')}</p>`;
  if (!result.totalItems) return noResults(context);
  return html`<h2 class="hub-heading-m" tabindex="-1" data-results-heading>${t('finder.results.count', { count: result.totalItems })}</h2>
    <p class="hub-body finder-results__summary">
      <span>${showingText(t, result)}</span>
      ${context.nearestFirst ? html`<span>${t('finder.results.nearestFirst')}</span>` : nothing}
      ${context.searching ? html`<span class="finder-updating">${t('finder.results.updating')}</span>` : nothing}
    </p>
    ${activeFilterChips(context)}
    <ul class="finder-list">
      ${result.items.map((item) => serviceCard(context.card, item))}
    </ul>
    ${pagination(t, result.page, result.totalPages, context.onPage)}`;
}
