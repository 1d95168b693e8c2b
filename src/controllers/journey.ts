/**
 * GOV.UK question pages inside one widget: the current step, a history for Back, errors for the error
 * summary, "Change" links that return to Check your answers, and focus management (the new step's heading,
 * or the error summary after a failed Continue). Emits hub-step-change and hub-validation-error.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { HubStepChangeEvent, HubValidationErrorEvent } from '../core/events.js';
import { ENGLISH, type Translate } from '../i18n/messages.js';
import { errorText, type ErrorItem } from '../partials/error-summary.js';

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };

export interface JourneyOptions<S extends string> {
  widget: string;
  /** Every step in order (for "step 2 of 7" in events). */
  steps: readonly S[];
  /**
   * The widget's translator (it follows the widget's language), for wording errors stored as keys each
   * time they are shown. Default English.
   */
  t?: Translate;
}

export class JourneyController<S extends string> implements ReactiveController {
  private readonly host: Host;
  private readonly options: JourneyOptions<S>;
  private history: S[] = [];
  step: S;
  /** What is wrong with the current step's answers: kept as keys (or functions), worded when shown. */
  errors: ErrorItem[] = [];
  /** Set by a "Change" link: Continue goes back to this step (usually Check your answers). */
  returnTo: S | null = null;

  constructor(host: Host, options: JourneyOptions<S>) {
    this.host = host;
    this.options = options;
    this.step = options.steps[0]!;
    host.addController(this);
  }

  hostConnected(): void {}

  get canGoBack(): boolean {
    return this.history.length > 0;
  }

  /** Moves to a step, remembering where we were for Back. */
  go(step: S, options: { returnTo?: S | null; replaceHistory?: boolean } = {}): void {
    if (options.replaceHistory) this.history = [];
    else if (step !== this.step) this.history.push(this.step);
    this.returnTo = options.returnTo === undefined ? this.returnTo : options.returnTo;
    this.show(step);
  }

  /** After a step's answers are accepted: to the step a "Change" link came from, else to `next`. */
  continueTo(next: S): void {
    const target = this.returnTo ?? next;
    this.returnTo = null;
    this.go(target);
  }

  back(): void {
    const previous = this.history.pop();
    if (previous === undefined) return;
    this.show(previous);
  }

  /** Starts again from the first step (after a confirmation, or "Exit this page"). */
  reset(): void {
    this.history = [];
    this.returnTo = null;
    this.errors = [];
    this.step = this.options.steps[0]!;
    this.host.requestUpdate();
  }

  private show(step: S): void {
    this.step = step;
    this.errors = [];
    this.host.requestUpdate();
    void this.focus('[data-step-heading]');
    this.host.dispatchEvent(
      new HubStepChangeEvent({
        widget: this.options.widget,
        step,
        index: this.options.steps.indexOf(step),
        total: this.options.steps.length,
      }),
    );
  }

  /** Shows the error summary and focuses it. `errors` is empty → clears them and returns true. */
  validate(errors: ErrorItem[]): boolean {
    this.errors = errors;
    this.host.requestUpdate();
    if (!errors.length) return true;
    void this.focus('[data-error-summary]');
    this.host.dispatchEvent(
      new HubValidationErrorEvent({ widget: this.options.widget, step: this.step, fields: errors.map((e) => e.fieldId) }),
    );
    return false;
  }

  /** The error for a field, in the widget's current language, for its inline message. */
  errorFor(fieldId: string): string | undefined {
    const error = this.errors.find((each) => each.fieldId === fieldId);
    return error && errorText(this.options.t ?? ENGLISH, error);
  }

  private async focus(selector: string): Promise<void> {
    await this.host.updateComplete;
    const target = this.host.renderRoot.querySelector<HTMLElement>(selector);
    target?.focus();
  }
}
