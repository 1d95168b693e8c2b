/** Navigation partials: button, back link, pagination. */
import { html, nothing } from 'lit';
import type { Translate } from '../i18n/messages.js';

export interface ButtonOptions {
  text: string;
  type?: 'submit' | 'button';
  variant?: 'primary' | 'secondary' | 'warning';
  /** While a write is in flight: the button stays focusable but does nothing (no double submit). */
  busy?: boolean;
  onClick?: (event: Event) => void;
  part?: string;
}

export function button(options: ButtonOptions) {
  const variant = options.variant && options.variant !== 'primary' ? `hub-button--${options.variant}` : '';
  return html`<button
    type="${options.type ?? 'button'}"
    class="hub-button ${variant}"
    part="${options.part ?? 'button'}"
    aria-disabled="${options.busy ? 'true' : 'false'}"
    @click=${(event: Event) => {
      if (options.busy) {
        event.preventDefault();
        return;
      }
      options.onClick?.(event);
    }}
  >
    ${options.text}
  </button>`;
}

export function backLink(t: Translate, onClick: () => void, text?: string) {
  // No white space inside: it would be an underlined gap between the chevron and the words.
  return html`<button type="button" class="hub-link hub-back-link" part="back-link" @click=${onClick}>${text ?? t('common.back')}</button>`;
}

/** Page numbers to show: first, last, current and its neighbours, with null for a gap. */
export function pageWindow(page: number, totalPages: number): (number | null)[] {
  const wanted = new Set([1, totalPages, page - 1, page, page + 1].filter((p) => p >= 1 && p <= totalPages));
  const sorted = [...wanted].sort((a, b) => a - b);
  const result: (number | null)[] = [];
  sorted.forEach((p, i) => {
    if (i > 0 && p - sorted[i - 1]! > 1) result.push(null);
    result.push(p);
  });
  return result;
}

export function pagination(t: Translate, page: number, totalPages: number, onPage: (page: number) => void) {
  if (totalPages <= 1) return nothing;
  return html`<nav class="hub-pagination" aria-label="${t('common.pagination.label')}" part="pagination">
    ${page > 1
      ? html`<button type="button" class="hub-link" @click=${() => onPage(page - 1)}>
          ${t('common.pagination.previous')}<span class="hub-visually-hidden"> ${t('common.pagination.pageOf', {
            page: page - 1,
            total: totalPages,
          })}</span>
        </button>`
      : nothing}
    <ul class="hub-pagination__list">
      ${pageWindow(page, totalPages).map((p) =>
        p === null
          ? html`<li class="hub-pagination__item" aria-hidden="true"><span>…</span></li>`
          : p === page
            ? html`<li class="hub-pagination__item hub-pagination__item--current">
                <span aria-current="page"><span class="hub-visually-hidden">${t('common.pagination.current', { page: p })}</span><span aria-hidden="true">${p}</span></span>
              </li>`
            : html`<li class="hub-pagination__item">
                <button type="button" class="hub-link" aria-label="${t('common.pagination.page', { page: p })}" @click=${() => onPage(p)}>
                  ${p}
                </button>
              </li>`,
      )}
    </ul>
    ${page < totalPages
      ? html`<button type="button" class="hub-link" @click=${() => onPage(page + 1)}>
          ${t('common.pagination.next')}<span class="hub-visually-hidden"> ${t('common.pagination.pageOf', {
            page: page + 1,
            total: totalPages,
          })}</span>
        </button>`
      : nothing}
  </nav>`;
}
