/**
 * <hub-self-referral>: the element. It holds the answers and the journey, wires validation, sends the
 * request and runs "Exit this page". Each step's page is a template function in its own module
 * (start-step, about-you-step, children-step, help-step, more-step, contact-step, consent-step,
 * check-answers, confirmation; shared pieces in referral-page); validation is in referral-validation.
 */
import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type TemplateResult } from 'lit';
import { supports } from '../../core/adapter.js';
import { DEFAULT_CONFIG } from '../../core/config.js';
import { toAdapterError, type AdapterError } from '../../core/errors.js';
import { HubExitEvent, HubReadyEvent, HubReferralSubmittedEvent, type HubActionEvent } from '../../core/events.js';
import { safeWebUrl } from '../../core/links.js';
import type { Category, Service } from '../../core/model.js';
import { toLondonIso } from '../../core/time.js';
import { JourneyController } from '../../controllers/journey.js';
import { referral as referralWords } from '../../i18n/en-gb/referral.js';
import { addLanguagePack, DEFAULT_LOCALE } from '../../i18n/messages.js';
import { errorSummary } from '../../partials/error-summary.js';
import { backLink } from '../../partials/navigation.js';
import { ExitShortcutController, exitPageButton, exitPageOverlay, exitPageStyles } from '../../partials/exit-page.js';
import { baseStyles } from '../../styles/base.styles.js';
import { formStyles } from '../../styles/form.styles.js';
import { HubElement } from '../base/hub-element.js';
import { aboutYouStep } from './about-you-step.js';
import { checkAnswers } from './check-answers.js';
import { childrenStep } from './children-step.js';
import { confirmation } from './confirmation.js';
import { consentStep } from './consent-step.js';
import { contactStep } from './contact-step.js';
import { helpStep, type CategoriesState } from './help-step.js';
import { moreStep } from './more-step.js';
import { categoryName, offeredCategories, serviceTicks } from './referral-categories.js';
import { MAX_CHILDREN, emptyChild, emptyDraft, type ChildDraft, type ConsentPurpose, type ReferralDraft } from './referral-draft.js';
import { NEXT_STEP, REFERRAL_STEPS, serviceNote, type PageContext, type QuestionContext, type ReferralStep } from './referral-page.js';
import {
  buildReferral,
  childField,
  validateAboutYou,
  validateChildren,
  validateConsent,
  validateContact,
  validateHelp,
  validateMore,
  type FormError,
} from './referral-validation.js';
import { selfReferralStyles } from './self-referral.styles.js';
import { startStep } from './start-step.js';
import { attemptFor, type SubmitAttempt } from './submit-attempt.js';

// The self-referral form's own English (the words every widget shares are already registered).
addLanguagePack(DEFAULT_LOCALE, referralWords);

/** Every step, in order. Names appear in `hub-step-change` events. */
export { REFERRAL_STEPS, type ReferralStep };

const listConverter = {
  fromAttribute: (value: string | null) =>
    value
      ? value
          .split(',')
          .map((part) => part.trim())
          .filter(Boolean)
      : undefined,
};

