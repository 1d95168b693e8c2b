import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { newIdempotencyKey, supports } from '../../core/adapter.js';
import { DEFAULT_CONFIG } from '../../core/config.js';
import { toAdapterError, type AdapterError } from '../../core/errors.js';
import { HubExitEvent, HubReadyEvent, HubReferralSubmittedEvent, type HubActionEvent } from '../../core/events.js';
import { normalisePostcode } from '../../core/geo.js';
import { safeWebUrl, telHref } from '../../core/links.js';
import { RELATIONSHIPS, type Category, type SelfReferral, type Service } from '../../core/model.js';
import { toLondonIso } from '../../core/time.js';
import { JourneyController } from '../../controllers/journey.js';
import { referral as referralWords } from '../../i18n/en-gb/referral.js';
import { formatMonthYear } from '../../i18n/format.js';
import { addLanguagePack, DEFAULT_LOCALE, type MessageKey } from '../../i18n/messages.js';
import { withSlots } from '../../i18n/slots.js';
import { checkboxes } from '../../partials/checkboxes.js';
import { insetText, panel, summaryList, warningText, type SummaryRow } from '../../partials/content.js';
import { dateInput } from '../../partials/date-input.js';
import { errorSummary } from '../../partials/error-summary.js';
import { textarea, textInput } from '../../partials/field.js';
import { fieldset } from '../../partials/fieldset.js';
import { backLink, button } from '../../partials/navigation.js';
import { radios } from '../../partials/radios.js';
import { ExitShortcutController, exitPageButton, exitPageOverlay, exitPageStyles } from '../../partials/exit-page.js';
import { baseStyles } from '../../styles/base.styles.js';
import { formStyles } from '../../styles/form.styles.js';
import { HubElement } from '../base/hub-element.js';
import {
  MAX_CHILDREN,
  emptyChild,
  emptyDraft,
  type ChildDraft,
  type ConsentPurpose,
  type ContactMethod,
  type ReferralDraft,
} from './referral-draft.js';
import {
  LIMITS,
  buildReferral,
  childField,
  consentField,
  dueExample,
  parseMonth,
  plainDigits,
  stepForPath,
  validateAboutYou,
  validateChildren,
  validateConsent,
  validateContact,
  validateHelp,
  validateMore,
  type FormError,
  type StepName,
} from './referral-validation.js';
import { selfReferralStyles } from './self-referral.styles.js';

// The self-referral form's own English (the words every widget shares are already registered).
addLanguagePack(DEFAULT_LOCALE, referralWords);

/** Every step, in order. Names appear in `hub-step-change` events. */
export const REFERRAL_STEPS = [
  'start',
  'about-you',
  'children',
  'help',
  'more',
  'contact',
  'consent',
  'check',
  'confirmation',
] as const;
export type ReferralStep = (typeof REFERRAL_STEPS)[number];

const NEXT_STEP: Partial<Record<ReferralStep, ReferralStep>> = {
  start: 'about-you',
  'about-you': 'children',
  children: 'help',
  help: 'more',
  more: 'contact',
  contact: 'consent',
  consent: 'check',
};

const SECTION_TITLES: Record<StepName, MessageKey> = {
  'about-you': 'referral.about.title',
  children: 'referral.children.title',
  help: 'referral.help.title',
  more: 'referral.more.title',
  contact: 'referral.contact.title',
  consent: 'referral.consent.title',
};

const CONTACT_METHOD_KEYS: Record<ContactMethod, MessageKey> = {
  phone: 'referral.method.phone',
  text: 'referral.method.text',
  email: 'referral.method.email',
  letter: 'referral.method.letter',
};

const listConverter = {
  fromAttribute: (value: string | null) =>
    value
      ? value
          .split(',')
          .map((part) => part.trim())
          .filter(Boolean)
      : undefined,
};

