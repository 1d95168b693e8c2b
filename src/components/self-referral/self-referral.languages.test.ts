import { expect, html } from '@open-wc/testing';
import { formatMonthYear } from '../../i18n/format.js';
import { translate, type MessageKey, type MessageParams } from '../../i18n/messages.js';
import { nextRender } from '../../i18n/test-helpers.js';
import '../../i18n/lang-ar.js';
import '../../i18n/lang-cy.js';
import { expectAccessible } from '../../test-support/a11y.js';
import { dueExample } from './referral-validation.js';
import {
  FIXED_NOW,
  answerEverything,
  byId,
  chooseValue,
  errorSummaryTexts,
  fill,
  renderReferral,
  root,
  spyAdapter,
  submit,
  type TestSelfReferral,
} from './test-helpers.js';

type Lang = 'en-GB' | 'cy' | 'ar';

/** The inline error messages on the page, each with its visually hidden "Error:" prefix. */
function inlineErrors(el: TestSelfReferral): string[] {
  return [...root(el).querySelectorAll('.hub-error-message')].map((message) => message.textContent!.replace(/\s+/g, ' ').trim());
}

/** What the summary and the inline messages should say in a language, from the catalogue. */
function expectErrorsIn(el: TestSelfReferral, lang: Lang, messages: [MessageKey, MessageParams?][]): void {
  const words = messages.map(([key, params]) => translate(lang, key, params));
  expect(errorSummaryTexts(el), `error summary in ${lang}`).to.deep.equal(words);
  expect(inlineErrors(el), `inline errors in ${lang}`).to.deep.equal(words.map((text) => `${translate(lang, 'common.errorPrefix')} ${text}`));
}

function childRow(el: TestSelfReferral, lang: Lang): string[] {
  const row = [...root(el).querySelectorAll('.hub-summary-list__row')].find(
    (each) => each.querySelector('dt')!.textContent!.trim() === translate(lang, 'referral.check.child', { n: 1 }),
  );
  expect(row, `the first child's row in ${lang}`).to.exist;
  return row!.querySelector('.hub-answer')!.textContent!.split('\n').map((line) => line.trim());
}

describe('<hub-self-referral>: error messages follow a change of language', () => {
  it('re-words the summary and inline errors at once, keeping the answers and the focus where they were', async () => {
    const el = await renderReferral();
    await submit(el);
    await fill(el, 'name', 'Siân Jones');
    await fill(el, 'postcode', 'BK2');
    await submit(el);
    const messages: [MessageKey][] = [['referral.error.relationshipMissing'], ['referral.error.postcodeInvalid']];
    expectErrorsIn(el, 'en-GB', messages);
    const summary = root(el).querySelector('[data-error-summary]');
    expect(root(el).activeElement).to.equal(summary);
    let validationEvents = 0;
    el.addEventListener('hub-validation-error', () => validationEvents++);

    for (const lang of ['cy', 'ar'] as const) {
      expect(translate(lang, 'referral.error.postcodeInvalid'), 'the catalogue has its own words').to.not.equal(
        translate('en-GB', 'referral.error.postcodeInvalid'),
      );
      el.setAttribute('lang', lang);
      await nextRender(el);
      expectErrorsIn(el, lang, messages);
      expect(root(el).activeElement, `focus stays on the error summary (${lang})`).to.equal(summary);
      expect(byId(el, 'name')!.value).to.equal('Siân Jones');
      expect(byId(el, 'postcode')!.value).to.equal('BK2');
      await expectAccessible(el, `about you with errors, switched to ${lang}`);
    }
    expect(validationEvents, 'a change of language is not another failed Continue').to.equal(0);

    el.setAttribute('lang', 'en-GB');
    await nextRender(el);
    expectErrorsIn(el, 'en-GB', messages);
  });

  it('re-words errors with numbers and examples in them, with focus left in the box the family was typing in', async () => {
    const el = await renderReferral();
    await submit(el);
    await fill(el, 'name', 'Siân Jones');
    await chooseValue(el, 'relationship', 'parent');
    await submit(el);
    expect(el.stepName).to.equal('children');
    const first = root(el).querySelector<HTMLInputElement>('.hub-child input[type="text"]')!.id.replace(/-name$/, '');
    await chooseValue(el, `${first}-born`, 'no');
    await fill(el, `${first}-due-month`, 'Smarch');
    await fill(el, `${first}-due-year`, '2027');
    await submit(el);
    const messages: [MessageKey, MessageParams][] = [['referral.error.dueInvalid', { n: 1, example: dueExample(FIXED_NOW) }]];
    expectErrorsIn(el, 'en-GB', messages);

    const month = byId(el, `${first}-due-month`)!;
    month.focus();
    for (const lang of ['cy', 'ar'] as const) {
      el.setAttribute('lang', lang);
      await nextRender(el);
      expectErrorsIn(el, lang, messages);
      expect(root(el).activeElement, `focus stays in the month box (${lang})`).to.equal(month);
      expect(month.value).to.equal('Smarch');
      expect(byId(el, `${first}-due-year`)!.value).to.equal('2027');
      await expectAccessible(el, `children with errors, switched to ${lang}`);
    }
  });
});

describe('<hub-self-referral>: a due month typed in Welsh or Arabic', () => {
  const template = (lang: Lang) => html`<test-hub-self-referral
    lang=${lang}
    hub-name="Brackenford Family Hubs"
    privacy-version="2026-09"
  ></test-hub-self-referral>`;

  it('accepts a Welsh month in the Welsh form, shows it back in Welsh, and still reads it after a switch to English', async () => {
    const { adapter, calls } = spyAdapter();
    const el = await renderReferral(adapter, template('cy'));
    const july = translate('cy', 'common.calendar.month.7');
    await answerEverything(el, { due: { month: july, year: '2027' } });
    expect(el.stepName, 'on Check your answers, with no error on the children step').to.equal('check');
    expect(childRow(el, 'cy')).to.include(translate('cy', 'referral.check.expecting', { month: formatMonthYear('cy', 2027, 7) }));
    expect(formatMonthYear('cy', 2027, 7)).to.contain(july);

    el.setAttribute('lang', 'en-GB');
    await nextRender(el);
    expect(childRow(el, 'en-GB')).to.include(translate('en-GB', 'referral.check.expecting', { month: 'July 2027' }));
    await submit(el);
    expect(calls.length).to.equal(1);
    expect(calls[0]!.request.children[0]!.dueMonth).to.equal('2027-07');
  });

  it('accepts an Arabic month and a year in Arabic-Indic digits in the Arabic form', async () => {
    const { adapter, calls } = spyAdapter();
    const el = await renderReferral(adapter, template('ar'));
    await answerEverything(el, { due: { month: translate('ar', 'common.calendar.month.7'), year: '٢٠٢٧' } });
    expect(el.stepName).to.equal('check');
    expect(childRow(el, 'ar')).to.include(translate('ar', 'referral.check.expecting', { month: formatMonthYear('ar', 2027, 7) }));
    await submit(el);
    expect(calls[0]!.request.children[0]!.dueMonth).to.equal('2027-07');
  });
});
