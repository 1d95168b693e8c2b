/**
 * The start page: what the hub can help with, the safeguarding notice (emergency services and the
 * children's services number), "Exit this page", what happens next, and Start now — or, when the backend
 * cannot take requests, the hub's phone number instead of the form.
 */
import { html, nothing } from 'lit';
import type { Translate } from '../../i18n/messages.js';
import { withSlots } from '../../i18n/slots.js';
import { warningText } from '../../partials/content.js';
import { button } from '../../partials/navigation.js';
import { phoneLink, stepHeading, type PageContext } from './referral-page.js';

export interface StartContext extends PageContext {
  /** Working days the hub takes to reply, when configured. */
  responseDays: number | undefined;
  /** Children's services number for worries about a child's safety. */
  childrenServicesPhone: string | undefined;
  /** The backend takes self-referrals: offer Start now. */
  canSubmit: boolean;
}

/** Emergency services, then children's services (a link when the number can be dialled). */
function safeguarding(t: Translate, phone: string | undefined) {
  return html`<span data-safeguarding>${t('referral.safety.emergency')}
    ${phone ? withSlots(t('referral.safety.childrensServices'), { phone: phoneLink(phone) }) : t('referral.safety.childrensServicesNoPhone')}</span>`;
}

export function startStep(context: StartContext) {
  const { t, hubName, responseDays: days, canSubmit, callUs } = context;
  return html`${stepHeading(t, 'referral.start.title', { hubName })} ${context.serviceNote}
    <p class="hub-body">${t('referral.start.intro')}</p>
    <p class="hub-body">${t('referral.start.examplesIntro')}</p>
    <ul class="hub-list">
      <li>${t('referral.start.example.parenting')}</li>
      <li>${t('referral.start.example.mentalHealth')}</li>
      <li>${t('referral.start.example.speech')}</li>
      <li>${t('referral.start.example.feeding')}</li>
      <li>${t('referral.start.example.dads')}</li>
    </ul>
    <p class="hub-body">${t('referral.start.time')}</p>
    <h3 class="hub-heading-m">${t('referral.start.safetyTitle')}</h3>
    ${warningText(t, safeguarding(t, context.childrenServicesPhone))}
    <p class="hub-body">${t('referral.safety.exit')}</p>
    <h3 class="hub-heading-m">${t('referral.start.nextTitle')}</h3>
    <p class="hub-body" data-response-time>
      ${days && days > 0 ? t('referral.start.next', { hubName, count: days }) : t('referral.start.nextNoDays', { hubName })}
    </p>
    <p class="hub-body">${t('referral.start.sharing')}</p>
    ${canSubmit ? callUs : nothing}
    ${canSubmit
      ? button({ text: t('referral.start.button'), type: 'submit' })
      : html`<div class="hub-problem" part="problem">
          <h3 class="hub-heading-m">${t('referral.unavailable.title')}</h3>
          <p class="hub-body">${t('referral.unavailable.body')}</p>
          ${callUs}
        </div>`}`;
}
