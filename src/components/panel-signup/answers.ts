/**
 * The Parent and Carer Panel application as a family fills it in: the answers held in memory (never
 * stored), each step's validation in GOV.UK words, and the `PanelApplication` the adapter receives.
 * Plain functions, so the rules can be read and tested without the element.
 */
import {
  PANEL_ELIGIBILITY,
  PREFER_NOT_TO_SAY,
  PanelApplicationSchema,
  type PanelApplication,
  type Relationship,
} from '../../core/model.js';
import type { MessageKey } from '../../i18n/messages.js';
import type { ErrorItem } from '../../partials/error-summary.js';

export const STEPS = [
  'start',
  'eligibility',
  'not-eligible',
  'details',
  'locality',
  'relationship',
  'taking-part',
  'support',
  'equality',
  'consent',
  'check',
  'confirmation',
] as const;
export type Step = (typeof STEPS)[number];

export type Eligibility = (typeof PANEL_ELIGIBILITY)[number];
export const ELIGIBILITY_CHOICES = ['pregnant-or-partner', 'child-under-two', 'recent-start-for-life'] as const satisfies readonly Eligibility[];

export const CONTACT_CHOICES = ['email', 'phone'] as const;
export type ContactChoice = (typeof CONTACT_CHOICES)[number];

export const TAKE_PART = ['in-person', 'online', 'surveys'] as const;
export type TakePart = (typeof TAKE_PART)[number];
export const AVAILABILITY = ['weekday-daytime', 'weekday-evening', 'weekend'] as const;
export type Availability = (typeof AVAILABILITY)[number];
export const SUPPORT = ['childcare', 'travel', 'interpreter', 'access', 'other'] as const;
export type Support = (typeof SUPPORT)[number];
/** The "I do not need any support" box: an answer on screen, an empty list in the application. */
export const NO_SUPPORT = 'none';

/** The locality answer when a family does not know which area they are in. */
export const LOCALITY_NOT_SURE = 'not-sure';

/** Equality monitoring: every question optional; each also allows "prefer-not-to-say". */
export const EQUALITY_QUESTIONS = {
  ageBand: ['under-18', '18-24', '25-34', '35-44', '45-plus'],
  gender: ['woman', 'man', 'non-binary', 'another-term'],
  ethnicity: ['asian', 'black', 'mixed', 'white', 'other'],
  disability: ['yes', 'no'],
  singleParent: ['yes', 'no'],
  carerType: ['foster', 'adoptive', 'kinship', 'no'],
} as const;
export type EqualityQuestion = keyof typeof EQUALITY_QUESTIONS;
export const EQUALITY_ORDER = Object.keys(EQUALITY_QUESTIONS) as EqualityQuestion[];
export { PREFER_NOT_TO_SAY };

/** Each consent is its own purpose, recorded with the privacy notice version and the time it was given. */
export const CONSENT_PURPOSES = ['contact-about-panel', 'keep-for-a-year'] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];
export interface GivenConsent {
  noticeVersion: string;
  /** ISO 8601 with offset: when the box was ticked. */
  at: string;
}

export const LIMITS = { name: 120, locality: 60, relationshipOther: 100, language: 60, supportDetails: 500 } as const;

export interface PanelAnswers {
  eligibility: string[];
  name: string;
  contactMethods: ContactChoice[];
  email: string;
  phone: string;
  locality: string;
  relationship: Relationship | '';
  relationshipOther: string;
  takePart: TakePart[];
  availability: Availability[];
  /** May hold NO_SUPPORT on its own. */
  support: string[];
  interpreterLanguage: string;
  supportDetails: string;
  equality: Partial<Record<EqualityQuestion, string>>;
  consents: Partial<Record<ConsentPurpose, GivenConsent>>;
}

