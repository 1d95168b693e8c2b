/**
 * "Check your answers before sending": every answer by section, each with a Change link back to its step,
 * then Send request. When sending failed, the problem comes first: links to the sections the backend
 * rejected, or Try again (the same request, with the same idempotency key) and the hub's phone number.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { AdapterError } from '../../core/errors.js';
import { normalisePostcode } from '../../core/geo.js';
import { formatMonthYear } from '../../i18n/format.js';
import type { MessageKey, Translate } from '../../i18n/messages.js';
import { summaryList, type SummaryRow } from '../../partials/content.js';
import { button } from '../../partials/navigation.js';
import type { ChildDraft, ConsentPurpose, ContactMethod, ReferralDraft } from './referral-draft.js';
import { parseMonth, plainDigits, stepForPath, type StepName } from './referral-validation.js';
import { stepHeading, type PageContext } from './referral-page.js';

export interface CheckContext extends PageContext {
  draft: ReferralDraft;
  /** A category's name from its id (the id itself when it is not known). */
  categoryName: (id: string) => string;
  /** The request is being sent: the button shows it is busy. */
  submitting: boolean;
  /** Why the last attempt failed, shown above the answers. */
  submitError: AdapterError | undefined;
  /** A Change link: go to the step, then come back here. */
  onChange: (step: StepName) => void;
  onRetry: () => void;
}

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

/** "2 years 3 months"; babies under two in months only. */
export function ageInWords(t: Translate, months: number): string {
  if (months < 24) return t('referral.age.months', { count: months });
  const years = t('referral.age.years', { count: Math.floor(months / 12) });
  const rest = months % 12;
  return rest ? t('referral.age.yearsMonths', { years, months: t('referral.age.months', { count: rest }) }) : years;
}

/** One child on lines: name, age or due month, additional needs. */
function childSummary(t: Translate, lang: string, child: ChildDraft) {
  const lines: string[] = [];
  if (child.name.trim()) lines.push(child.name.trim());
  if (child.born === 'no') {
    const month = parseMonth(child.dueMonth, lang);
    const year = Number(plainDigits(child.dueYear));
    if (month && year) {
      const formatted = formatMonthYear(lang, year, month);
      lines.push(t('referral.check.expecting', { month: formatted }));
    }
  } else if (child.born === 'yes') {
    lines.push(ageInWords(t, Number(plainDigits(child.years) || 0) * 12 + Number(plainDigits(child.months) || 0)));
    if (child.send === 'yes') lines.push(t('referral.check.send'));
  }
  if (child.needs.trim() && (child.born === 'no' || child.send === 'yes')) lines.push(child.needs.trim());
  return html`<bdi class="hub-answer">${lines.join('\n')}</bdi>`;
}

/** Why sending failed, where the family pressed Send; focused when it appears. */
function submitProblem(context: CheckContext) {
  const error = context.submitError;
  if (!error) return nothing;
  const { t } = context;
  let body: TemplateResult;
  if (error.code === 'validation') {
    const steps = [...new Set(error.fields.map((field) => stepForPath(field.path)))];
    body = html`<p class="hub-body">${t('referral.submit.validation')}</p>
      <ul class="hub-submit-problem__list">
        ${(steps.length ? steps : (['about-you'] as StepName[])).map(
          (step) =>
            html`<li>
              <button type="button" class="hub-link" @click=${() => context.onChange(step)}>
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
    ${body} ${context.callUs}
    ${error.code !== 'validation' ? button({ text: t('common.tryAgain'), variant: 'secondary', onClick: () => context.onRetry() }) : nothing}
  </div>`;
}

export function checkAnswers(context: CheckContext) {
  const { t, draft } = context;
  const answer = (value: string | undefined | null) =>
    value && value.trim() ? html`<bdi class="hub-answer">${value.trim()}</bdi>` : t('referral.check.notProvided');
  const change = (step: StepName) => ({ onClick: () => context.onChange(step) });
  const yesNo = (value: string) => (value === 'yes' ? t('common.yes') : value === 'not-sure' ? t('common.notSure') : t('common.no'));
  // An optional question's label without "(optional)": the answer says whether it was given.
  const question = (key: MessageKey) => t(key).replace(t('common.optional'), '').trim();
  const relationship =
    draft.relationship === 'other'
      ? draft.relationshipOther
      : draft.relationship
        ? t(`referral.relationship.${draft.relationship}` as MessageKey)
        : '';
  const categoryNames = draft.categoryIds.map((id) => context.categoryName(id));
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
    value: childSummary(t, context.lang, child),
    change: change('children'),
  }));
  const helpRows: SummaryRow[] = [
    { key: t('referral.check.categories'), value: answer(categoryNames.join('\n')), change: change('help') },
    { key: t('referral.check.story'), value: answer(draft.story), change: change('help') },
  ];
  const moreRows: SummaryRow[] = [
    { key: question('referral.language.label'), value: answer(draft.language), change: change('more') },
    {
      key: question('referral.interpreter.legend'),
      value: draft.interpreter ? yesNo(draft.interpreter) : t('referral.check.notProvided'),
      change: change('more'),
    },
    { key: question('referral.access.label'), value: answer(draft.accessNeeds), change: change('more') },
    { key: question('referral.professionals.label'), value: answer(draft.otherProfessionals), change: change('more') },
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
    { key: question('referral.times.label'), value: answer(draft.times), change: change('contact') },
    ...(chose('phone') ? [{ key: t('referral.message.legend'), value: yesNo(draft.mayLeaveMessage), change: change('contact') }] : []),
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

  return html`${stepHeading(t, 'referral.check.title')} ${submitProblem(context)} ${context.serviceNote}
    ${section('referral.about.title', aboutRows)} ${section('referral.children.title', childRows)}
    ${section('referral.help.title', helpRows)} ${section('referral.more.title', moreRows)}
    ${section('referral.contact.title', contactRows)} ${section('referral.consent.title', consentRows)}
    <h3 class="hub-heading-m">${t('referral.check.sendTitle')}</h3>
    <p class="hub-body">${t('referral.check.sendBody')}</p>
    ${button({ text: t('referral.check.sendButton'), type: 'submit', busy: context.submitting })}
    ${context.submitting ? html`<p class="hub-body" data-sending>${t('referral.check.sending')}</p>` : nothing}`;
}
