import { html, nothing, type TemplateResult } from 'lit';
import { newIdempotencyKey, supports, type HubAdapter } from '../../core/adapter.js';
import { AdapterError } from '../../core/errors.js';
import { HubPanelSubmittedEvent, HubReadyEvent } from '../../core/events.js';
import { safeWebUrl } from '../../core/links.js';
import { PANEL_ELIGIBILITY, PanelApplicationSchema, type PanelApplication } from '../../core/model.js';
import { toLondonIso } from '../../core/time.js';
import { JourneyController } from '../../controllers/journey.js';
import { panel as panelWords } from '../../i18n/en-gb/panel.js';
import { addLanguagePack, DEFAULT_LOCALE, type MessageKey, type MessageParams } from '../../i18n/messages.js';
import { withSlots } from '../../i18n/slots.js';
import {
  backLink,
  button,
  checkboxes,
  errorSummary,
  insetText,
  panel,
  radios,
  summaryList,
  textarea,
  textInput,
  type CheckboxItem,
  type ChoiceItem,
  type ErrorItem,
  type SummaryRow,
} from '../../partials/index.js';
import { baseStyles } from '../../styles/base.styles.js';
import { formStyles } from '../../styles/form.styles.js';
import { HubElement } from '../base/hub-element.js';
import {
  AVAILABILITY,
  CONTACT_CHOICES,
  EQUALITY_ORDER,
  EQUALITY_QUESTIONS,
  FIELD,
  LIMITS,
  LOCALITY_NOT_SURE,
  NO_SUPPORT,
  PREFER_NOT_TO_SAY,
  STEPS,
  SUPPORT,
  TAKE_PART,
  emptyAnswers,
  equalityFieldId,
  isEligible,
  stepForPath,
  supportDetailsAsked,
  toApplication,
  validateConsent,
  validateDetails,
  validateEligibility,
  validateLocality,
  validateRelationship,
  validateSupport,
  validateTakingPart,
  type ConsentPurpose,
  type EqualityQuestion,
  type PanelAnswers,
  type Step,
} from './answers.js';
import { panelSignupStyles } from './panel-signup.styles.js';

// The panel form's own English (the words every widget shares are already registered).
addLanguagePack(DEFAULT_LOCALE, panelWords);

/** The order families see relationships in: pregnancy first, as the panel is about pregnancy and babies. */
const RELATIONSHIP_ORDER = [
  'pregnant',
  'partner-of-pregnant-person',
  'parent',
  'step-parent',
  'grandparent',
  'foster-carer',
  'adoptive-parent',
  'kinship-carer',
] as const;

/** Sections of Check your answers; their headings are where a backend's field problems link to. */
const CHECK_SECTIONS = ['joining', 'details', 'takePart', 'support', 'equality', 'consent'] as const;
type CheckSection = (typeof CHECK_SECTIONS)[number];
const SECTION_OF_STEP: Partial<Record<Step, CheckSection>> = {
  eligibility: 'joining',
  details: 'details',
  locality: 'details',
  relationship: 'details',
  'taking-part': 'takePart',
  support: 'support',
  equality: 'equality',
  consent: 'consent',
};
/** The question a backend's field problem is about, named as Check your answers names it. */
const QUESTION_OF_PATH: Record<string, MessageKey> = {
  eligibility: 'panel.check.eligibility',
  name: 'panel.check.name',
  email: 'panel.check.email',
  phone: 'panel.check.phone',
  locality: 'panel.check.locality',
  relationship: 'panel.check.relationship',
  relationshipOther: 'panel.check.relationship',
  takePart: 'panel.check.takePart',
  availability: 'panel.check.availability',
  support: 'panel.check.support',
  interpreterLanguage: 'panel.check.language',
  supportDetails: 'panel.check.supportDetails',
  equality: 'panel.check.section.equality',
  consents: 'panel.check.section.consent',
};

const CONSENT_FIELD: Record<ConsentPurpose, string> = {
  'contact-about-panel': FIELD.consentContact,
  'keep-for-a-year': FIELD.consentKeep,
};

/** The chosen values in the order the choices are listed, so an application never depends on click order. */
const inOrder = <T extends string>(choices: readonly T[], values: readonly string[]): T[] =>
  choices.filter((choice) => values.includes(choice));