export function emptyAnswers(): PanelAnswers {
  return {
    eligibility: [],
    name: '',
    contactMethods: [],
    email: '',
    phone: '',
    locality: '',
    relationship: '',
    relationshipOther: '',
    takePart: [],
    availability: [],
    support: [],
    interpreterLanguage: '',
    supportDetails: '',
    equality: {},
    consents: {},
  };
}

/** Field ids: the error summary links to them, so each is the id of a real control (the first box of a group). */
export const FIELD = {
  eligibility: 'eligibility',
  name: 'name',
  contact: 'contact',
  email: 'email',
  phone: 'phone',
  locality: 'locality',
  relationship: 'relationship',
  relationshipOther: 'relationship-other',
  takePart: 'take-part',
  availability: 'availability',
  support: 'support',
  language: 'interpreter-language',
  supportDetails: 'support-details',
  consentContact: 'consent-contact',
  consentKeep: 'consent-keep',
} as const;
export const equalityFieldId = (question: EqualityQuestion) => `equality-${question.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

export const isEligible = (answers: PanelAnswers) =>
  answers.eligibility.some((value) => (ELIGIBILITY_CHOICES as readonly string[]).includes(value));

/** Which of access needs and "something else" were chosen: decides whether (and how) support details are asked. */
export function supportDetailsAsked(answers: PanelAnswers): 'access' | 'other' | 'both' | null {
  const access = answers.support.includes('access');
  const other = answers.support.includes('other');
  if (access && other) return 'both';
  if (access) return 'access';
  if (other) return 'other';
  return null;
}

const fieldOf = PanelApplicationSchema.shape;

// ---------------------------------------------------------------------------------------------------
// Validation, step by step. Each returns the errors to show (empty when the step can be left), as
// catalogue keys: the widget words them in its current language each time it renders.

type Problem = [fieldId: string, key: MessageKey];
const toErrors = (problems: (Problem | null)[]): ErrorItem[] =>
  problems.filter((p): p is Problem => p !== null).map(([fieldId, key]) => ({ fieldId, key }));

function tooLong(value: string, max: number) {
  return value.trim().length > max;
}

export function validateEligibility(a: PanelAnswers): ErrorItem[] {
  return toErrors([a.eligibility.length ? null : [FIELD.eligibility, 'panel.error.eligibility']]);
}

export function validateDetails(a: PanelAnswers): ErrorItem[] {
  const name = a.name.trim();
  const problems: (Problem | null)[] = [
    !name ? [FIELD.name, 'panel.error.name'] : tooLong(name, LIMITS.name) ? [FIELD.name, 'panel.error.nameLong'] : null,
  ];
  if (!a.contactMethods.length) problems.push([FIELD.contact, 'panel.error.contact']);
  if (a.contactMethods.includes('email')) {
    const email = a.email.trim();
    if (!email) problems.push([FIELD.email, 'panel.error.email']);
    else if (!fieldOf.email.safeParse(email).success) problems.push([FIELD.email, 'panel.error.emailFormat']);
  }
  if (a.contactMethods.includes('phone')) {
    const phone = a.phone.trim();
    if (!phone) problems.push([FIELD.phone, 'panel.error.phone']);
    else if (!fieldOf.phone.safeParse(phone).success) problems.push([FIELD.phone, 'panel.error.phoneFormat']);
  }
  return toErrors(problems);
}

export function validateLocality(a: PanelAnswers, hasList: boolean): ErrorItem[] {
  const value = a.locality.trim();
  if (!value) return toErrors([[FIELD.locality, hasList ? 'panel.error.locality' : 'panel.error.localityText']]);
  return toErrors([tooLong(value, LIMITS.locality) ? [FIELD.locality, 'panel.error.localityLong'] : null]);
}

export function validateRelationship(a: PanelAnswers): ErrorItem[] {
  if (!a.relationship) return toErrors([[FIELD.relationship, 'panel.error.relationship']]);
  if (a.relationship !== 'other') return [];
  const other = a.relationshipOther.trim();
  return toErrors([
    !other
      ? [FIELD.relationshipOther, 'panel.error.relationshipOther']
      : tooLong(other, LIMITS.relationshipOther)
        ? [FIELD.relationshipOther, 'panel.error.relationshipOtherLong']
        : null,
  ]);
}

export function validateTakingPart(a: PanelAnswers): ErrorItem[] {
  return toErrors([a.takePart.length ? null : [FIELD.takePart, 'panel.error.takePart']]);
}

export function validateSupport(a: PanelAnswers): ErrorItem[] {
  if (!a.support.length) return toErrors([[FIELD.support, 'panel.error.support']]);
  const problems: (Problem | null)[] = [];
  if (a.support.includes('interpreter')) {
    const language = a.interpreterLanguage.trim();
    if (!language) problems.push([FIELD.language, 'panel.error.language']);
    else if (tooLong(language, LIMITS.language)) problems.push([FIELD.language, 'panel.error.languageLong']);
  }
  if (supportDetailsAsked(a)) {
    const details = a.supportDetails.trim();
    if (!details) problems.push([FIELD.supportDetails, 'panel.error.supportDetails']);
    else if (tooLong(details, LIMITS.supportDetails)) problems.push([FIELD.supportDetails, 'panel.error.supportDetailsLong']);
  }
  return toErrors(problems);
}

export function validateConsent(a: PanelAnswers): ErrorItem[] {
  return toErrors([
    a.consents['contact-about-panel'] ? null : [FIELD.consentContact, 'panel.error.consentContact'],
    a.consents['keep-for-a-year'] ? null : [FIELD.consentKeep, 'panel.error.consentKeep'],
  ]);
}

// ---------------------------------------------------------------------------------------------------
// The application

/**
 * What the adapter receives: exactly the answers given, trimmed. Answers to questions a family was no
 * longer asked (an interpreter language after unticking "An interpreter") are left out, and so are
 * equality questions left blank.
 */
export function toApplication(a: PanelAnswers): PanelApplication {
  const support = a.support.filter((value): value is Support => (SUPPORT as readonly string[]).includes(value));
  const equality: Partial<Record<EqualityQuestion, string>> = {};
  for (const question of EQUALITY_ORDER) {
    const value = a.equality[question];
    if (value) equality[question] = value;
  }
  const application: PanelApplication = {
    eligibility: a.eligibility.filter((value): value is Eligibility => (PANEL_ELIGIBILITY as readonly string[]).includes(value)),
    name: a.name.trim(),
    locality: a.locality.trim(),
    relationship: a.relationship as Relationship,
    takePart: [...a.takePart],
    availability: [...a.availability],
    support,
    equality,
    consents: CONSENT_PURPOSES.flatMap((purpose) => {
      const consent = a.consents[purpose];
      return consent ? [{ purpose, given: true, noticeVersion: consent.noticeVersion, at: consent.at }] : [];
    }),
  };
  if (a.contactMethods.includes('email')) application.email = a.email.trim();
  if (a.contactMethods.includes('phone')) application.phone = a.phone.trim();
  if (a.relationship === 'other') application.relationshipOther = a.relationshipOther.trim();
  if (support.includes('interpreter')) application.interpreterLanguage = a.interpreterLanguage.trim();
  if (supportDetailsAsked(a)) application.supportDetails = a.supportDetails.trim();
  return application;
}

/** Which step asks for a field of the application (for problems the backend reports). */
export function stepForPath(path: string): Step {
  const head = path.split('.')[0] ?? '';
  const steps: Record<string, Step> = {
    eligibility: 'eligibility',
    name: 'details',
    email: 'details',
    phone: 'details',
    locality: 'locality',
    relationship: 'relationship',
    relationshipOther: 'relationship',
    takePart: 'taking-part',
    availability: 'taking-part',
    support: 'support',
    interpreterLanguage: 'support',
    supportDetails: 'support',
    equality: 'equality',
    consents: 'consent',
  };
  return steps[head] ?? 'check';
}
