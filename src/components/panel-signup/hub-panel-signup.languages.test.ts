import { expect, waitUntil } from '@open-wc/testing';
import { AdapterError } from '../../core/errors.js';
import { translate, type MessageKey, type MessageParams } from '../../i18n/messages.js';
import { nextRender } from '../../i18n/test-helpers.js';
import '../../i18n/lang-ar.js';
import '../../i18n/lang-cy.js';
import { expectAccessible } from '../../test-support/a11y.js';
import type { HubPanelSignup } from './hub-panel-signup.js';
import { answerUpTo, capturingAdapter, choose, continueOn, errorTexts, fill, input, mount, root, settle } from './test-helpers.js';

type Lang = 'en-GB' | 'cy' | 'ar';

/** The inline message under a field, with its visually hidden "Error:" prefix. */
const inlineError = (el: HubPanelSignup, fieldId: string) =>
  root(el).querySelector(`#${fieldId}-error`)?.textContent?.replace(/\s+/g, ' ').trim();

describe('<hub-panel-signup>: error messages follow a change of language', () => {
  it('re-words the summary and each inline error at once, keeping the answers and the focus', async () => {
    const el = await mount(capturingAdapter().adapter);
    await answerUpTo(el, 'details');
    await choose(el, 'contact', 'email', 'phone');
    await fill(el, 'email', 'not an email');
    await fill(el, 'phone', '123');
    await continueOn(el);
    const problems: [fieldId: string, key: MessageKey][] = [
      ['name', 'panel.error.name'],
      ['email', 'panel.error.emailFormat'],
      ['phone', 'panel.error.phoneFormat'],
    ];
    const expectErrorsIn = (lang: Lang) => {
      expect(errorTexts(el), `error summary in ${lang}`).to.deep.equal(problems.map(([, key]) => translate(lang, key)));
      for (const [fieldId, key] of problems) {
        expect(inlineError(el, fieldId), `inline error for ${fieldId} in ${lang}`).to.equal(
          `${translate(lang, 'common.errorPrefix')} ${translate(lang, key)}`,
        );
      }
    };
    expectErrorsIn('en-GB');
    const summary = root(el).querySelector('.hub-error-summary');
    expect(root(el).activeElement).to.equal(summary);
    let validationEvents = 0;
    el.addEventListener('hub-validation-error', () => validationEvents++);

    for (const lang of ['cy', 'ar'] as const) {
      expect(translate(lang, 'panel.error.emailFormat'), 'the catalogue has its own words').to.not.equal(
        translate('en-GB', 'panel.error.emailFormat'),
      );
      el.setAttribute('lang', lang);
      await nextRender(el);
      expectErrorsIn(lang);
      expect(root(el).activeElement, `focus stays on the error summary (${lang})`).to.equal(summary);
      expect(input(el, 'email').value).to.equal('not an email');
      expect(input(el, 'phone').value).to.equal('123');
      expect(input(el, 'contact', 'email').checked && input(el, 'contact', 'phone').checked).to.equal(true);
      await expectAccessible(el, `your details with errors, switched to ${lang}`);
    }
    expect(validationEvents, 'a change of language is not another failed Continue').to.equal(0);

    // Mending the answers in Arabic moves on as usual.
    await fill(el, 'name', 'Sam Okafor');
    await fill(el, 'email', 'sam@example.org');
    await fill(el, 'phone', '07700 900 982');
    await continueOn(el);
    expect(errorTexts(el)).to.deep.equal([]);
  });

  it('re-words a problem the backend found, naming the question in the new language', async () => {
    const { adapter } = capturingAdapter();
    const rejecting = new Proxy(adapter, {
      get(target, property) {
        if (property === 'submitPanelApplication') {
          return () => Promise.reject(new AdapterError('validation', 'bad', { fields: [{ path: 'phone', message: 'Not a number we can call' }] }));
        }
        return Reflect.get(target, property);
      },
    });
    const el = await mount(rejecting);
    await answerUpTo(el);
    root(el).querySelector<HTMLButtonElement>('[part="send-button"]')!.click();
    await waitUntil(() => errorTexts(el).length > 0, 'the backend’s problem is shown');
    await settle(el);
    const problem = (lang: Lang): [MessageKey, MessageParams] => [
      'panel.check.fieldProblem',
      { question: translate(lang, 'panel.check.phone') },
    ];
    expect(errorTexts(el)).to.deep.equal([translate('en-GB', ...problem('en-GB'))]);
    const summary = root(el).activeElement;
    expect(summary?.hasAttribute('data-error-summary')).to.equal(true);

    for (const lang of ['cy', 'ar'] as const) {
      el.setAttribute('lang', lang);
      await nextRender(el);
      expect(errorTexts(el), `error summary in ${lang}`).to.deep.equal([translate(lang, ...problem(lang))]);
      expect(errorTexts(el)[0], 'the question is named in the same language').to.contain(translate(lang, 'panel.check.phone'));
      expect(root(el).activeElement).to.equal(summary);
      await expectAccessible(el, `check your answers with a rejected answer, switched to ${lang}`);
    }
  });
});
