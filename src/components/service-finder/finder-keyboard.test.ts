import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { demoPostcodes } from '../../adapters/memory/index.js';
import { expectAccessible } from '../../test-support/a11y.js';
import type { HubServiceFinder } from './hub-service-finder.js';
import { backendPage, cleanUp, focused, heading, nextSearch, query, renderFinder, resultIds, shadow } from './test-helpers.js';

let before: HTMLButtonElement | undefined;
afterEach(() => {
  cleanUp();
  before?.remove();
});

/** Presses Tab until `done` says focus has arrived (at most `limit` times). */
async function tabUntil(el: HubServiceFinder, done: (active: Element | null) => boolean, what: string, limit = 120) {
  for (let i = 0; i < limit; i++) {
    if (done(focused(el))) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`Tab never reached ${what}; focus is on ${focused(el)?.outerHTML.slice(0, 120)}`);
}

describe('<hub-service-finder> with a keyboard only', () => {
  it('finds a service by child’s age and postcode, opens its details and returns to the results with focus restored', async () => {
    before = document.createElement('button');
    before.textContent = 'Start';
    document.body.append(before);
    const el = await renderFinder();
    before.focus();

    // Postcode, then Enter: the results come nearest first.
    await tabUntil(el, (a) => a?.id === 'finder-postcode', 'the postcode box');
    await sendKeys({ type: 'bk1 3qt' });
    let searched = nextSearch(el);
    await sendKeys({ press: 'Enter' });
    await searched;
    expect(shadow(el).textContent).to.contain('Nearest first');

    // The child's age: type-ahead in the select chooses "7 months".
    await tabUntil(el, (a) => a?.id === 'age-0', 'the age select');
    searched = nextSearch(el);
    await sendKeys({ type: '7' });
    await searched;
    expect(query<HTMLSelectElement>(el, '#age-0').value).to.equal('m7');
    const near = demoPostcodes()['BK1 3QT']!;
    const expected = await backendPage({ near, ages: [{ kind: 'age', months: 7 }] });
    expect(resultIds(el)).to.deep.equal(expected.items.map((i) => i.id));
    expect(heading(el)).to.equal(`${expected.totalItems} services found`);

    // On to the second result and into its details.
    const target = resultIds(el)[1]!;
    await tabUntil(el, (a) => a?.getAttribute('data-service-id') === target, 'the second result');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => shadow(el).querySelector('[data-details-heading]') && !shadow(el).querySelector('[data-details-loading]'), 'details shown');
    expect(focused(el)?.hasAttribute('data-details-heading'), 'focus on the service name').to.be.true;

    // Back to results: Shift+Tab to the back link, Enter.
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(focused(el)?.getAttribute('part')).to.equal('back-link');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focused(el)?.getAttribute('data-service-id') === target, 'focus back on the same result');
    expect(query<HTMLSelectElement>(el, '#age-0').value, 'filters kept').to.equal('m7');
    expect(query<HTMLInputElement>(el, '#finder-postcode').value).to.equal('bk1 3qt');
    expect(resultIds(el)).to.deep.equal(expected.items.map((i) => i.id));
  });

  it('adds and removes a second child with the keyboard, focus following', async () => {
    const el = await renderFinder();
    query<HTMLButtonElement>(el, '.finder-ages .hub-button').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(focused(el)?.id).to.equal('age-1');
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.textContent).to.contain('Remove').and.contain('child 2');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(focused(el)?.id).to.equal('age-0');
    expect(shadow(el).querySelector('#age-1')).to.equal(null);
  });
});

describe('<hub-service-finder> at 320px wide (reflow)', () => {
  it('collapses the filters behind a button that says how many are in use, with nothing wider than the screen', async () => {
    const wrapper = document.createElement('div');
    wrapper.className = 'narrow';
    const style = document.createElement('style');
    style.textContent = '.narrow { inline-size: 320px; }';
    document.head.append(style);
    document.body.append(wrapper);
    try {
      const el = await renderFinder({ parent: wrapper });
      const toggle = query<HTMLButtonElement>(el, '.finder-filters-toggle');
      const filters = query(el, '#finder-filters');
      expect(getComputedStyle(toggle).display).to.not.equal('none');
      expect(getComputedStyle(filters).display).to.equal('none');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(toggle.textContent!.trim()).to.equal('Show filters');
      toggle.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(getComputedStyle(filters).display).to.not.equal('none');
      const searched = nextSearch(el);
      shadow(el).querySelector<HTMLInputElement>('#finder-free')!.click();
      await searched;
      toggle.click();
      await el.updateComplete;
      expect(toggle.textContent!.trim()).to.equal('Show filters (1 in use)');
      // Search words are in the search form, in view: they are not counted as one of the panel's filters.
      const input = query<HTMLInputElement>(el, '#finder-text');
      input.value = 'baby';
      input.dispatchEvent(new Event('input'));
      await nextSearch(el);
      expect(toggle.textContent!.trim()).to.equal('Show filters (1 in use)');
      expect(el.scrollWidth, 'no horizontal scrolling').to.be.at.most(320);
      await expectAccessible(el, '320px wide');
    } finally {
      wrapper.remove();
      style.remove();
    }
  });
});
