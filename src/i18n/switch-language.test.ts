import { expect, fixture, html } from '@open-wc/testing';
import { MemoryAdapter } from '../adapters/memory/index.js';
import { FIXED_NOW, TestSelfReferral, byId, chooseValue, fill, heading, root, settle, submit } from '../components/self-referral/test-helpers.js';
import { FIXED_NOW as BOOKING_NOW, testAdapter } from '../components/session-booking/test-fixtures.js';
import type { HubSessionBooking } from '../components/session-booking/session-booking.js';
import { registerMessages, translate } from './messages.js';
import { nextRender } from './test-helpers.js';
import './lang-ar.js';
import './lang-cy.js';

describe('Changing language on a live widget', () => {
  it('re-words the page in the middle of a form, keeping every answer, and reads right to left in Arabic', async () => {
    const el = await fixture<TestSelfReferral>(html`<test-hub-self-referral hub-name="Brackenford Family Hubs"></test-hub-self-referral>`);
    el.adapter = new MemoryAdapter({ now: () => FIXED_NOW, latencyMs: 0 });
    await settle(el);
    await submit(el);
    expect(heading(el)).to.equal('About you');
    await fill(el, 'name', 'Siân Jones');
    await chooseValue(el, 'relationship', 'kinship-carer');
    await fill(el, 'postcode', 'bk2 1ty');

    el.setAttribute('lang', 'cy');
    await nextRender(el);
    expect(heading(el)).to.equal(translate('cy', 'referral.about.title'));
    expect(root(el).textContent).to.contain('Eich enw').and.contain('Parhau').and.not.contain('Your name');
    expect(byId(el, 'name')!.value).to.equal('Siân Jones');
    expect(root(el).querySelector<HTMLInputElement>('input[name="relationship"][value="kinship-carer"]')!.checked).to.equal(true);
    expect(byId(el, 'postcode')!.value).to.equal('bk2 1ty');
    expect(el.hasAttribute('dir')).to.equal(false);

    el.setAttribute('lang', 'ar');
    await nextRender(el);
    expect(heading(el)).to.equal('معلومات عنك');
    expect(el.getAttribute('dir')).to.equal('rtl');
    expect(byId(el, 'name')!.value).to.equal('Siân Jones');
    expect(root(el).querySelector<HTMLInputElement>('input[name="relationship"][value="kinship-carer"]')!.checked).to.equal(true);

    // The journey goes on in Arabic with the answers, and Back finds them still there.
    await submit(el);
    expect(el.stepName).to.equal('children');
    expect(heading(el)).to.equal('أطفالك');
    root(el).querySelector<HTMLButtonElement>('.hub-back-link')!.click();
    await settle(el);
    expect(byId(el, 'name')!.value).to.equal('Siân Jones');

    el.setAttribute('lang', 'en-GB');
    await nextRender(el);
    expect(heading(el)).to.equal('About you');
    expect(el.hasAttribute('dir')).to.equal(false);
    expect(byId(el, 'postcode')!.value).to.equal('bk2 1ty');
  });

  it('follows the nearest lang in the page, and the page’s own, when they change', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en-GB">
      <section lang="en-GB"><hub-session-booking .now=${() => BOOKING_NOW} .adapter=${testAdapter()}></hub-session-booking></section>
    </div>`);
    const el = wrapper.querySelector<HubSessionBooking>('hub-session-booking')!;
    await el.updateComplete;
    const title = () => el.shadowRoot!.querySelector('[data-step-heading]')!.textContent!.trim();
    expect(title()).to.equal('Book a place at a session');

    wrapper.querySelector('section')!.setAttribute('lang', 'cy');
    await nextRender(el);
    expect(title()).to.equal('Archebu lle mewn sesiwn');

    wrapper.querySelector('section')!.removeAttribute('lang');
    wrapper.setAttribute('lang', 'ar');
    await nextRender(el);
    expect(title()).to.equal('حجز مكان في جلسة');
    expect(el.getAttribute('dir')).to.equal('rtl');

    // The widget's own lang wins over the page's.
    el.setAttribute('lang', 'cy');
    await nextRender(el);
    expect(title()).to.equal('Archebu lle mewn sesiwn');
    expect(el.hasAttribute('dir')).to.equal(false);
  });

  it('keeps a left-to-right language left to right on a right-to-left page', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="ar" dir="rtl">
      <hub-session-booking lang="cy" .now=${() => BOOKING_NOW} .adapter=${testAdapter()}></hub-session-booking>
    </div>`);
    const el = wrapper.querySelector<HubSessionBooking>('hub-session-booking')!;
    await el.updateComplete;
    expect(el.getAttribute('dir')).to.equal('ltr');
    expect(getComputedStyle(el).direction).to.equal('ltr');
    el.removeAttribute('lang');
    await nextRender(el);
    expect(el.getAttribute('dir')).to.equal('rtl');
    el.setAttribute('lang', 'en-GB');
    await nextRender(el);
    expect(el.getAttribute('dir')).to.equal('ltr');
  });

  it('follows <html lang> when nothing nearer says', async () => {
    const before = document.documentElement.getAttribute('lang');
    const el = await fixture<HubSessionBooking>(html`<hub-session-booking .now=${() => BOOKING_NOW} .adapter=${testAdapter()}></hub-session-booking>`);
    try {
      document.documentElement.setAttribute('lang', 'cy');
      await nextRender(el);
      expect(el.shadowRoot!.querySelector('[data-step-heading]')!.textContent!.trim()).to.equal('Archebu lle mewn sesiwn');
    } finally {
      if (before === null) document.documentElement.removeAttribute('lang');
      else document.documentElement.setAttribute('lang', before);
    }
    await nextRender(el);
    expect(el.shadowRoot!.querySelector('[data-step-heading]')!.textContent!.trim()).to.equal('Book a place at a session');
  });

  it('re-renders when a council adds a language after the widget is on the page', async () => {
    const el = await fixture<HubSessionBooking>(html`<hub-session-booking lang="ro" .now=${() => BOOKING_NOW} .adapter=${testAdapter()}></hub-session-booking>`);
    const title = () => el.shadowRoot!.querySelector('[data-step-heading]')!.textContent!.trim();
    expect(title(), 'English until Romanian words arrive').to.equal('Book a place at a session');
    registerMessages('ro', { 'booking.timetable.title': 'Rezervați un loc la o sesiune' });
    await el.updateComplete;
    expect(title()).to.equal('Rezervați un loc la o sesiune');
  });
});
