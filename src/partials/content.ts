/** Content partials: summary list, warning text, panel, inset text, details, notification banner. */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Translate } from '../i18n/messages.js';

type Content = string | TemplateResult;

export interface SummaryRow {
  key: string;
  value: Content;
  /** "Change" link for check-your-answers pages. */
  change?: { onClick: () => void; visuallyHiddenText?: string; text?: string; id?: string };
}

export function summaryList(t: Translate, rows: readonly SummaryRow[]) {
  return html`<dl class="hub-summary-list">
    ${rows.map(
      (row) => html`<div class="hub-summary-list__row">
        <dt class="hub-summary-list__key">${row.key}</dt>
        <dd class="hub-summary-list__value">${row.value}</dd>
        ${row.change
          ? html`<dd class="hub-summary-list__actions">
              <button type="button" class="hub-link" id=${ifDefined(row.change.id)} @click=${row.change.onClick}>
                ${row.change.text ?? t('common.change')}<span class="hub-visually-hidden">
                  ${row.change.visuallyHiddenText ?? row.key.toLowerCase()}</span
                >
              </button>
            </dd>`
          : nothing}
      </div>`,
    )}
  </dl>`;
}

export function warningText(t: Translate, content: Content) {
  return html`<div class="hub-warning-text">
    <span class="hub-warning-text__icon" aria-hidden="true">!</span>
    <strong class="hub-warning-text__text"><span class="hub-visually-hidden">${t('common.warning')}</span> ${content}</strong>
  </div>`;
}

/** Confirmation panel. The title is the page heading and is focused when the confirmation shows. */
export function panel(title: string, body?: Content) {
  return html`<div class="hub-panel" part="panel">
    <h2 class="hub-panel__title" tabindex="-1" data-step-heading>${title}</h2>
    ${body ? html`<div class="hub-panel__body">${body}</div>` : nothing}
  </div>`;
}

export function insetText(content: Content) {
  return html`<div class="hub-inset">${content}</div>`;
}

export function details(summary: string, content: Content) {
  return html`<details class="hub-details">
    <summary class="hub-details__summary">${summary}</summary>
    <div class="hub-details__text">${content}</div>
  </details>`;
}

export function notificationBanner(title: string, content: Content, options: { success?: boolean } = {}) {
  return html`<div
    class="hub-notification ${options.success ? 'hub-notification--success' : ''}"
    role="${options.success ? 'alert' : 'region'}"
    aria-labelledby="notification-title"
  >
    <h2 class="hub-notification__title" id="notification-title">${title}</h2>
    <div class="hub-notification__content">${content}</div>
  </div>`;
}

/** A polite live region. Keep it rendered all the time and change its text to announce something. */
export function liveRegion(text: string) {
  return html`<div class="hub-visually-hidden" role="status" aria-live="polite" aria-atomic="true">${text}</div>`;
}
