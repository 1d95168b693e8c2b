import { expect, waitUntil } from '@open-wc/testing';
import { translate, translator, type MessageKey, type MessageParams } from '../../i18n/messages.js';
import { nextRender } from '../../i18n/test-helpers.js';
import '../../i18n/lang-ar.js';
import '../../i18n/lang-cy.js';
import { expectAccessible } from '../../test-support/a11y.js';
import type { HubServiceFinder } from './hub-service-finder.js';
import { milesInWords } from './service-words.js';
import { cleanUp, focused, query, renderFinder, shadow } from './test-helpers.js';

afterEach(cleanUp);

const postcodeError = (el: HubServiceFinder) => query(el, '#finder-postcode-error').textContent!.replace(/\s+/g, ' ').trim();
const expected = (lang: string, key: MessageKey, params?: MessageParams) => `${translate(lang, 'common.errorPrefix')} ${translate(lang, key, params)}`;

describe('<hub-service-finder>: the postcode error follows a change of language', () => {
  it('re-words a wrong postcode’s message at once, keeping what was typed and the focus in the box', async () => {
    const el = await renderFinder();
    const input = query<HTMLInputElement>(el, '#finder-postcode');
    input.focus();
    input.value = 'BK1';
    input.dispatchEvent(new Event('input'));
    query<HTMLButtonElement>(el, '.finder-search button[type="submit"]').click();
    await waitUntil(() => shadow(el).querySelector('#finder-postcode-error'), 'the postcode error');
    expect(postcodeError(el)).to.equal(expected('en-GB', 'finder.postcode.errorFormat'));
    expect(focused(el)).to.equal(input);

    for (const lang of ['cy', 'ar'] as const) {
      expect(translate(lang, 'finder.postcode.errorFormat')).to.not.equal(translate('en-GB', 'finder.postcode.errorFormat'));
      el.setAttribute('lang', lang);
      await nextRender(el);
      expect(postcodeError(el), lang).to.equal(expected(lang, 'finder.postcode.errorFormat'));
      expect(input.value).to.equal('BK1');
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(focused(el), `focus stays in the postcode box (${lang})`).to.equal(input);
      await expectAccessible(el, `wrong postcode, switched to ${lang}`);
    }
  });

  it('re-words the distance inside “Enter a postcode to search within …”', async () => {
    const el = await renderFinder();
    const select = query<HTMLSelectElement>(el, '#finder-distance');
    select.value = '5';
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => shadow(el).querySelector('#finder-postcode-error'), 'the postcode error');
    const message = (lang: string) => expected(lang, 'finder.postcode.errorNeeded', { distance: milesInWords(translator(lang), 5) });
    expect(postcodeError(el)).to.equal(message('en-GB'));

    for (const lang of ['cy', 'ar'] as const) {
      el.setAttribute('lang', lang);
      await nextRender(el);
      expect(postcodeError(el), lang).to.equal(message(lang));
      expect(postcodeError(el), `the distance in ${lang}`).to.contain(milesInWords(translator(lang), 5));
      expect(query<HTMLSelectElement>(el, '#finder-distance').value).to.equal('5');
    }
  });
});
