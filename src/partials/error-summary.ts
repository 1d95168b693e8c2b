import { html, nothing } from 'lit';
import type { MessageKey, Translate } from '../i18n/messages.js';

/**
 * A parameter of an error message: a value, or words that are themselves translated each time the error
 * is shown (the name of a question, a distance in words).
 */
export type ErrorParam = string | number | ((t: Translate) => string);

/**
 * A problem with one answer. Store what the problem is (a catalogue key and its parameters, or a function
 * of the translator), not its words: it is then worded in the widget's language each time it is shown, so
 * errors on the page follow a change of `lang` at once.
 */
export type ErrorItem =
  | {
      /** The id of the control to focus (the first radio, the first wrong date box…). */
      fieldId: string;
      key: MessageKey;
      params?: Readonly<Record<string, ErrorParam>>;
    }
  | {
      fieldId: string;
      /** Words built by a function of the current translator. */
      message: (t: Translate) => string;
    }
  | {
      fieldId: string;
      /** Words already translated: they stay in the language they were made in until the error is made again. */
      text: string;
    };

/** An error's words in the language `t` speaks. */
export function errorText(t: Translate, error: ErrorItem): string {
  if ('key' in error) {
    const params: Record<string, string | number> = {};
    for (const [name, value] of Object.entries(error.params ?? {})) params[name] = typeof value === 'function' ? value(t) : value;
    return t(error.key, params);
  }
  if ('message' in error) return error.message(t);
  return error.text;
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
            html`<li><a href="#${error.fieldId}" @click=${(event: Event) => focusField(event, error.fieldId)}>${errorText(t, error)}</a></li>`,
        )}
      </ul>
    </div>
  </div>`;
}
