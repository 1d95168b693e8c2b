/**
 * "Who is coming" and "How old are the children": the first two question pages. The party page states the
 * session's household rules before asking for the number of adults and children; the ages page asks each
 * child's age in years and months (and about SEND where a session runs to 25).
 */
import { html, nothing } from 'lit';
import { ageRangeInWords } from '../../core/age.js';
import type { Session } from '../../core/model.js';
import { textInput } from '../../partials/field.js';
import { FIELD, childCount, resizeAges } from './answers.js';
import { childAgeInput } from './child-age-input.js';
import { questionPage, type AnswersContext } from './journey-page.js';

export interface PartyContext extends AnswersContext {
  /** The family chose "Join the waiting list". */
  joinWaitingList: boolean;
}

export function partyStep(context: PartyContext, session: Session) {
  const { t, answers } = context;
  const { rules } = session;
  const ages = rules.childAgeRange;
  const rulesText = [
    rules.maxAdults > 0 ? t('booking.party.rules.adults', { count: rules.maxAdults }) : t('booking.party.rules.noAdults'),
    rules.maxChildren > 0 ? t('booking.party.rules.children', { count: rules.maxChildren }) : t('booking.party.rules.noChildren'),
    ages && rules.maxChildren > 0 ? t('booking.party.rules.ages', { ages: ageRangeInWords(ages, t) }) : '',
  ].filter(Boolean);
  // Small numbers typed in narrow boxes; never filled in by the browser.
  const numberBox = { inputmode: 'numeric', autocomplete: 'off', spellcheck: false, width: 2 } as const;
  return questionPage(
    context,
    html`<h2 class="hub-heading-l" tabindex="-1" data-step-heading>${t('booking.party.title')}</h2>
      ${context.joinWaitingList ? html`<p class="hub-body">${t('booking.party.waitingList')}</p>` : nothing}
      <ul class="hub-list">
        ${rulesText.map((line) => html`<li>${line}</li>`)}
      </ul>
      ${rules.maxAdults > 0
        ? textInput({
            t,
            id: FIELD.adults,
            label: t('booking.party.adults.label'),
            hint: t('booking.party.adults.hint'),
            value: answers.adults,
            ...numberBox,
            error: context.errorFor(FIELD.adults),
            onInput: (value) => context.onAnswers({ adults: value }),
          })
        : nothing}
      ${rules.maxChildren > 0
        ? textInput({
            t,
            id: FIELD.children,
            label: rules.adultsOnly ? t('booking.party.children.labelOptional') : t('booking.party.children.label'),
            hint: t('booking.party.children.hint'),
            value: answers.children,
            ...numberBox,
            error: context.errorFor(FIELD.children),
            onInput: (value) => context.onAnswers({ children: value }),
          })
        : nothing}`,
  );
}

export function agesStep(context: AnswersContext, session: Session) {
  const { t, answers } = context;
  const count = childCount(answers, session.rules);
  const ages = resizeAges(answers.ages, count);
  const askSend = Boolean(session.rules.childAgeRange?.sendTo25);
  return questionPage(
    context,
    html`<h2 class="hub-heading-l" tabindex="-1" data-step-heading>${t('booking.ages.title', { count })}</h2>
      <p class="hub-hint">${t('booking.ages.hint')}</p>
      ${ages.map((child, index) => {
        const yearsError = context.errorFor(FIELD.childYears(index));
        const monthsError = context.errorFor(FIELD.childMonths(index));
        return childAgeInput({
          t,
          index,
          value: child,
          askSend,
          ...(yearsError ? { error: yearsError } : monthsError ? { error: monthsError, errorPart: 'months' as const } : {}),
          onInput: (value) =>
            context.onAnswers((current) => {
              const next = resizeAges(current.ages, count);
              next[index] = value;
              return { ages: next };
            }),
        });
      })}`,
  );
}
