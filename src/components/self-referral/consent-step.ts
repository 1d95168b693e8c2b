/**
 * "Sharing your information": the privacy notice and its version, then one separate, recorded choice per
 * purpose (contact, sharing with other services, feedback). None is ticked for the family, and the hub's
 * phone number is offered to anyone who would rather not be contacted.
 */
import { html, nothing } from 'lit';
import { safeWebUrl } from '../../core/links.js';
import type { MessageKey } from '../../i18n/messages.js';
import { withSlots } from '../../i18n/slots.js';
import { checkboxes } from '../../partials/checkboxes.js';
import type { ConsentPurpose } from './referral-draft.js';
import { consentField } from './referral-validation.js';
import { continueButton, phoneLink, stepHeading, type QuestionContext } from './referral-page.js';

export interface ConsentContext extends QuestionContext {
  /** The privacy notice's address, linked when it is a safe web address. */
  privacyUrl: string | undefined;
  /** The privacy notice's version, recorded with every consent. */
  noticeVersion: string;
  /** The hub's phone number, for "call us instead". */
  phone: string | undefined;
  onConsent: (purpose: ConsentPurpose, given: boolean) => void;
}

/** The phone is the route for someone who does not want to be contacted. */
function callInstead(context: ConsentContext) {
  const { phone } = context;
  if (!phone) return nothing;
  return html`<p class="hub-body" data-call-instead>
    ${withSlots(context.t('referral.consent.callInstead', { hubName: context.hubName }), { phone: phoneLink(phone) })}
  </p>`;
}

export function consentStep(context: ConsentContext) {
  const { t, draft, hubName } = context;
  const privacyHref = safeWebUrl(context.privacyUrl);
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
      error: context.errorFor(consentField(purpose)),
      items: [{ value: purpose, text: t(label, { hubName }), hint: t(hint) }],
      values: draft.consents[purpose].given ? [purpose] : [],
      onChange: (values) => context.onConsent(purpose, values.includes(purpose)),
    });
  return html`${stepHeading(t, 'referral.consent.title')}
    <p class="hub-body">${t('referral.consent.intro')}</p>
    <p class="hub-body">${privacy}</p>
    <p class="hub-body hub-secondary-text">${t('referral.consent.version', { version: context.noticeVersion })}</p>
    ${consent('contact', 'referral.consent.contact.legend', 'referral.consent.contact.label', 'referral.consent.contact.hint')}
    ${callInstead(context)}
    ${consent('share-with-services', 'referral.consent.share.legend', 'referral.consent.share.label', 'referral.consent.share.hint')}
    ${consent('feedback', 'referral.consent.feedback.legend', 'referral.consent.feedback.label', 'referral.consent.feedback.hint')}
    ${continueButton(t)}`;
}