/**
 * @summary Apply to join the Start for Life Parent and Carer Panel: eligibility, contact details, how
 * and when to take part, support to take part, optional equality questions, consent, check your answers
 * and a confirmation with a reference.
 * @tag hub-panel-signup
 *
 * @attr adapter - The name of a registered adapter, e.g. `demo`. As a property, a `HubAdapter` object.
 * @attr api-base - The project's HTTP API base URL (used when no adapter is named).
 * @attr src - An Open Referral UK feed's base URL (directory only: this form also needs `api-base` or an adapter).
 * @attr localities - Comma-separated areas a family chooses from, e.g. "North, Central, South". Without them, a text box asks for the town or area.
 * @attr meeting-frequency - How often the panel meets, to end the sentence "Come to panel meetings …". Default "at least every 2 months".
 * @attr expenses - One sentence on the expenses and childcare the panel pays for. Default "We pay your travel and other expenses, and we pay for childcare so you can take part."
 * @attr panel-name - What the area calls its panel. Default "Parent and Carer Panel".
 * @attr feedback-url - Another way to give feedback, offered to families who cannot join and on the confirmation.
 * @attr hub-name - The hub's name in sentences, e.g. "Brackenford Family Hubs".
 * @attr hub-phone - The hub's phone number, offered wherever a family could get stuck.
 * @attr hub-phone-hours - When the phone is answered.
 * @attr privacy-url - The privacy notice, linked from the consent step.
 * @attr privacy-version - The privacy notice's version, recorded with each consent.
 *
 * @fires hub-ready - The form has an adapter and is ready. `detail: { widget }`.
 * @fires hub-step-change - The family moved to another step. `detail: { widget, step, index, total }`.
 * @fires hub-validation-error - A step was submitted with errors. `detail: { widget, step, fields }` (field ids, never answers).
 * @fires hub-panel-submitted - The application was sent. `detail: { reference }`.
 * @fires hub-error - Sending failed. `detail: { widget, code }`.
 *
 * @csspart step - The wrapper around the current step.
 * @csspart start-button - The "Start now" button.
 * @csspart send-button - The "Send application" button.
 * @csspart button - Every other button.
 * @csspart back-link - The Back link.
 * @csspart feedback-link - The link to other ways of giving feedback (not eligible, confirmation).
 * @csspart panel - The green confirmation panel.
 * @csspart problem - The problem and configuration messages.
 *
 * @cssprop [--hub-font-size=max(1rem, 16px)] - Base text size; everything scales from it.
 * @cssprop [--hub-font-family=inherit] - The font (the host page's by default).
 * @cssprop [--hub-text=#0b0c0c] - Text colour.
 * @cssprop [--hub-link=#1d70b8] - Link colour.
 * @cssprop [--hub-focus=#ffdd00] - Focus highlight.
 * @cssprop [--hub-button=#00703c] - Button colour.
 * @cssprop [--hub-error=#d4351c] - Error colour.
 * @cssprop [--hub-panel=#00703c] - Confirmation panel background.
 * @cssprop [--hub-border=#b1b4b6] - Borders and dividers.
 */
export class HubPanelSignup extends HubElement {
  static override styles = [...baseStyles, formStyles, panelSignupStyles];

  static override properties = {
    meetingFrequency: { attribute: 'meeting-frequency' },
    expenses: {},
    panelName: { attribute: 'panel-name' },
    feedbackUrl: { attribute: 'feedback-url' },
    answers: { state: true },
    submitting: { state: true },
    submitError: { state: true },
    reference: { state: true },
  };

  declare meetingFrequency: string | undefined;
  declare expenses: string | undefined;
  declare panelName: string | undefined;
  declare feedbackUrl: string | undefined;

  /** The family's answers: in memory only, cleared once the application is sent. */
  private declare answers: PanelAnswers;
  private declare submitting: boolean;
  private declare submitError: AdapterError | undefined;
  private declare reference: string | undefined;

  protected readonly widgetName = 'panel-signup';
  private readonly journey = new JourneyController<Step>(this, { widget: 'panel-signup', steps: STEPS, t: this.t });
  /** One key per attempt to send these answers: a retry or a double click reuses it; changed answers get a new one. */
  private attempt: { key: string; fingerprint: string } | undefined;
  private inFlight: AbortController | undefined;
  private shownStep: Step = 'start';
  private readySent = false;

  constructor() {
    super();
    this.answers = emptyAnswers();
    this.submitting = false;
  }

