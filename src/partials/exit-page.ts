/**
 * "Exit this page" (the GOV.UK pattern for sensitive journeys): a button on every step, and pressing Shift
 * three times within a few seconds. What exiting does — clearing answers, telling the host page, replacing
 * the page — belongs to the widget; this file gives it the button, the keyboard shortcut and the overlay
 * that hides the form at once while the neutral page loads.
 */
import { css, html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Translate } from '../i18n/messages.js';

export interface ExitPageOptions {
  t: Translate;
  onExit: () => void;
  /** Shift presses so far (0 to 2): shown as dots beside the button, as GOV.UK does. */
  presses?: number;
  /** Show "Or press Shift 3 times to leave quickly" under the button. */
  showHint?: boolean;
}

/** The button. Put it first in the widget, on every step, so it is the first thing a keyboard reaches. */
export function exitPageButton(options: ExitPageOptions) {
  const presses = options.presses ?? 0;
  return html`<div class="hub-exit-this-page" part="exit-page">
    <button
      type="button"
      class="hub-button hub-button--warning hub-exit-this-page__button"
      part="exit-page-button"
      data-exit-page
      aria-describedby="${options.showHint ? 'hub-exit-this-page-hint' : nothing}"
      @click=${options.onExit}
    >
      ${options.t('common.exitPage')}
    </button>
    ${presses > 0
      ? html`<span class="hub-exit-this-page__indicator" aria-hidden="true" data-exit-indicator>
          ${[1, 2, 3].map(
            (n) => html`<span class="hub-exit-this-page__dot ${n <= presses ? 'hub-exit-this-page__dot--on' : ''}"></span>`,
          )}
        </span>`
      : nothing}
    ${options.showHint
      ? html`<p class="hub-exit-this-page__hint" id="hub-exit-this-page-hint">${options.t('common.exitPageHint')}</p>`
      : nothing}
  </div>`;
}

/** Covers the whole window while the neutral page loads, so nothing of the form stays on screen. */
export function exitPageOverlay(t: Translate) {
  return html`<div class="hub-exit-this-page__overlay" part="exit-page-overlay" data-exit-overlay>
    <p class="hub-exit-this-page__overlay-text">${t('common.loading')}</p>
  </div>`;
}

export interface ExitShortcutOptions {
  onExit: () => void;
  /** Called after each counted press with how many more are needed (for a screen-reader announcement). */
  onProgress?: (remaining: number) => void;
  /** Presses needed. Default 3. */
  presses?: number;
  /** The presses must come within this many milliseconds of each other. Default 5000 (as GOV.UK). */
  windowMs?: number;
}

/**
 * Counts presses of Shift on its own anywhere on the page (key events are composed, so presses inside any
 * shadow root count). Any other key, or Shift used with another key (typing a capital, Shift+Tab), starts
 * the count again, so ordinary typing never exits. A key held down counts once.
 */
export class ExitShortcutController implements ReactiveController {
  /** Presses counted so far. */
  presses = 0;
  private readonly host: ReactiveControllerHost;
  private readonly options: Required<Omit<ExitShortcutOptions, 'onProgress'>> & Pick<ExitShortcutOptions, 'onProgress'>;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(host: ReactiveControllerHost, options: ExitShortcutOptions) {
    this.host = host;
    this.options = { presses: 3, windowMs: 5000, ...options };
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('keydown', this.onKeyDown, true);
    document.addEventListener('keyup', this.onKeyUp, true);
  }

  hostDisconnected(): void {
    document.removeEventListener('keydown', this.onKeyDown, true);
    document.removeEventListener('keyup', this.onKeyUp, true);
    this.reset();
  }

  reset(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.presses !== 0) {
      this.presses = 0;
      this.host.requestUpdate();
    }
  }

  /** Whether another key went down since Shift did (Shift was used to type, not pressed on its own). */
  private combined = false;

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'Shift') {
      if (!event.repeat) this.combined = false;
      return;
    }
    this.combined = true;
    if (this.presses) this.reset();
  };

  // Counted when Shift is released, so Shift held for a capital or Shift+Tab never counts.
  private readonly onKeyUp = (event: KeyboardEvent): void => {
    if (event.key !== 'Shift') return;
    if (this.combined || event.altKey || event.ctrlKey || event.metaKey) {
      this.combined = false;
      return;
    }
    this.presses += 1;
    clearTimeout(this.timer);
    if (this.presses >= this.options.presses) {
      this.reset();
      this.options.onExit();
      return;
    }
    this.timer = setTimeout(() => this.reset(), this.options.windowMs);
    this.host.requestUpdate();
    this.options.onProgress?.(this.options.presses - this.presses);
  };
}

/** Styles for the button, its press indicator and the overlay. Add to the widget's `static styles`. */
export const exitPageStyles = css`
  .hub-exit-this-page {
    position: sticky;
    inset-block-start: 0;
    z-index: 10;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: flex-end;
    gap: 0.25em 0.75em;
    margin-block-end: 1em;
    padding-block: 0.5em;
    background: var(--hub-exit-background, transparent);
  }
  .hub-exit-this-page__button {
    margin: 0;
    font-weight: 700;
  }
  .hub-exit-this-page__indicator {
    display: inline-flex;
    gap: 0.3em;
  }
  .hub-exit-this-page__dot {
    inline-size: 0.6em;
    block-size: 0.6em;
    border: 2px solid var(--hub-text, #0b0c0c);
    border-radius: 50%;
  }
  .hub-exit-this-page__dot--on {
    background: var(--hub-text, #0b0c0c);
  }
  .hub-exit-this-page__hint {
    flex-basis: 100%;
    margin: 0;
    text-align: end;
    color: var(--hub-secondary-text, #505a5f);
  }
  .hub-exit-this-page__overlay {
    position: fixed;
    inset: 0;
    z-index: 2147483647;
    display: flex;
    align-items: center;
    justify-content: center;
    background: var(--hub-exit-overlay, #ffffff);
    color: var(--hub-text, #0b0c0c);
  }
  .hub-exit-this-page__overlay-text {
    margin: 0;
    font-size: 1.5em;
  }
`;
