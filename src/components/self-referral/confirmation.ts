/**
 * "Request sent": the reference number in the confirmation panel, when the hub will reply, the hub's
 * phone number, what to do in an emergency, and that the answers have been cleared from the page.
 */
import { html } from 'lit';
import { panel } from '../../partials/content.js';
import type { PageContext } from './referral-page.js';

export interface ConfirmationContext extends PageContext {
  reference: string | undefined;
  /** Working days the hub takes to reply, when configured. */
  responseDays: number | undefined;
}

export function confirmation(context: ConfirmationContext) {
  const { t, responseDays: days } = context;
  return html`${panel(
      t('referral.confirm.title'),
      html`${t('referral.confirm.reference')}<strong class="hub-reference" data-reference>${context.reference ?? ''}</strong>`,
    )}
    <h3 class="hub-heading-m">${t('referral.confirm.nextTitle')}</h3>
    <p class="hub-body">${days && days > 0 ? t('referral.confirm.next', { count: days }) : t('referral.confirm.nextNoDays')}</p>
    ${context.callUs}
    <p class="hub-body">${t('referral.confirm.emergency')}</p>
    <p class="hub-body">${t('referral.confirm.keepSafe')}</p>
    <p class="hub-body hub-secondary-text">${t('referral.confirm.answersCleared')}</p>`;
}
