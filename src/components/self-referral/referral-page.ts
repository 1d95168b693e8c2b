/**
 * What the pages of the self-referral journey share: the list of steps, the context the element hands its
 * page templates, the step heading (focused on each new step), the Continue button and the note that names
 * the service a family is asking about.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { telHref } from '../../core/links.js';
import type { Service } from '../../core/model.js';
import type { MessageKey, MessageParams, Translate } from '../../i18n/messages.js';
import { withSlots } from '../../i18n/slots.js';
import { insetText } from '../../partials/content.js';
import { button } from '../../partials/navigation.js';
import type { ReferralDraft } from './referral-draft.js';

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

/** Where Continue goes from each question page (a "Change" link's return overrides it). */
export const NEXT_STEP: Partial<Record<ReferralStep, ReferralStep>> = {
  start: 'about-you',
  'about-you': 'children',
  children: 'help',
  help: 'more',
  more: 'contact',
  contact: 'consent',
  consent: 'check',
};

/** Changes one answer in the element's draft. */
export type SetAnswer = <K extends keyof ReferralDraft>(key: K, value: ReferralDraft[K]) => void;

/** What every page needs. The element builds one for all its pages; a page asks for its own extras. */
export interface PageContext {
  t: Translate;
  /** The widget's language, for months and dates. */
  lang: string;
  /** The hub's name in sentences. */
  hubName: string;
  /** "You can call … on …", or nothing when no phone is configured. */
  callUs: TemplateResult | typeof nothing;
  /** "You are asking about: …", or nothing when no service was chosen or it has not loaded. */
  serviceNote: TemplateResult | typeof nothing;
}

/** A question page: the family's answers, their inline errors, and a way to change them. */
export interface QuestionContext extends PageContext {
  draft: ReferralDraft;
  /** A field's inline error, in the widget's current language. */
  errorFor: (fieldId: string) => string | undefined;
  onAnswer: SetAnswer;
}

/** The step's heading: focused when the step is shown, so screen readers start there. */
export function stepHeading(t: Translate, key: MessageKey, params?: MessageParams) {
  return html`<h2 class="hub-heading-l" tabindex="-1" data-step-heading>${t(key, params)}</h2>`;
}

export function continueButton(t: Translate) {
  return html`<div class="hub-self-referral__step-actions">${button({ text: t('common.continue'), type: 'submit' })}</div>`;
}

/** "You are asking about: Baby massage", when a service was chosen and its details loaded. */
export function serviceNote(t: Translate, service: Service | null | undefined, serviceId: string | undefined) {
  if (!service || service.id !== serviceId) return nothing;
  return insetText(withSlots(t('referral.help.service'), { service: html`<bdi>${service.name}</bdi>` }));
}

/** A phone number as a link to call it, or as text when it cannot be dialled. */
export function phoneLink(phone: string) {
  const href = telHref(phone);
  return href ? html`<a href="${href}">${phone}</a>` : html`${phone}`;
}