  // ------------------------------------------------------------------------------------------------
  // Lifecycle

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.inFlight?.abort();
  }

  protected override willUpdate(): void {
    super.willUpdate();
    // A problem with sending belongs to the Check your answers page it was shown on.
    if (this.journey.step !== this.shownStep) {
      this.shownStep = this.journey.step;
      this.submitError = undefined;
    }
  }

  protected override updated(): void {
    // Once, when an adapter is first there (it may come later from a <hub-provider>).
    if (!this.readySent && this.hubAdapter) {
      this.readySent = true;
      this.emit(new HubReadyEvent({ widget: this.widgetName }));
    }
  }

  // ------------------------------------------------------------------------------------------------
  // Render

  protected override render() {
    const adapter = this.hubAdapter;
    return html`<div class="hub-panel-signup" part="step">
        ${adapter ? this.renderStep(adapter) : this.renderConfigurationError()}
      </div>
      ${this.renderAnnouncer()}`;
  }

  private renderStep(adapter: HubAdapter) {
    switch (this.journey.step) {
      case 'start':
        return this.renderStart(adapter);
      case 'eligibility':
        return this.renderEligibility();
      case 'not-eligible':
        return this.renderNotEligible();
      case 'details':
        return this.renderDetails();
      case 'locality':
        return this.renderLocality();
      case 'relationship':
        return this.renderRelationship();
      case 'taking-part':
        return this.renderTakingPart();
      case 'support':
        return this.renderSupport();
      case 'equality':
        return this.renderEquality();
      case 'consent':
        return this.renderConsent();
      case 'check':
        return this.renderCheck();
      case 'confirmation':
        return this.renderConfirmation();
    }
  }

  private renderStart(adapter: HubAdapter) {
    const canApply = supports(adapter, 'submitPanelApplication');
    return html`<h2 class="hub-heading-l" tabindex="-1" data-step-heading>${this.p('panel.start.title')}</h2>
      <p class="hub-body">${this.p('panel.start.intro')}</p>
      <p class="hub-body">${this.p('panel.start.welcome')}</p>
      <h3 class="hub-heading-m">${this.p('panel.start.whatHeading')}</h3>
      <ul class="hub-list">
        <li>${this.p('panel.start.what.views')}</li>
        <li>${this.p('panel.start.what.meetings', { frequency: this.meetingFrequency || this.t('panel.frequencyDefault') })}</li>
        <li>${this.p('panel.start.what.mode')}</li>
        <li>${this.p('panel.start.what.surveys')}</li>
      </ul>
      <h3 class="hub-heading-m">${this.p('panel.start.supportHeading')}</h3>
      <p class="hub-body">${this.expenses || this.p('panel.start.expensesDefault')}</p>
      <p class="hub-body">${this.p('panel.start.access')}</p>
      <h3 class="hub-heading-m">${this.p('panel.start.termHeading')}</h3>
      <p class="hub-body">${this.p('panel.start.term')}</p>
      ${canApply
        ? html`<p class="hub-body">${this.p('panel.start.time')}</p>
            ${button({ text: this.t('panel.start.button'), part: 'start-button', onClick: () => this.journey.go('eligibility') })}`
        : html`<div class="hub-problem" part="problem">
            <p class="hub-body">${this.t('panel.unsupported')}</p>
            ${this.renderCallUs()}
          </div>`}`;
  }

  private renderEligibility() {
    const a = this.answers;
    return this.questionPage(
      checkboxes({
        t: this.t,
        id: FIELD.eligibility,
        name: 'eligibility',
        legend: this.t('panel.eligibility.legend'),
        isPageHeading: 'h2',
        size: 'l',
        hint: this.t('panel.eligibility.hint'),
        error: this.journey.errorFor(FIELD.eligibility),
        values: a.eligibility,
        items: [
          { value: 'pregnant-or-partner', text: this.t('panel.eligibility.pregnant') },
          { value: 'child-under-two', text: this.t('panel.eligibility.underTwo'), hint: this.t('panel.eligibility.underTwoHint') },
          { value: 'recent-start-for-life', text: this.t('panel.eligibility.recent'), hint: this.t('panel.eligibility.recentHint') },
          { value: 'none', text: this.t('panel.eligibility.none'), exclusive: true, dividerBefore: this.t('common.or') },
        ],
        onChange: (values) => this.set({ eligibility: inOrder(PANEL_ELIGIBILITY, values) }),
      }),
      () => {
        if (!this.journey.validate(validateEligibility(this.answers))) return;
        if (isEligible(this.answers)) this.journey.continueTo('details');
        else this.journey.go('not-eligible', { returnTo: null });
      },
    );
  }

  private renderNotEligible() {
    const feedback = safeWebUrl(this.feedbackUrl);
    return html`${backLink(this.t, () => this.journey.back())}
      <h2 class="hub-heading-l" tabindex="-1" data-step-heading>${this.p('panel.notEligible.title')}</h2>
      <p class="hub-body">${this.p('panel.notEligible.body')}</p>
      <h3 class="hub-heading-m">${this.t('panel.notEligible.otherWaysHeading')}</h3>
      <p class="hub-body">${this.t('panel.notEligible.otherWays')}</p>
      ${feedback
        ? html`<p class="hub-body"><a href="${feedback}" part="feedback-link">${this.t('panel.notEligible.feedbackLink')}</a></p>`
        : nothing}
      ${this.renderCallUs()}
      <p class="hub-body">${this.t('panel.notEligible.inPerson')}</p>
      ${button({ text: this.t('panel.notEligible.change'), variant: 'secondary', onClick: () => this.journey.back() })}`;
  }

  private renderDetails() {
    const a = this.answers;
    const contactItems: ChoiceItem[] = [
      {
        value: 'email',
        text: this.t('panel.details.contact.email'),
        conditional: () =>
          textInput({
            t: this.t,
            id: FIELD.email,
            label: this.t('panel.details.email'),
            type: 'email',
            autocomplete: 'email',
            spellcheck: false,
            value: a.email,
            error: this.journey.errorFor(FIELD.email),
            onInput: (email) => this.set({ email }),
          }),
      },
      {
        value: 'phone',
        text: this.t('panel.details.contact.phone'),
        conditional: () =>
          textInput({
            t: this.t,
            id: FIELD.phone,
            label: this.t('panel.details.phone'),
            hint: this.t('panel.details.phoneHint'),
            type: 'tel',
            autocomplete: 'tel',
            width: 20,
            value: a.phone,
            error: this.journey.errorFor(FIELD.phone),
            onInput: (phone) => this.set({ phone }),
          }),
      },
    ];
    return this.questionPage(
      html`${this.pageHeading(this.t('panel.details.title'))}
      ${textInput({
        t: this.t,
        id: FIELD.name,
        label: this.t('panel.details.name'),
        autocomplete: 'name',
        spellcheck: false,
        value: a.name,
        error: this.journey.errorFor(FIELD.name),
        onInput: (name) => this.set({ name }),
      })}
      ${checkboxes({
        t: this.t,
        id: FIELD.contact,
        name: 'contact',
        legend: this.t('panel.details.contact.legend'),
        size: 'm',
        hint: this.t('panel.details.contact.hint'),
        error: this.journey.errorFor(FIELD.contact),
        values: a.contactMethods,
        items: contactItems,
        onChange: (values) => this.set({ contactMethods: inOrder(CONTACT_CHOICES, values) }),
      })}`,
      () => this.continueIf(validateDetails(this.answers), 'locality'),
    );
  }

  private renderLocality() {
    const list = this.localityList;
    const value = this.answers.locality;
    const error = this.journey.errorFor(FIELD.locality);
    const question = list.length
      ? radios({
          t: this.t,
          id: FIELD.locality,
          name: 'locality',
          legend: this.t('panel.locality.legend'),
          isPageHeading: 'h2',
          size: 'l',
          hint: this.t('panel.locality.hint'),
          error,
          value,
          items: [
            ...list.map((locality) => ({ value: locality, text: locality })),
            { value: LOCALITY_NOT_SURE, text: this.t('panel.locality.notSure'), dividerBefore: this.t('common.or') },
          ],
          onChange: (locality) => this.set({ locality }),
        })
      : textInput({
          t: this.t,
          id: FIELD.locality,
          label: this.t('panel.locality.label'),
          isPageHeading: 'h2',
          size: 'l',
          autocomplete: 'address-level2',
          width: 20,
          value,
          error,
          onInput: (locality) => this.set({ locality }),
        });
    return this.questionPage(question, () => this.continueIf(validateLocality(this.answers, list.length > 0), 'relationship'));
  }

  private renderRelationship() {
    const a = this.answers;
    const items: ChoiceItem[] = RELATIONSHIP_ORDER.map((value) => ({
      value,
      text: this.t(`panel.relationship.${value}`),
      ...(value === 'kinship-carer' ? { hint: this.t('panel.relationship.kinshipHint') } : {}),
    }));
    items.push({
      value: 'other',
      text: this.t('panel.relationship.other'),
      dividerBefore: this.t('common.or'),
      conditional: () =>
        textInput({
          t: this.t,
          id: FIELD.relationshipOther,
          label: this.t('panel.relationship.otherLabel'),
          value: a.relationshipOther,
          error: this.journey.errorFor(FIELD.relationshipOther),
          onInput: (relationshipOther) => this.set({ relationshipOther }),
        }),
    });
    return this.questionPage(
      radios({
        t: this.t,
        id: FIELD.relationship,
        name: 'relationship',
        legend: this.t('panel.relationship.legend'),
        isPageHeading: 'h2',
        size: 'l',
        hint: this.t('panel.relationship.hint'),
        error: this.journey.errorFor(FIELD.relationship),
        value: a.relationship || undefined,
        items,
        onChange: (value) => this.set({ relationship: value as PanelAnswers['relationship'] }),
      }),
      () => this.continueIf(validateRelationship(this.answers), 'taking-part'),
    );
  }

  private renderTakingPart() {
    const a = this.answers;
    const hints: Record<(typeof TAKE_PART)[number], MessageKey> = {
      'in-person': 'panel.takePart.inPersonHint',
      online: 'panel.takePart.onlineHint',
      surveys: 'panel.takePart.surveysHint',
    };
    return this.questionPage(
      html`${this.pageHeading(this.t('panel.takePart.title'))}
      ${checkboxes({
        t: this.t,
        id: FIELD.takePart,
        name: 'take-part',
        legend: this.t('panel.takePart.legend'),
        size: 'm',
        hint: this.t('panel.takePart.hint'),
        error: this.journey.errorFor(FIELD.takePart),
        values: a.takePart,
        items: TAKE_PART.map((value) => ({ value, text: this.t(`panel.takePart.${value}`), hint: this.t(hints[value]) })),
        onChange: (values) => this.set({ takePart: inOrder(TAKE_PART, values) }),
      })}
      ${checkboxes({
        t: this.t,
        id: FIELD.availability,
        name: 'availability',
        legend: this.t('panel.availability.legend'),
        size: 'm',
        hint: this.t('panel.availability.hint'),
        values: a.availability,
        items: AVAILABILITY.map((value) => ({ value, text: this.t(`panel.availability.${value}`) })),
        onChange: (values) => this.set({ availability: inOrder(AVAILABILITY, values) }),
      })}`,
      () => this.continueIf(validateTakingPart(this.answers), 'support'),
    );
  }

  private renderSupport() {
    const a = this.answers;
    const asked = supportDetailsAsked(a);
    // One details box, under the first of "access needs" and "something else" that is ticked.
    const detailsBox = () =>
      textarea({
        t: this.t,
        id: FIELD.supportDetails,
        label: this.t(`panel.support.details.${asked ?? 'other'}`),
        value: a.supportDetails,
        maxLength: LIMITS.supportDetails,
        rows: 3,
        error: this.journey.errorFor(FIELD.supportDetails),
        onInput: (supportDetails) => this.set({ supportDetails }),
      });
    const hints: Partial<Record<(typeof SUPPORT)[number], MessageKey>> = {
      childcare: 'panel.support.childcareHint',
      travel: 'panel.support.travelHint',
      interpreter: 'panel.support.interpreterHint',
      access: 'panel.support.accessHint',
    };
    const items: CheckboxItem[] = SUPPORT.map((value) => {
      const hintKey = hints[value];
      const item: CheckboxItem = { value, text: this.t(`panel.support.${value}`), ...(hintKey ? { hint: this.t(hintKey) } : {}) };
      if (value === 'interpreter') {
        item.conditional = () =>
          textInput({
            t: this.t,
            id: FIELD.language,
            label: this.t('panel.support.language'),
            hint: this.t('panel.support.languageHint'),
            autocomplete: 'language',
            width: 20,
            value: a.interpreterLanguage,
            error: this.journey.errorFor(FIELD.language),
            onInput: (interpreterLanguage) => this.set({ interpreterLanguage }),
          });
      }
      if (value === 'access' || (value === 'other' && asked === 'other')) item.conditional = detailsBox;
      return item;
    });
    items.push({ value: NO_SUPPORT, text: this.t('panel.support.none'), exclusive: true, dividerBefore: this.t('common.or') });
    return this.questionPage(
      checkboxes({
        t: this.t,
        id: FIELD.support,
        name: 'support',
        legend: this.t('panel.support.legend'),
        isPageHeading: 'h2',
        size: 'l',
        hint: this.t('panel.support.hint'),
        error: this.journey.errorFor(FIELD.support),
        values: a.support,
        items,
        onChange: (values) => this.set({ support: inOrder([...SUPPORT, NO_SUPPORT], values) }),
      }),
      () => this.continueIf(validateSupport(this.answers), 'equality'),
    );
  }

  private renderEquality() {
    const a = this.answers;
    const itemHints: Partial<Record<string, MessageKey>> = {
      'ethnicity.white': 'panel.equality.ethnicity.whiteHint',
      'ethnicity.other': 'panel.equality.ethnicity.otherHint',
    };
    const question = (name: EqualityQuestion) => {
      const items: ChoiceItem[] = EQUALITY_QUESTIONS[name].map((value) => {
        const hintKey = itemHints[`${name}.${value}`];
        return {
          value,
          text: this.t(`panel.equality.${name}.${value}` as MessageKey),
          ...(hintKey ? { hint: this.t(hintKey) } : {}),
        };
      });
      items.push({ value: PREFER_NOT_TO_SAY, text: this.t('common.preferNotToSay'), dividerBefore: this.t('common.or') });
      return radios({
        t: this.t,
        id: equalityFieldId(name),
        name: equalityFieldId(name),
        legend: this.t(`panel.equality.${name}.legend`),
        size: 'm',
        value: a.equality[name],
        items,
        onChange: (value) => this.set({ equality: { ...this.answers.equality, [name]: value } }),
      });
    };
    return this.questionPage(
      html`${this.pageHeading(this.t('panel.equality.title'))}
        <p class="hub-body">${this.t('panel.equality.why')}</p>
        <p class="hub-body">${this.t('panel.equality.who')}</p>
        <p class="hub-body">${this.t('panel.equality.skip')}</p>
        ${EQUALITY_ORDER.map(question)}`,
      // Every question is optional: leaving them all blank is fine.
      () => this.continueIf([], 'consent'),
    );
  }

  private renderConsent() {
    const privacy = safeWebUrl(this.config.privacyUrl);
    const consent = (purpose: ConsentPurpose, keys: { legend: MessageKey; hint: MessageKey; label: MessageKey }) => {
      const id = CONSENT_FIELD[purpose];
      return checkboxes({
        t: this.t,
        id,
        name: id,
        legend: this.t(keys.legend),
        size: 'm',
        hint: this.t(keys.hint),
        error: this.journey.errorFor(id),
        values: this.answers.consents[purpose] ? [purpose] : [],
        items: [{ value: purpose, text: this.p(keys.label) }],
        onChange: (values) => this.setConsent(purpose, values.includes(purpose)),
      });
    };
    return this.questionPage(
      html`${this.pageHeading(this.t('panel.consent.title'))}
        ${insetText(this.t('panel.consent.intro'))}
        ${privacy
          ? html`<p class="hub-body">
              ${withSlots(this.t('panel.consent.privacy'), {
                link: html`<a href="${privacy}" target="_blank" rel="noopener noreferrer">${this.t('panel.consent.privacyLink')}</a>`,
              })}
            </p>`
          : nothing}
        ${consent('contact-about-panel', {
          legend: 'panel.consent.contact.legend',
          hint: 'panel.consent.contact.hint',
          label: 'panel.consent.contact.label',
        })}
        ${consent('keep-for-a-year', { legend: 'panel.consent.keep.legend', hint: 'panel.consent.keep.hint', label: 'panel.consent.keep.label' })}`,
      () => this.continueIf(validateConsent(this.answers), 'check'),
    );
  }

  private renderCheck() {
    const section = (name: CheckSection, rows: SummaryRow[]) =>
      html`<h3 class="hub-heading-m hub-check-section" id="check-${name}" tabindex="-1">${this.t(`panel.check.section.${name}`)}</h3>
        ${summaryList(this.t, rows)}`;
    return html`${backLink(this.t, () => this.journey.back())}
      ${errorSummary(this.t, this.journey.errors)}
      ${this.submitError ? this.renderProblem(this.submitError, () => void this.send()) : nothing}
      <h2 class="hub-heading-l" tabindex="-1" data-step-heading>${this.t('panel.check.title')}</h2>
      ${section('joining', this.joiningRows())} ${section('details', this.detailsRows())}
      ${section('takePart', this.takingPartRows())} ${section('support', this.supportRows())}
      ${section('equality', this.equalityRows())} ${section('consent', this.consentRows())}
      <h3 class="hub-heading-m">${this.t('panel.check.sendHeading')}</h3>
      <p class="hub-body">${this.t('panel.check.sendBody')}</p>
      <form novalidate @submit=${this.onSend}>
        ${button({ text: this.t('panel.check.send'), type: 'submit', busy: this.submitting, part: 'send-button' })}
      </form>`;
  }

  private renderConfirmation() {
    const feedback = safeWebUrl(this.feedbackUrl);
    return html`${panel(
        this.t('panel.confirmation.title'),
        html`${this.t('panel.confirmation.reference')}<br /><strong class="hub-reference">${this.reference}</strong>`,
      )}
      <h3 class="hub-heading-m">${this.t('panel.confirmation.nextHeading')}</h3>
      <p class="hub-body">${this.p('panel.confirmation.next')}</p>
      <p class="hub-body">${this.t('panel.confirmation.year')}</p>
      <p class="hub-body">${this.t('panel.confirmation.keepReference')}</p>
      ${this.renderCallUs()}
      ${feedback
        ? html`<p class="hub-body">
            ${withSlots(this.t('panel.confirmation.feedback'), {
              link: html`<a href="${feedback}" part="feedback-link">${this.t('panel.confirmation.feedbackLink')}</a>`,
            })}
          </p>`
        : nothing}`;
  }

  // ------------------------------------------------------------------------------------------------
  // Check your answers rows

  private row(key: MessageKey, value: string | TemplateResult, step: Step): SummaryRow {
    return { key: this.t(key), value, change: { onClick: () => this.journey.go(step, { returnTo: 'check' }) } };
  }

  private lines(values: readonly string[], label: (value: string) => string): string {
    return values.length ? values.map(label).join('\n') : this.t('panel.check.notProvided');
  }

  private joiningRows(): SummaryRow[] {
    const labels: Record<string, MessageKey> = {
      'pregnant-or-partner': 'panel.eligibility.pregnant',
      'child-under-two': 'panel.eligibility.underTwo',
      'recent-start-for-life': 'panel.eligibility.recent',
    };
    return [this.row('panel.check.eligibility', this.lines(this.answers.eligibility, (v) => this.t(labels[v] ?? 'panel.eligibility.none')), 'eligibility')];
  }

  private detailsRows(): SummaryRow[] {
    const a = this.answers;
    const rows = [this.row('panel.check.name', a.name.trim(), 'details')];
    if (a.contactMethods.includes('email')) rows.push(this.row('panel.check.email', a.email.trim(), 'details'));
    if (a.contactMethods.includes('phone')) rows.push(this.row('panel.check.phone', a.phone.trim(), 'details'));
    const locality = a.locality === LOCALITY_NOT_SURE ? this.t('panel.locality.notSure') : a.locality.trim();
    rows.push(this.row('panel.check.locality', locality, 'locality'));
    const relationship =
      a.relationship === 'other' ? a.relationshipOther.trim() : a.relationship ? this.t(`panel.relationship.${a.relationship}`) : '';
    rows.push(this.row('panel.check.relationship', relationship, 'relationship'));
    return rows;
  }

  private takingPartRows(): SummaryRow[] {
    const a = this.answers;
    return [
      this.row('panel.check.takePart', this.lines(a.takePart, (v) => this.t(`panel.takePart.${v}` as MessageKey)), 'taking-part'),
      this.row('panel.check.availability', this.lines(a.availability, (v) => this.t(`panel.availability.${v}` as MessageKey)), 'taking-part'),
    ];
  }

  private supportRows(): SummaryRow[] {
    const a = this.answers;
    const chosen = a.support.filter((v) => v !== NO_SUPPORT);
    const rows = [
      this.row(
        'panel.check.support',
        chosen.length ? this.lines(chosen, (v) => this.t(`panel.support.${v}` as MessageKey)) : this.t('panel.check.noSupport'),
        'support',
      ),
    ];
    if (chosen.includes('interpreter')) rows.push(this.row('panel.check.language', a.interpreterLanguage.trim(), 'support'));
    if (supportDetailsAsked(a)) rows.push(this.row('panel.check.supportDetails', a.supportDetails.trim(), 'support'));
    return rows;
  }

  private equalityRows(): SummaryRow[] {
    return EQUALITY_ORDER.map((name) => {
      const value = this.answers.equality[name];
      const text = !value
        ? this.t('panel.check.notProvided')
        : value === PREFER_NOT_TO_SAY
          ? this.t('common.preferNotToSay')
          : this.t(`panel.equality.${name}.${value}` as MessageKey);
      return this.row(`panel.check.${name}`, text, 'equality');
    });
  }

  private consentRows(): SummaryRow[] {
    const agreed = (purpose: ConsentPurpose) =>
      this.answers.consents[purpose] ? this.t('panel.check.agreed') : this.t('panel.check.notProvided');
    return [
      this.row('panel.check.consentContact', agreed('contact-about-panel'), 'consent'),
      this.row('panel.check.consentKeep', agreed('keep-for-a-year'), 'consent'),
    ];
  }

  // ------------------------------------------------------------------------------------------------
  // Sending

  private readonly onSend = (event: Event) => {
    event.preventDefault();
    void this.send();
  };

  /** Sends the application once per attempt. A retry after a failure, or a second click, reuses the key. */
  private async send(): Promise<void> {
    const adapter = this.hubAdapter;
    if (this.submitting || !adapter) return;
    const parsed = PanelApplicationSchema.safeParse(toApplication(this.answers));
    if (!parsed.success) {
      // Only reachable if a step's checks and the schema disagree; point the family at the answer.
      this.showFieldProblems(parsed.error.issues.map((issue) => issue.path.map(String).join('.')));
      return;
    }
    const application: PanelApplication = parsed.data;
    const fingerprint = JSON.stringify(application);
    if (this.attempt?.fingerprint !== fingerprint) this.attempt = { key: newIdempotencyKey(), fingerprint };
    const controller = new AbortController();
    this.inFlight = controller;
    this.submitting = true;
    this.submitError = undefined;
    this.journey.errors = [];
    this.announce(this.t('panel.check.sending'));
    try {
      const receipt = await adapter.submitPanelApplication(application, { idempotencyKey: this.attempt.key, signal: controller.signal });
      this.attempt = undefined;
      this.answers = emptyAnswers();
      this.reference = receipt.reference;
      this.journey.go('confirmation', { replaceHistory: true, returnTo: null });
      this.emit(new HubPanelSubmittedEvent({ reference: receipt.reference }));
    } catch (error) {
      const problem = this.reportError(error);
      if (problem.code === 'aborted') return;
      if (problem.code === 'conflict' && problem.reason === 'idempotency-key-reused') this.attempt = undefined;
      if (problem.code === 'validation' && problem.fields.length) {
        this.showFieldProblems(problem.fields.map((field) => field.path));
      } else {
        this.submitError = problem;
        void this.focusAfterUpdate('[data-problem-heading]');
      }
    } finally {
      if (this.inFlight === controller) this.inFlight = undefined;
      this.submitting = false;
    }
  }

  /** Problems with particular answers: an error summary on Check your answers linking to each section. */
  private showFieldProblems(paths: string[]): void {
    const seen = new Set<string>();
    const errors: ErrorItem[] = [];
    for (const path of paths) {
      const head = path.split('.')[0] ?? '';
      const section = SECTION_OF_STEP[stepForPath(path)] ?? 'joining';
      const question = QUESTION_OF_PATH[head];
      if (!question || seen.has(head)) continue;
      seen.add(head);
      errors.push({ fieldId: `check-${section}`, key: 'panel.check.fieldProblem', params: { question: (t) => t(question) } });
    }
    if (!errors.length) {
      this.submitError = new AdapterError('validation', 'The application was not accepted');
      void this.focusAfterUpdate('[data-problem-heading]');
      return;
    }
    this.journey.validate(errors);
  }

  // ------------------------------------------------------------------------------------------------
  // Helpers

  /** A question page: Back, the error summary, the question(s) and Continue, in a `novalidate` form. */
  private questionPage(content: TemplateResult, onContinue: () => void) {
    return html`${backLink(this.t, () => this.journey.back())} ${errorSummary(this.t, this.journey.errors)}
      <form
        novalidate
        @submit=${(event: Event) => {
          event.preventDefault();
          onContinue();
        }}
      >
        ${content} ${button({ text: this.t('common.continue'), type: 'submit' })}
      </form>`;
  }

  /** A statement heading for a page with more than one question. */
  private pageHeading(text: string) {
    return html`<h2 class="hub-heading-l" tabindex="-1" data-step-heading>${text}</h2>`;
  }

  private continueIf(errors: ErrorItem[], next: Step): void {
    if (this.journey.validate(errors)) this.journey.continueTo(next);
  }

  private set(patch: Partial<PanelAnswers>): void {
    this.answers = { ...this.answers, ...patch };
  }

  private setConsent(purpose: ConsentPurpose, given: boolean): void {
    const consents = { ...this.answers.consents };
    if (given) consents[purpose] = { noticeVersion: this.config.privacyVersion, at: toLondonIso(new Date()) };
    else delete consents[purpose];
    this.set({ consents });
  }

  /** A message with the panel's and hub's names filled in. */
  private p(key: MessageKey, params: MessageParams = {}): string {
    return this.t(key, { panelName: this.panelName || this.t('panel.nameDefault'), hubName: this.hubNameText, ...params });
  }

  private get localityList(): string[] {
    return this.config.localities;
  }
}