interface SubmitAttempt {
  /** One key per attempt: reused by a retry or a double click, replaced when the answers change. */
  key: string;
  fingerprint: string;
  request: SelfReferral;
}

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

  private renderStep(step: ReferralStep): TemplateResult {
    switch (step) {
      case 'start':
        return this.renderStart();
      case 'about-you':
        return this.renderAboutYou();
      case 'children':
        return this.renderChildren();
      case 'help':
        return this.renderHelp();
      case 'more':
        return this.renderMore();
      case 'contact':
        return this.renderContact();
      case 'consent':
        return this.renderConsent();
      case 'check':
        return this.renderCheck();
      case 'confirmation':
        return this.renderConfirmation();
    }
  }

  private heading(key: MessageKey, params?: Record<string, string>) {
    return html`<h2 class="hub-heading-l" tabindex="-1" data-step-heading>${this.t(key, params)}</h2>`;
  }

  private continueButton() {
    return html`<div class="hub-self-referral__step-actions">${button({ text: this.t('common.continue'), type: 'submit' })}</div>`;
  }

  private renderStart() {
    const adapter = this.hubAdapter!;
    const hubName = this.hubNameText;
    const days = this.responseDays;
    const canSubmit = supports(adapter, 'submitSelfReferral');
    return html`${this.heading('referral.start.title', { hubName })} ${this.renderServiceNote()}
      <p class="hub-body">${this.t('referral.start.intro')}</p>
      <p class="hub-body">${this.t('referral.start.examplesIntro')}</p>
      <ul class="hub-list">
        <li>${this.t('referral.start.example.parenting')}</li>
        <li>${this.t('referral.start.example.mentalHealth')}</li>
        <li>${this.t('referral.start.example.speech')}</li>
        <li>${this.t('referral.start.example.feeding')}</li>
        <li>${this.t('referral.start.example.dads')}</li>
      </ul>
      <p class="hub-body">${this.t('referral.start.time')}</p>
      <h3 class="hub-heading-m">${this.t('referral.start.safetyTitle')}</h3>
      ${warningText(this.t, this.renderSafeguarding())}
      <p class="hub-body">${this.t('referral.safety.exit')}</p>
      <h3 class="hub-heading-m">${this.t('referral.start.nextTitle')}</h3>
      <p class="hub-body" data-response-time>
        ${days && days > 0 ? this.t('referral.start.next', { hubName, count: days }) : this.t('referral.start.nextNoDays', { hubName })}
      </p>
      <p class="hub-body">${this.t('referral.start.sharing')}</p>
      ${canSubmit ? this.renderCallUs() : nothing}
      ${canSubmit
        ? button({ text: this.t('referral.start.button'), type: 'submit' })
        : html`<div class="hub-problem" part="problem">
            <h3 class="hub-heading-m">${this.t('referral.unavailable.title')}</h3>
            <p class="hub-body">${this.t('referral.unavailable.body')}</p>
            ${this.renderCallUs()}
          </div>`}`;
  }

  private renderSafeguarding() {
    const phone = this.config.childrenServicesPhone;
    const href = telHref(phone);
    const phoneLink = phone ? (href ? html`<a href="${href}">${phone}</a>` : html`${phone}`) : null;
    return html`<span data-safeguarding>${this.t('referral.safety.emergency')}
      ${phoneLink
        ? withSlots(this.t('referral.safety.childrensServices'), { phone: phoneLink })
        : this.t('referral.safety.childrensServicesNoPhone')}</span>`;
  }

  /** "You are asking about: Baby massage", when a service was chosen and its details loaded. */
  private renderServiceNote() {
    const service = this.serviceTask.value;
    if (!service || service.id !== this.serviceId) return nothing;
    return insetText(withSlots(this.t('referral.help.service'), { service: html`<bdi>${service.name}</bdi>` }));
  }

  private renderAboutYou() {
    const { t, draft } = this;
    const e = (id: string) => this.journey.errorFor(id);
    const relationshipItems = RELATIONSHIPS.map((value) => ({
      value,
      text: t(`referral.relationship.${value}` as MessageKey),
      ...(value === 'parent' ? { hint: t('referral.relationship.parentHint') } : {}),
      ...(value === 'kinship-carer' ? { hint: t('referral.relationship.kinshipHint') } : {}),
      ...(value === 'other'
        ? {
            conditional: () =>
              textInput({
                t,
                id: 'relationship-other',
                label: t('referral.relationshipOther.label'),
                value: draft.relationshipOther,
                error: e('relationship-other'),
                width: 20,
                onInput: (v) => this.set('relationshipOther', v),
              }),
          }
        : {}),
    }));
    return html`${this.heading('referral.about.title')}
      ${textInput({
        t,
        id: 'name',
        label: t('referral.name.label'),
        hint: t('referral.name.hint'),
        value: draft.name,
        error: e('name'),
        autocomplete: 'name',
        spellcheck: false,
        width: 20,
        onInput: (v) => this.set('name', v),
      })}
      ${radios({
        t,
        id: 'relationship',
        name: 'relationship',
        legend: t('referral.relationship.legend'),
        hint: t('referral.relationship.hint'),
        size: 'm',
        value: draft.relationship,
        error: e('relationship'),
        items: relationshipItems,
        onChange: (v) => this.set('relationship', v),
      })}
      ${textInput({
        t,
        id: 'postcode',
        label: t(this.requirePostcode ? 'referral.postcode.label' : 'referral.postcode.labelOptional'),
        hint: t('referral.postcode.hint'),
        value: draft.postcode,
        error: e('postcode'),
        autocomplete: 'postal-code',
        spellcheck: false,
        width: 10,
        onInput: (v) => this.set('postcode', v),
      })}
      ${this.continueButton()}`;
  }

  private renderChildren() {
    const children = this.draft.children;
    return html`${this.heading('referral.children.title')}
      <p class="hub-body">${this.t('referral.children.hint')}</p>
      ${repeat(
        children,
        (child) => child.key,
        (child, index) => this.renderChild(child, index, children.length > 1),
      )}
      ${children.length < MAX_CHILDREN
        ? button({ text: this.t('referral.children.add'), variant: 'secondary', onClick: () => this.addChild() })
        : html`<p class="hub-body">${this.t('referral.children.max', { count: MAX_CHILDREN })}</p>`}
      ${this.continueButton()}`;
  }

  private renderChild(child: ChildDraft, index: number, removable: boolean) {
    const { t } = this;
    const n = index + 1;
    const e = (part: Parameters<typeof childField>[1]) => this.journey.errorFor(childField(child.key, part));
    const update = (patch: Partial<ChildDraft>) => this.updateChild(child.key, patch);
    return html`<div class="hub-child" data-child="${n}">
      <h3 class="hub-heading-m hub-child__heading" id="${childField(child.key, 'name')}-heading" tabindex="-1">
        ${t('referral.child.legend', { n })}
      </h3>
      ${textInput({
        t,
        id: childField(child.key, 'name'),
        label: t('referral.child.name.label', { n }),
        value: child.name,
        error: e('name'),
        // Never the parent's own name: a browser must not fill it in here.
        autocomplete: 'off',
        spellcheck: false,
        width: 20,
        onInput: (v) => update({ name: v }),
      })}
      ${radios({
        t,
        id: childField(child.key, 'born'),
        name: childField(child.key, 'born'),
        legend: t('referral.child.born.legend', { n }),
        value: child.born,
        error: e('born'),
        items: [
          { value: 'yes', text: t('referral.child.born.yes'), conditional: () => this.renderChildAge(child, n) },
          { value: 'no', text: t('referral.child.born.no'), conditional: () => this.renderDueMonth(child, n) },
        ],
        onChange: (v) => update({ born: v as ChildDraft['born'] }),
      })}
      ${child.born === 'yes'
        ? radios({
            t,
            id: childField(child.key, 'send'),
            name: childField(child.key, 'send'),
            legend: t('referral.child.send.legend', { n }),
            value: child.send,
            inline: false,
            items: [
              {
                value: 'yes',
                text: t('common.yes'),
                conditional: () =>
                  textarea({
                    t,
                    id: childField(child.key, 'needs'),
                    label: t('referral.child.needs.label'),
                    hint: t('referral.child.needs.hint'),
                    value: child.needs,
                    error: e('needs'),
                    rows: 3,
                    maxLength: LIMITS.childNeeds,
                    onInput: (v) => update({ needs: v }),
                  }),
              },
              { value: 'no', text: t('common.no') },
            ],
            onChange: (v) => update({ send: v as ChildDraft['send'] }),
          })
        : nothing}
      ${child.born === 'no'
        ? textarea({
            t,
            id: childField(child.key, 'needs'),
            label: t('referral.child.pregnancyNeeds.label'),
            value: child.needs,
            error: e('needs'),
            rows: 3,
            maxLength: LIMITS.childNeeds,
            onInput: (v) => update({ needs: v }),
          })
        : nothing}
      ${removable
        ? html`<button type="button" class="hub-link hub-child__remove" data-remove-child @click=${() => this.removeChildEntry(child.key, n)}>
            ${t('referral.child.remove')}<span class="hub-visually-hidden"> ${t('referral.child.removeHidden', { n })}</span>
          </button>`
        : nothing}
    </div>`;
  }

  private renderChildAge(child: ChildDraft, n: number) {
    const { t } = this;
    const yearsId = childField(child.key, 'years');
    const monthsId = childField(child.key, 'months');
    const yearsError = this.journey.errorFor(yearsId);
    const monthsError = this.journey.errorFor(monthsId);
    const error = yearsError ?? monthsError;
    const box = (id: string, label: string, value: string, invalid: boolean, onInput: (v: string) => void) =>
      html`<div class="hub-age-input__item">
        <label class="hub-label" for="${id}">${label}</label>
        <input
          class="hub-input ${invalid ? 'hub-input--error' : ''}"
          id="${id}"
          name="${id}"
          type="text"
          inputmode="numeric"
          autocomplete="off"
          spellcheck="false"
          .value=${value}
          aria-invalid="${invalid ? 'true' : 'false'}"
          @input=${(event: Event) => onInput((event.target as HTMLInputElement).value)}
        />
      </div>`;
    return fieldset(
      {
        t,
        id: childField(child.key, 'age'),
        legend: t('referral.child.age.legend', { n }),
        hint: t('referral.child.age.hint'),
        error,
        role: 'group',
      },
      html`<div class="hub-age-input">
        ${box(yearsId, t('referral.child.age.years'), child.years, Boolean(yearsError) || (Boolean(error) && !monthsError), (v) =>
          this.updateChild(child.key, { years: v }),
        )}
        ${box(monthsId, t('referral.child.age.months'), child.months, Boolean(monthsError) || (Boolean(error) && !yearsError), (v) =>
          this.updateChild(child.key, { months: v }),
        )}
      </div>`,
    );
  }

  private renderDueMonth(child: ChildDraft, n: number) {
    const monthError = this.journey.errorFor(childField(child.key, 'due-month'));
    const yearError = this.journey.errorFor(childField(child.key, 'due-year'));
    return dateInput({
      t: this.t,
      id: childField(child.key, 'due'),
      legend: this.t('referral.child.due.legend', { n }),
      hint: this.t('referral.child.due.hint', { example: dueExample(this.now()) }),
      parts: ['month', 'year'],
      value: { month: child.dueMonth, year: child.dueYear },
      error: monthError ?? yearError,
      errorParts: monthError && !yearError ? ['month'] : yearError && !monthError ? ['year'] : ['month', 'year'],
      onInput: (value) => this.updateChild(child.key, { dueMonth: value.month ?? '', dueYear: value.year ?? '' }),
    });
  }

  private renderHelp() {
    const { t, draft } = this;
    const items = this.categoryItems;
    let categories: unknown = nothing;
    if (this.categoriesTask.status === TaskStatus.PENDING || this.categoriesTask.status === TaskStatus.INITIAL) {
      categories = html`<p class="hub-body" data-categories-loading>${t('referral.categories.loading')}</p>`;
    } else if (this.categoriesTask.status === TaskStatus.ERROR) {
      categories = insetText(t('referral.categories.unavailable'));
    } else if (items.length) {
      categories = checkboxes({
        t,
        id: 'categories',
        name: 'categories',
        legend: t('referral.categories.legend'),
        hint: t('referral.categories.hint'),
        size: 'm',
        error: this.journey.errorFor('categories'),
        items: items.map((category) => ({ value: category.id, text: category.name })),
        values: draft.categoryIds,
        onChange: (values) => this.set('categoryIds', values),
      });
    }
    return html`${this.heading('referral.help.title')} ${this.renderServiceNote()} ${categories}
      ${textarea({
        t,
        id: 'story',
        label: t('referral.story.label'),
        hint: t('referral.story.hint'),
        size: 'm',
        value: draft.story,
        error: this.journey.errorFor('story'),
        rows: 8,
        maxLength: LIMITS.story,
        onInput: (v) => this.set('story', v),
      })}
      ${this.continueButton()}`;
  }

  private renderMore() {
    const { t, draft } = this;
    const e = (id: string) => this.journey.errorFor(id);
    return html`${this.heading('referral.more.title')}
      ${textInput({
        t,
        id: 'language',
        label: t('referral.language.label'),
        hint: t('referral.language.hint'),
        value: draft.language,
        error: e('language'),
        width: 20,
        onInput: (v) => this.set('language', v),
      })}
      ${radios({
        t,
        id: 'interpreter',
        name: 'interpreter',
        legend: t('referral.interpreter.legend'),
        value: draft.interpreter,
        inline: true,
        items: [
          { value: 'yes', text: t('common.yes') },
          { value: 'no', text: t('common.no') },
        ],
        onChange: (v) => this.set('interpreter', v as ReferralDraft['interpreter']),
      })}
      ${textarea({
        t,
        id: 'access-needs',
        label: t('referral.access.label'),
        hint: t('referral.access.hint'),
        value: draft.accessNeeds,
        error: e('access-needs'),
        rows: 4,
        maxLength: LIMITS.accessNeeds,
        onInput: (v) => this.set('accessNeeds', v),
      })}
      ${textarea({
        t,
        id: 'other-professionals',
        label: t('referral.professionals.label'),
        hint: t('referral.professionals.hint'),
        value: draft.otherProfessionals,
        error: e('other-professionals'),
        rows: 4,
        maxLength: LIMITS.otherProfessionals,
        onInput: (v) => this.set('otherProfessionals', v),
      })}
      ${this.continueButton()}`;
  }

  private renderContact() {
    const { t, draft } = this;
    const e = (id: string) => this.journey.errorFor(id);
    const chose = (method: ContactMethod) => draft.methods.includes(method);
    const phoneField = () =>
      textInput({
        t,
        id: 'phone',
        label: t('referral.phone.label'),
        hint: t('referral.phone.hint'),
        type: 'tel',
        value: draft.phone,
        error: e('phone'),
        autocomplete: 'tel',
        spellcheck: false,
        width: 20,
        onInput: (v) => this.set('phone', v),
      });
    const items = [
      { value: 'phone', text: t('referral.method.phone'), conditional: phoneField },
      // One number serves calls and texts: shown under "Text message" only when calls are not chosen.
      { value: 'text', text: t('referral.method.text'), ...(chose('phone') ? {} : { conditional: phoneField }) },
      {
        value: 'email',
        text: t('referral.method.email'),
        conditional: () =>
          textInput({
            t,
            id: 'email',
            label: t('referral.email.label'),
            type: 'email',
            value: draft.email,
            error: e('email'),
            autocomplete: 'email',
            spellcheck: false,
            width: 20,
            onInput: (v) => this.set('email', v),
          }),
      },
      {
        value: 'letter',
        text: t('referral.method.letter'),
        conditional: () =>
          textarea({
            t,
            id: 'address',
            label: t('referral.address.label'),
            hint: t('referral.address.hint'),
            value: draft.address,
            error: e('address'),
            rows: 4,
            autocomplete: 'street-address',
            maxLength: LIMITS.address,
            onInput: (v) => this.set('address', v),
          }),
      },
    ];
    return html`${this.heading('referral.contact.title')}
      <p class="hub-body">${t('referral.contact.intro')}</p>
      ${checkboxes({
        t,
        id: 'methods',
        name: 'methods',
        legend: t('referral.methods.legend'),
        hint: t('referral.methods.hint'),
        size: 'm',
        error: e('methods'),
        items,
        values: draft.methods,
        onChange: (values) => this.set('methods', values as ContactMethod[]),
      })}
      ${textarea({
        t,
        id: 'times',
        label: t('referral.times.label'),
        hint: t('referral.times.hint'),
        value: draft.times,
        error: e('times'),
        rows: 2,
        maxLength: LIMITS.times,
        onInput: (v) => this.set('times', v),
      })}
      ${chose('phone')
        ? radios({
            t,
            id: 'may-leave-message',
            name: 'may-leave-message',
            legend: t('referral.message.legend'),
            hint: t('referral.message.hint'),
            value: draft.mayLeaveMessage,
            error: e('may-leave-message'),
            inline: true,
            items: [
              { value: 'yes', text: t('common.yes') },
              { value: 'no', text: t('common.no') },
            ],
            onChange: (v) => this.set('mayLeaveMessage', v as ReferralDraft['mayLeaveMessage']),
          })
        : nothing}
      ${radios({
        t,
        id: 'others-may-see',
        name: 'others-may-see',
        legend: t('referral.othersMaySee.legend'),
        hint: t('referral.othersMaySee.hint'),
        value: draft.othersMaySee,
        error: e('others-may-see'),
        items: [
          { value: 'yes', text: t('common.yes') },
          { value: 'no', text: t('common.no') },
          { value: 'not-sure', text: t('common.notSure') },
        ],
        onChange: (v) => this.set('othersMaySee', v as ReferralDraft['othersMaySee']),
      })}
      ${draft.othersMaySee === 'yes' || draft.othersMaySee === 'not-sure' ? insetText(t('referral.othersMaySee.note')) : nothing}
      ${this.continueButton()}`;
  }

  private renderConsent() {
    const { t, draft } = this;
    const hubName = this.hubNameText;
    const privacyHref = safeWebUrl(this.config.privacyUrl);
    const privacy = privacyHref
      ? withSlots(t('referral.consent.privacy'), {
          link: html`<a href="${privacyHref}" target="_blank" rel="noopener noreferrer">${t('referral.consent.privacyLink')}</a>`,
        })
      : t('referral.consent.privacyNoLink', { hubName });
    const consent = (purpose: ConsentPurpose, legend: MessageKey, label: MessageKey, hint: MessageKey) =>
      checkboxes({
        t,
        id: consentField(purpose),
        name: consentField(purpose),
        legend: t(legend),
        size: 'm',
        error: this.journey.errorFor(consentField(purpose)),
        items: [{ value: purpose, text: t(label, { hubName }), hint: t(hint) }],
        values: draft.consents[purpose].given ? [purpose] : [],
        onChange: (values) => this.setConsent(purpose, values.includes(purpose)),
      });
    return html`${this.heading('referral.consent.title')}
      <p class="hub-body">${t('referral.consent.intro')}</p>
      <p class="hub-body">${privacy}</p>
      <p class="hub-body hub-secondary-text">${t('referral.consent.version', { version: this.noticeVersion })}</p>
      ${consent('contact', 'referral.consent.contact.legend', 'referral.consent.contact.label', 'referral.consent.contact.hint')}
      ${this.renderCallInstead()}
      ${consent(
        'share-with-services',
        'referral.consent.share.legend',
        'referral.consent.share.label',
        'referral.consent.share.hint',
      )}
      ${consent('feedback', 'referral.consent.feedback.legend', 'referral.consent.feedback.label', 'referral.consent.feedback.hint')}
      ${this.continueButton()}`;
  }

  /** On the consent step: the phone is the route for someone who does not want to be contacted. */
  private renderCallInstead() {
    const phone = this.config.phone;
    if (!phone) return nothing;
    const href = telHref(phone);
    const link = href ? html`<a href="${href}">${phone}</a>` : html`${phone}`;
    return html`<p class="hub-body" data-call-instead>
      ${withSlots(this.t('referral.consent.callInstead', { hubName: this.hubNameText }), { phone: link })}
    </p>`;
  }

  private renderCheck() {
    const { t, draft } = this;
    const answer = (value: string | undefined | null) =>
      value && value.trim() ? html`<bdi class="hub-answer">${value.trim()}</bdi>` : t('referral.check.notProvided');
    const change = (step: StepName) => ({ onClick: () => this.journey.go(step, { returnTo: 'check' }) });
    const yesNo = (value: string) => (value === 'yes' ? t('common.yes') : value === 'not-sure' ? t('common.notSure') : t('common.no'));
    const relationship =
      draft.relationship === 'other'
        ? draft.relationshipOther
        : draft.relationship
          ? t(`referral.relationship.${draft.relationship}` as MessageKey)
          : '';
    const categoryNames = draft.categoryIds.map((id) => this.categoryName(id));
    const chose = (method: ContactMethod) => draft.methods.includes(method);

    const section = (title: MessageKey, rows: SummaryRow[]) =>
      html`<div class="hub-check-section">
        <h3 class="hub-heading-m">${t(title)}</h3>
        ${summaryList(t, rows)}
      </div>`;

    const aboutRows: SummaryRow[] = [
      { key: t('referral.name.label'), value: answer(draft.name), change: change('about-you') },
      { key: t('referral.relationship.legend'), value: answer(relationship), change: change('about-you') },
      { key: t('referral.postcode.label'), value: answer(normalisePostcode(draft.postcode) ?? draft.postcode), change: change('about-you') },
    ];
    const childRows: SummaryRow[] = draft.children.map((child, index) => ({
      key: t('referral.check.child', { n: index + 1 }),
      value: this.childSummary(child),
      change: change('children'),
    }));
    const helpRows: SummaryRow[] = [
      { key: t('referral.check.categories'), value: answer(categoryNames.join('\n')), change: change('help') },
      { key: t('referral.check.story'), value: answer(draft.story), change: change('help') },
    ];
    const moreRows: SummaryRow[] = [
      { key: t('referral.language.label').replace(t('common.optional'), '').trim(), value: answer(draft.language), change: change('more') },
      {
        key: t('referral.interpreter.legend').replace(t('common.optional'), '').trim(),
        value: draft.interpreter ? yesNo(draft.interpreter) : t('referral.check.notProvided'),
        change: change('more'),
      },
      { key: t('referral.access.label').replace(t('common.optional'), '').trim(), value: answer(draft.accessNeeds), change: change('more') },
      {
        key: t('referral.professionals.label').replace(t('common.optional'), '').trim(),
        value: answer(draft.otherProfessionals),
        change: change('more'),
      },
    ];
    const contactRows: SummaryRow[] = [
      {
        key: t('referral.check.methods'),
        value: draft.methods.map((method) => t(CONTACT_METHOD_KEYS[method])).join('\n'),
        change: change('contact'),
      },
      ...(chose('phone') || chose('text') ? [{ key: t('referral.phone.label'), value: answer(draft.phone), change: change('contact') }] : []),
      ...(chose('email') ? [{ key: t('referral.email.label'), value: answer(draft.email), change: change('contact') }] : []),
      ...(chose('letter') ? [{ key: t('referral.address.label'), value: answer(draft.address), change: change('contact') }] : []),
      { key: t('referral.times.label').replace(t('common.optional'), '').trim(), value: answer(draft.times), change: change('contact') },
      ...(chose('phone')
        ? [{ key: t('referral.message.legend'), value: yesNo(draft.mayLeaveMessage), change: change('contact') }]
        : []),
      { key: t('referral.othersMaySee.legend'), value: yesNo(draft.othersMaySee), change: change('contact') },
    ];
    const agreed = (purpose: ConsentPurpose) => (draft.consents[purpose].given ? t('referral.check.agreed') : t('referral.check.notAgreed'));
    const consentRows: SummaryRow[] = [
      { key: t('referral.check.consentContact'), value: agreed('contact'), change: change('consent') },
      {
        key: t('referral.check.consentShare'),
        value: draft.consents['share-with-services'].given ? t('referral.check.agreed') : t('referral.check.consentShareNo'),
        change: change('consent'),
      },
      { key: t('referral.check.consentFeedback'), value: agreed('feedback'), change: change('consent') },
    ];

    return html`${this.heading('referral.check.title')} ${this.renderSubmitProblem()} ${this.renderServiceNote()}
      ${section('referral.about.title', aboutRows)} ${section('referral.children.title', childRows)}
      ${section('referral.help.title', helpRows)} ${section('referral.more.title', moreRows)}
      ${section('referral.contact.title', contactRows)} ${section('referral.consent.title', consentRows)}
      <h3 class="hub-heading-m">${t('referral.check.sendTitle')}</h3>
      <p class="hub-body">${t('referral.check.sendBody')}</p>
      ${button({ text: t('referral.check.sendButton'), type: 'submit', busy: this.submitting })}
      ${this.submitting ? html`<p class="hub-body" data-sending>${t('referral.check.sending')}</p>` : nothing}`;
  }

  private childSummary(child: ChildDraft) {
    const { t } = this;
    const lines: string[] = [];
    if (child.name.trim()) lines.push(child.name.trim());
    if (child.born === 'no') {
      const month = parseMonth(child.dueMonth, this.localize.lang);
      const year = Number(plainDigits(child.dueYear));
      if (month && year) {
        const formatted = formatMonthYear(this.localize.lang, year, month);
        lines.push(t('referral.check.expecting', { month: formatted }));
      }
    } else if (child.born === 'yes') {
      lines.push(this.ageInWords(Number(plainDigits(child.years) || 0) * 12 + Number(plainDigits(child.months) || 0)));
      if (child.send === 'yes') lines.push(t('referral.check.send'));
    }
    if (child.needs.trim() && (child.born === 'no' || child.send === 'yes')) lines.push(child.needs.trim());
    return html`<bdi class="hub-answer">${lines.join('\n')}</bdi>`;
  }

  private ageInWords(months: number): string {
    if (months < 24) return this.t('referral.age.months', { count: months });
    const years = this.t('referral.age.years', { count: Math.floor(months / 12) });
    const rest = months % 12;
    return rest ? this.t('referral.age.yearsMonths', { years, months: this.t('referral.age.months', { count: rest }) }) : years;
  }

  private renderSubmitProblem() {
    const error = this.submitError;
    if (!error) return nothing;
    const { t } = this;
    let body: TemplateResult;
    if (error.code === 'validation') {
      const steps = [...new Set(error.fields.map((field) => stepForPath(field.path)))];
      body = html`<p class="hub-body">${t('referral.submit.validation')}</p>
        <ul class="hub-submit-problem__list">
          ${(steps.length ? steps : (['about-you'] as StepName[])).map(
            (step) =>
              html`<li>
                <button type="button" class="hub-link" @click=${() => this.journey.go(step, { returnTo: 'check' })}>
                  ${t('referral.submit.changeSection', { section: t(SECTION_TITLES[step]).toLowerCase() })}
                </button>
              </li>`,
          )}
        </ul>`;
    } else {
      body = html`<p class="hub-body">${t(error.retryable ? 'referral.submit.network' : 'referral.submit.later')}</p>`;
    }
    return html`<div class="hub-submit-problem" part="problem" tabindex="-1" data-submit-problem aria-labelledby="submit-problem-title">
      <h3 class="hub-submit-problem__title" id="submit-problem-title">${t('referral.submit.problemTitle')}</h3>
      ${body} ${this.renderCallUs()}
      ${error.code !== 'validation' ? button({ text: t('common.tryAgain'), variant: 'secondary', onClick: () => void this.send() }) : nothing}
    </div>`;
  }

  private renderConfirmation() {
    const { t } = this;
    const days = this.responseDays;
    return html`${panel(
        t('referral.confirm.title'),
        html`${t('referral.confirm.reference')}<strong class="hub-reference" data-reference>${this.reference ?? ''}</strong>`,
      )}
      <h3 class="hub-heading-m">${t('referral.confirm.nextTitle')}</h3>
      <p class="hub-body">${days && days > 0 ? t('referral.confirm.next', { count: days }) : t('referral.confirm.nextNoDays')}</p>
      ${this.renderCallUs()}
      <p class="hub-body">${t('referral.confirm.emergency')}</p>
      <p class="hub-body">${t('referral.confirm.keepSafe')}</p>
      <p class="hub-body hub-secondary-text">${t('referral.confirm.answersCleared')}</p>`;
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
    const all = this.categoriesTask.value ?? [];
    const wanted = this.categories?.length ? this.categories : null;
    const base = wanted
      ? wanted.map((id) => all.find((category) => category.id === id)).filter((category): category is Category => Boolean(category))
      : all.filter((category) => category.parentId === null);
    return [...base, ...this.extraCategories.filter((extra) => !base.some((category) => category.id === extra.id))];
  }

  private categoryName(id: string): string {
    return (
      this.categoryItems.find((category) => category.id === id)?.name ??
      this.categoriesTask.value?.find((category) => category.id === id)?.name ??
      id
    );
  }

  /** Ticks the chosen service's categories once (mapped to the offered list where they are sub-categories). */
  private prefillFromService(): void {
    const serviceId = this.serviceId;
    if (!serviceId || this.prefilledFor === serviceId) return;
    const service = this.serviceTask.value;
    if (this.serviceTask.status !== TaskStatus.COMPLETE || !service || service.id !== serviceId) return;
    if (this.categoriesTask.status === TaskStatus.PENDING || this.categoriesTask.status === TaskStatus.INITIAL) return;
    this.prefilledFor = serviceId;
    const offered = this.categoryItems;
    const limited = Boolean(this.categories?.length);
    const ticked = new Set(this.draft.categoryIds);
    const extras: Category[] = [];
    for (const category of service.categories) {
      if (offered.some((item) => item.id === category.id)) ticked.add(category.id);
      else if (category.parentId && offered.some((item) => item.id === category.parentId)) ticked.add(category.parentId);
      else if (!limited) {
        extras.push(category);
        ticked.add(category.id);
      }
    }
    this.extraCategories = [...this.extraCategories, ...extras];
    this.draft = { ...this.draft, categoryIds: [...ticked] };
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
    const fingerprint = fingerprintOf(built.value);
    // A retry sends exactly what the first attempt sent, so the backend recognises it by its key.
    if (!this.attempt || this.attempt.fingerprint !== fingerprint) {
      this.attempt = { key: newIdempotencyKey(), fingerprint, request: built.value };
    }
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

/** What identifies an attempt: the answers, not the moment each consent was ticked. */
function fingerprintOf(request: SelfReferral): string {
  return JSON.stringify({ ...request, consents: request.consents.map(({ purpose, given, noticeVersion }) => ({ purpose, given, noticeVersion })) });
}
