import { html, nothing } from 'lit';
import type { Translate } from '../i18n/messages.js';

export interface ErrorItem {
  /** The id of the control to focus (the first radio, the first wrong date box…). */
  fieldId: string;
  text: string;
}

/**
 * Moves focus to a field from an error summary link. Fragment links cannot reach into a shadow root, so
 * the link's click is handled here: focus the control and scroll its label or legend into view.
 */
function focusField(event: Event, fieldId: string): void {
  const root = (event.currentTarget as Element).getRootNode() as ShadowRoot | Document;
  const field = root.getElementById(fieldId) as HTMLElement | null;
  if (!field) return;
  event.preventDefault();
  const legend = field.closest('fieldset')?.querySelector('legend');
  const fieldLabel = root.querySelector(`label[for="${CSS.escape(fieldId)}"]`);
  (legend ?? fieldLabel ?? field).scrollIntoView({ block: 'start' });
  field.focus({ preventScroll: true });
}

/**
 * GOV.UK error summary. The widget focuses it after each failed submit (it has tabindex="-1"); its inner
 * role="alert" makes screen readers read it.
 */
export function errorSummary(t: Translate, errors: readonly ErrorItem[], title?: string) {
  if (!errors.length) return nothing;
  return html`<div class="hub-error-summary" tabindex="-1" data-error-summary aria-labelledby="error-summary-title">
    <div role="alert">
      <h2 class="hub-error-summary__title" id="error-summary-title">${title ?? t('common.errorSummaryTitle')}</h2>
      <ul class="hub-error-summary__list">
        ${errors.map(
          (error) =>
            html`<li><a href="#${error.fieldId}" @click=${(event: Event) => focusField(event, error.fieldId)}>${error.text}</a></li>`,
        )}
      </ul>
    </div>
  </div>`;
}