/**
 * @summary A parent or carer asks the family hub for support: a GOV.UK question-page journey with a
 * safeguarding notice, safe-contact questions, separate recorded consents, check your answers and a
 * reference number. "Exit this page" on every step.
 * @tag hub-self-referral
 *
 * @attr adapter - The name of a registered adapter (e.g. `demo`); as a property, a `HubAdapter` object.
 * @attr api-base - The project's HTTP API base URL (when no adapter is named).
 * @attr src - An Open Referral UK feed, used for the categories and the service when combined with `api-base`.
 * @attr service-id - The service the family is asking about: its categories are ticked for them.
 * @attr categories - Comma-separated category ids to offer, in order. Default: the adapter's top-level categories.
 * @attr hub-name - The hub's name in sentences, e.g. "Brackenford Family Hubs".
 * @attr hub-phone - The hub's phone number, offered wherever a family could get stuck.
 * @attr hub-phone-hours - When the phone is answered.
 * @attr childrens-services-phone - Children's services number for worries about a child's safety (start page).
 * @attr privacy-url - The privacy notice, linked from the consent step.
 * @attr privacy-version - The privacy notice's version, recorded with every consent.
 * @attr response-days - How many working days the hub takes to reply (start page and confirmation).
 * @attr exit-url - The neutral page "Exit this page" replaces this one with. Default: BBC Weather.
 * @attr require-postcode - Makes the postcode question required.
 * @attr ignore-actions - Do not take "Ask for support" actions from a `<hub-service-finder>` on the page.
 *
 * @fires hub-ready - The widget has its adapter. `detail: { widget }`.
 * @fires hub-step-change - The journey moved to another step. `detail: { widget, step, index, total }`.
 * @fires hub-validation-error - Continue found problems. `detail: { widget, step, fields }` (field ids only).
 * @fires hub-referral-submitted - The request was sent. `detail: { reference }` only.
 * @fires hub-error - The backend failed. `detail: { widget, code }`.
 * @fires hub-exit - The family used Exit this page. `detail: { widget }`. The page is then replaced.
 *
 * @csspart base - The widget's wrapper.
 * @csspart exit-page - The Exit this page bar (sticky at the top).
 * @csspart exit-page-button - The Exit this page button.
 * @csspart exit-page-overlay - What covers the window while the neutral page loads.
 * @csspart button - Continue, Start now and Send request.
 * @csspart back-link - The Back link.
 * @csspart panel - The confirmation panel.
 * @csspart problem - Problem and configuration states.
 *
 * @cssprop [--hub-font-size=max(1rem, 16px)] - Base text size; everything scales from it.
 * @cssprop [--hub-text=#0b0c0c] - Text colour.
 * @cssprop [--hub-link=#1d70b8] - Link colour.
 * @cssprop [--hub-focus=#ffdd00] - Focus highlight.
 * @cssprop [--hub-error=#d4351c] - Errors, and the Exit this page button.
 * @cssprop [--hub-button=#00703c] - Primary buttons.
 * @cssprop [--hub-panel=#00703c] - Confirmation panel.
 * @cssprop [--hub-exit-background=transparent] - Behind the sticky Exit this page bar.
 * @cssprop [--hub-exit-overlay=#ffffff] - The overlay shown while leaving.
 */
export class HubSelfReferral extends HubElement {
  static override styles = [...baseStyles, formStyles, exitPageStyles, selfReferralStyles];

  static override properties = {
    serviceId: { attribute: 'service-id' },
    categories: { converter: listConverter },
    responseDays: { attribute: 'response-days', type: Number },
    requirePostcode: { attribute: 'require-postcode', type: Boolean },
    ignoreActions: { attribute: 'ignore-actions', type: Boolean },
    draft: { state: true },
    submitting: { state: true },
    submitError: { state: true },
    reference: { state: true },
    exiting: { state: true },
  };

  /** The service the family is asking about (from the attribute or a finder's "Ask for support"). */
  declare serviceId: string | undefined;
  /** Category ids to offer; default the adapter's top-level categories. */
  declare categories: string[] | undefined;
  /** Working days the hub takes to reply. */
  declare responseDays: number | undefined;
  declare requirePostcode: boolean;
  declare ignoreActions: boolean;

  protected declare draft: ReferralDraft;
  protected declare submitting: boolean;
  protected declare submitError: AdapterError | undefined;
  protected declare reference: string | undefined;
  protected declare exiting: boolean;

  protected readonly widgetName = 'self-referral';
  protected readonly journey = new JourneyController<ReferralStep>(this, { widget: this.widgetName, steps: REFERRAL_STEPS, t: this.t });
  protected readonly exitShortcut = new ExitShortcutController(this, {
    onExit: () => this.exitPage(),
    onProgress: (remaining) => this.announce(this.t('referral.exit.pressMore', { count: remaining })),
  });

  private attempt: SubmitAttempt | undefined;
  private submitAbort: AbortController | undefined;
  private readyAnnounced = false;
  /** The service whose categories have been ticked, so unticking one is not undone. */
  private prefilledFor: string | undefined;
  /** A service's categories that are not in the offered list, shown so the family sees what was ticked. */
  private extraCategories: Category[] = [];
  /** Set when a finder handed a service over (not from the attribute): cleared on exit. */
  private handedOverService = false;

  private readonly categoriesTask = new Task(this, {
    task: async ([adapter], { signal }) => {
      if (!adapter || !supports(adapter, 'listCategories')) return null;
      return adapter.listCategories({ signal });
    },
    args: () => [this.hubAdapter] as const,
  });

  private readonly serviceTask = new Task(this, {
    task: async ([adapter, serviceId], { signal }): Promise<Service | null> => {
      if (!adapter || !serviceId || !supports(adapter, 'getService')) return null;
      try {
        return await adapter.getService(serviceId, { signal });
      } catch (error) {
        // Knowing the service is a nicety: without it the family still asks, and the id is still sent.
        if (toAdapterError(error).code === 'aborted') throw error;
        return null;
      }
    },
    args: () => [this.hubAdapter, this.serviceId] as const,
  });

  constructor() {
    super();
    this.requirePostcode = false;
    this.ignoreActions = false;
    this.draft = emptyDraft();
    this.submitting = false;
    this.exiting = false;
  }

  // ------------------------------------------------------------------------------------------------
  // Lifecycle

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hub-action', this.onHubAction);
    window.addEventListener('pageshow', this.onPageShow);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hub-action', this.onHubAction);
    window.removeEventListener('pageshow', this.onPageShow);
  }

  protected override willUpdate(): void {
    super.willUpdate();
    this.prefillFromService();
  }

  protected override updated(): void {
    if (!this.readyAnnounced && this.hubAdapter) {
      this.readyAnnounced = true;
      this.emit(new HubReadyEvent({ widget: this.widgetName }));
    }
  }

  // ------------------------------------------------------------------------------------------------
  // Seams for tests and subclasses

  /** Replaces the page so Back does not return to it. Tests override this to stay on the test page. */
  protected navigate(url: string): void {
    window.location.replace(url);
  }

  /** The current time (consents, due-date checks). */
  protected now(): Date {
    return new Date();
  }

  // ------------------------------------------------------------------------------------------------
  // Render

  protected override render() {
    if (this.exiting) return exitPageOverlay(this.t);
    const adapter = this.hubAdapter;
    if (!adapter) return html`${this.renderConfigurationError()}${this.renderAnnouncer()}`;
    const step = this.journey.step;
    return html`<div class="hub-self-referral" part="base">
      ${exitPageButton({ t: this.t, onExit: () => this.exitPage(), presses: this.exitShortcut.presses })}
      ${this.journey.canGoBack && step !== 'confirmation' ? backLink(this.t, () => this.journey.back()) : nothing}
      ${errorSummary(
        this.t,
        this.journey.errors,
      )}
      <form novalidate @submit=${this.onSubmit}>${this.renderStep(step)}</form>
      ${this.renderAnnouncer()}
    </div>`;
  }

  /** Each step is a template function in its own module: the element hands it the answers and callbacks. */
  private renderStep(step: ReferralStep): TemplateResult {
    const page = this.pageContext();
    switch (step) {
      case 'start':
        return startStep({
          ...page,
          responseDays: this.responseDays,
          childrenServicesPhone: this.config.childrenServicesPhone,
          canSubmit: supports(this.hubAdapter!, 'submitSelfReferral'),
        });
      case 'about-you':
        return aboutYouStep({ ...this.questionContext(page), requirePostcode: this.requirePostcode });
      case 'children':
        return childrenStep({
          ...this.questionContext(page),
          now: this.now(),
          onAddChild: () => this.addChild(),
          onUpdateChild: (key, patch) => this.updateChild(key, patch),
          onRemoveChild: (key, n) => this.removeChildEntry(key, n),
        });
      case 'help':
        return helpStep({ ...this.questionContext(page), categoriesState: this.categoriesState, categories: this.categoryItems });
      case 'more':
        return moreStep(this.questionContext(page));
      case 'contact':
        return contactStep(this.questionContext(page));
      case 'consent':
        return consentStep({
          ...this.questionContext(page),
          privacyUrl: this.config.privacyUrl,
          noticeVersion: this.noticeVersion,
          phone: this.config.phone,
          onConsent: (purpose, given) => this.setConsent(purpose, given),
        });
      case 'check':
        return checkAnswers({
          ...page,
          draft: this.draft,
          categoryName: (id) => categoryName(id, this.categoryItems, this.categoriesTask.value ?? undefined),
          submitting: this.submitting,
          submitError: this.submitError,
          onChange: (section) => this.journey.go(section, { returnTo: 'check' }),
          onRetry: () => void this.send(),
        });
      case 'confirmation':
        return confirmation({ ...page, reference: this.reference, responseDays: this.responseDays });
    }
  }

  /** What every page needs. */
  private pageContext(): PageContext {
    return {
      t: this.t,
      lang: this.localize.lang,
      hubName: this.hubNameText,
      callUs: this.renderCallUs(),
      serviceNote: serviceNote(this.t, this.serviceTask.value, this.serviceId),
    };
  }

  /** What a question page needs: the answers, their errors, and a way to change them. */
  private questionContext(page: PageContext): QuestionContext {
    return {
      ...page,
      draft: this.draft,
      errorFor: (fieldId) => this.journey.errorFor(fieldId),
      onAnswer: (key, value) => this.set(key, value),
    };
  }

  // ------------------------------------------------------------------------------------------------
  // Answers

  private set<K extends keyof ReferralDraft>(key: K, value: ReferralDraft[K]): void {
    this.draft = { ...this.draft, [key]: value };
  }

  private updateChild(key: number, patch: Partial<ChildDraft>): void {
    this.set(
      'children',
      this.draft.children.map((child) => (child.key === key ? { ...child, ...patch } : child)),
    );
  }

  private addChild(): void {
    if (this.draft.children.length >= MAX_CHILDREN) return;
    const child = emptyChild();
    this.set('children', [...this.draft.children, child]);
    this.announce(this.t('referral.children.added', { n: this.draft.children.length }));
    void this.focusAfterUpdate(`#${childField(child.key, 'name')}`);
  }

  private removeChildEntry(key: number, n: number): void {
    if (this.draft.children.length <= 1) return;
    this.set(
      'children',
      this.draft.children.filter((child) => child.key !== key),
    );
    this.journey.errors = this.journey.errors.filter((error) => !error.fieldId.startsWith(`child-${key}-`));
    this.announce(this.t('referral.children.removed', { n }));
    void this.focusAfterUpdate('[data-step-heading]');
  }

  private setConsent(purpose: ConsentPurpose, given: boolean): void {
    this.set('consents', { ...this.draft.consents, [purpose]: { given, at: toLondonIso(this.now()) } });
  }

  private get noticeVersion(): string {
    return this.config.privacyVersion;
  }

  /** The categories offered: those named by the attribute, else the adapter's top level; plus the service's. */
  private get categoryItems(): Category[] {
    return offeredCategories(this.categoriesTask.value ?? [], this.categories, this.extraCategories);
  }

  private get categoriesState(): CategoriesState {
    const status = this.categoriesTask.status;
    if (status === TaskStatus.PENDING || status === TaskStatus.INITIAL) return 'loading';
    return status === TaskStatus.ERROR ? 'unavailable' : 'ready';
  }

  /** Ticks the chosen service's categories once (mapped to the offered list where they are sub-categories). */
  private prefillFromService(): void {
    const serviceId = this.serviceId;
    if (!serviceId || this.prefilledFor === serviceId) return;
    const service = this.serviceTask.value;
    if (this.serviceTask.status !== TaskStatus.COMPLETE || !service || service.id !== serviceId) return;
    if (this.categoriesState === 'loading') return;
    this.prefilledFor = serviceId;
    const { ids, extras } = serviceTicks(service.categories, this.categoryItems, Boolean(this.categories?.length));
    this.extraCategories = [...this.extraCategories, ...extras];
    this.draft = { ...this.draft, categoryIds: [...new Set([...this.draft.categoryIds, ...ids])] };
  }

  // ------------------------------------------------------------------------------------------------
  // Steps

  private readonly onSubmit = (event: Event): void => {
    event.preventDefault();
    const step = this.journey.step;
    if (step === 'check') {
      void this.send();
      return;
    }
    if (step === 'confirmation') return;
    const errors = this.validateStep(step);
    // Kept as keys, so the messages follow a change of language while they are on the page.
    if (!this.journey.validate(errors)) return;
    if (step === 'consent') this.stampConsents();
    const next = NEXT_STEP[step];
    if (next) this.journey.continueTo(next);
  };

  /** A choice left unticked is recorded as made when the family continued past the consent page. */
  private stampConsents(): void {
    const at = toLondonIso(this.now());
    const consents = { ...this.draft.consents };
    for (const purpose of Object.keys(consents) as ConsentPurpose[]) {
      if (!consents[purpose].at) consents[purpose] = { ...consents[purpose], at };
    }
    this.set('consents', consents);
  }

  private validateStep(step: ReferralStep): FormError[] {
    const draft = this.draft;
    const result = (() => {
      switch (step) {
        case 'about-you':
          return validateAboutYou(draft, { requirePostcode: this.requirePostcode });
        case 'children':
          return validateChildren(draft.children, this.now(), this.localize.lang);
        case 'help':
          return validateHelp(draft, { firstFieldId: this.helpFieldId });
        case 'more':
          return validateMore(draft);
        case 'contact':
          return validateContact(draft);
        case 'consent':
          return validateConsent(draft);
        default:
          return { ok: true as const, value: null };
      }
    })();
    return result.ok ? [] : result.errors;
  }

  /** The first control on the help step, for "select or tell us": the first category, else the text box. */
  private get helpFieldId(): string {
    return this.categoriesTask.status === TaskStatus.COMPLETE && this.categoryItems.length ? 'categories' : 'story';
  }

  // ------------------------------------------------------------------------------------------------
  // Sending

  /** Sends the request. One idempotency key per attempt: a retry or a second click reuses it. */
  protected async send(): Promise<void> {
    if (this.submitting) return;
    const adapter = this.hubAdapter;
    if (!adapter) return;
    const now = this.now();
    const built = buildReferral(this.draft, {
      requirePostcode: this.requirePostcode,
      serviceId: this.serviceId,
      noticeVersion: this.noticeVersion,
      helpFieldId: this.helpFieldId,
      now,
      nowIso: toLondonIso(now),
      locale: this.localize.lang,
    });
    if (!built.ok) {
      // An answer went stale (e.g. a due month now in the past): take the family to it.
      this.journey.go(built.step, { returnTo: 'check' });
      if (built.errors.length) {
        await this.updateComplete;
        this.journey.validate(built.errors);
      }
      return;
    }
    // A retry sends exactly what the first attempt sent, so the backend recognises it by its key.
    this.attempt = attemptFor(this.attempt, built.value);
    const { key, request } = this.attempt;

    this.submitting = true;
    this.submitError = undefined;
    this.announce(this.t('referral.check.sending'));
    const abort = new AbortController();
    this.submitAbort = abort;
    try {
      const receipt = await adapter.submitSelfReferral(request, { idempotencyKey: key, signal: abort.signal });
      if (abort.signal.aborted) return;
      this.succeed(receipt.reference);
    } catch (error) {
      if (abort.signal.aborted) return;
      const adapterError = this.reportError(error);
      // The backend saw this key with other answers: the next attempt is a new one.
      if (adapterError.code === 'conflict' && adapterError.reason === 'idempotency-key-reused') this.attempt = undefined;
      this.submitError = adapterError;
      this.submitting = false;
      void this.focusAfterUpdate('[data-submit-problem]');
    } finally {
      if (this.submitAbort === abort) this.submitAbort = undefined;
    }
  }

  private succeed(reference: string): void {
    // Nothing personal stays on screen or in memory once the request is safely sent.
    this.draft = emptyDraft();
    this.attempt = undefined;
    this.submitting = false;
    this.submitError = undefined;
    this.reference = reference;
    this.journey.go('confirmation', { replaceHistory: true, returnTo: null });
    this.emit(new HubReferralSubmittedEvent({ reference }));
    this.announce(this.t('referral.confirm.announce', { reference }));
  }

  // ------------------------------------------------------------------------------------------------
  // Exit this page, and hand-over from a finder

  /** Clears every answer, tells the host page, and replaces the page with the neutral one. */
  exitPage(): void {
    if (this.exiting) return;
    this.exiting = true;
    this.submitAbort?.abort();
    this.submitAbort = undefined;
    this.clearAnswers();
    this.emit(new HubExitEvent({ widget: this.widgetName }));
    this.navigate(safeWebUrl(this.config.exitUrl) ?? DEFAULT_CONFIG.exitUrl);
  }

  private clearAnswers(): void {
    this.draft = emptyDraft();
    this.attempt = undefined;
    this.submitting = false;
    this.submitError = undefined;
    this.reference = undefined;
    this.extraCategories = [];
    this.prefilledFor = undefined;
    this.announcement = '';
    this.exitShortcut.reset();
    // Which service a family was asking about can itself be sensitive (e.g. domestic abuse support).
    if (this.handedOverService) {
      this.serviceId = this.getAttribute('service-id') ?? undefined;
      this.handedOverService = false;
    }
    this.journey.reset();
  }

  private readonly onPageShow = (event: PageTransitionEvent): void => {
    // Restored from the back-forward cache after leaving: start clean rather than on the overlay.
    if (event.persisted && this.exiting) {
      this.clearAnswers();
      this.exiting = false;
    }
  };

  private readonly onHubAction = (event: HubActionEvent): void => {
    if (this.ignoreActions || event.defaultPrevented || event.detail?.action !== 'refer' || this.exiting) return;
    if (!this.hubAdapter) return;
    event.preventDefault();
    this.startFromService(event.detail.serviceId);
  };

  /** Switches to a service chosen in a finder: its categories are ticked, and focus comes here. */
  startFromService(serviceId: string): void {
    if (this.journey.step === 'confirmation') {
      this.reference = undefined;
      this.journey.reset();
    }
    if (serviceId !== this.serviceId) {
      this.serviceId = serviceId;
      this.handedOverService = true;
      this.prefilledFor = undefined;
    }
    this.scrollIntoView({ block: 'start' });
    void this.focusAfterUpdate('[data-step-heading]');
  }
}
