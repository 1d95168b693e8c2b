import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { capabilities, type HubAdapter } from '../core/adapter.js';
import { MemoryAdapter } from '../adapters/memory/index.js';
import { FIXED_NOW, choose, continueOn, fill, root, settle, start } from '../components/panel-signup/test-helpers.js';
import type { HubPanelSignup } from '../components/panel-signup/hub-panel-signup.js';
import { expectAccessible } from '../test-support/a11y.js';
import { checkPage, mark, markedAdapter, useAccessibilityCheck } from './test-helpers.js';

const TYPED = ['Zyx Qwerty', 'Zyx details', 'Zyx language', 'Zyx'];

async function mount(adapter: HubAdapter | undefined, localities: string | null = [mark('North'), mark('Central'), mark('South')].join(', ')) {
  const el = await fixture<HubPanelSignup>(html`<hub-panel-signup
    hub-name=${mark('Brackenford Family Hubs')}
    hub-phone="01632 960 001"
    feedback-url="https://example.org/have-your-say"
    privacy-url="https://example.org/privacy"
    privacy-version="2026-09"
    localities=${localities ?? ''}
    .adapter=${adapter}
  ></hub-panel-signup>`);
  await settle(el);
  return el;
}

const step = (el: HubPanelSignup) => (el as unknown as { journey: { step: string } }).journey.step;

/** Presses Continue and waits for the error summary (a change of language then re-words it in place). */
const showErrors = async (el: HubPanelSignup) => {
  await continueOn(el);
  await waitUntil(() => root(el).querySelector('[data-error-summary]'), 'the error summary');
};

useAccessibilityCheck(expectAccessible);

describe('<hub-panel-signup> in Welsh and Arabic', () => {
  it('every step, with and without errors, from the start page to the confirmation', async () => {
    const memory = new MemoryAdapter({ now: () => FIXED_NOW, latencyMs: 0 });
    const el = await mount(markedAdapter(memory));
    await checkPage(el, 'start');
    await start(el);

    expect(step(el)).to.equal('eligibility');
    await checkPage(el, 'eligibility');
    await showErrors(el);
    await checkPage(el, 'eligibility (errors)');
    await choose(el, 'eligibility', 'none');
    await continueOn(el);
    expect(step(el)).to.equal('not-eligible');
    await checkPage(el, 'not eligible');
    root(el).querySelector<HTMLButtonElement>('.hub-button--secondary')!.click();
    await settle(el);
    await choose(el, 'eligibility', 'pregnant-or-partner', 'child-under-two');
    await continueOn(el);

    expect(step(el)).to.equal('details');
    await checkPage(el, 'your details');
    await fill(el, 'name', 'Zyx Qwerty');
    await choose(el, 'contact', 'email', 'phone');
    await fill(el, 'email', 'not an email');
    await fill(el, 'phone', '123');
    await showErrors(el);
    await checkPage(el, 'your details (errors)', { typed: [...TYPED, 'not an email'] });
    await fill(el, 'email', 'zyx@example.org');
    await fill(el, 'phone', '07700 900 982');
    await continueOn(el);

    expect(step(el)).to.equal('locality');
    await showErrors(el);
    await checkPage(el, 'where you live (errors)');
    await choose(el, 'locality', mark('Central'));
    await continueOn(el);

    expect(step(el)).to.equal('relationship');
    await choose(el, 'relationship', 'other');
    await showErrors(el);
    await checkPage(el, 'relationship (errors)');
    await fill(el, 'relationship-other', 'Zyx');
    await continueOn(el);

    expect(step(el)).to.equal('taking-part');
    await showErrors(el);
    await checkPage(el, 'taking part (errors)');
    await choose(el, 'take-part', 'in-person', 'surveys');
    await choose(el, 'availability', 'weekend');
    await continueOn(el);

    expect(step(el)).to.equal('support');
    await choose(el, 'support', 'interpreter', 'access', 'other');
    await showErrors(el);
    await checkPage(el, 'support (errors)');
    await fill(el, 'interpreter-language', 'Zyx language');
    await fill(el, 'support-details', 'Zyx details');
    await continueOn(el);

    expect(step(el)).to.equal('equality');
    await checkPage(el, 'about you (equality)');
    await choose(el, 'equality-age-band', '25-34');
    await choose(el, 'equality-gender', 'prefer-not-to-say');
    await choose(el, 'equality-ethnicity', 'other');
    await continueOn(el);

    expect(step(el)).to.equal('consent');
    await showErrors(el);
    await checkPage(el, 'consent (errors)');
    await choose(el, 'consent-contact', 'contact-about-panel');
    await choose(el, 'consent-keep', 'keep-for-a-year');
    await continueOn(el);

    expect(step(el)).to.equal('check');
    await checkPage(el, 'check your answers', { typed: TYPED });

    memory.setFailures({ network: ['submitPanelApplication'] });
    await continueOn(el);
    await waitUntil(() => root(el).querySelector('[data-problem-heading]'), 'the problem');
    await checkPage(el, 'check your answers with a problem', { typed: TYPED });

    memory.setFailures({});
    await continueOn(el);
    await waitUntil(() => step(el) === 'confirmation', 'the confirmation');
    await settle(el);
    await checkPage(el, 'confirmation');
  });

  it('the town or area question without localities, the start page that cannot send, and the configuration state', async () => {
    const memory = new MemoryAdapter({ now: () => FIXED_NOW, latencyMs: 0 });
    const el = await mount(markedAdapter(memory), null);
    await start(el);
    await choose(el, 'eligibility', 'child-under-two');
    await continueOn(el);
    await fill(el, 'name', 'Zyx Qwerty');
    await choose(el, 'contact', 'email');
    await fill(el, 'email', 'zyx@example.org');
    await continueOn(el);
    expect(step(el)).to.equal('locality');
    await showErrors(el);
    await checkPage(el, 'town or area (errors)');

    const cannotSend = new Proxy(markedAdapter(memory), {
      get(target, property) {
        if (property === 'capabilities') return capabilities([...memory.capabilities.methods].filter((m) => m !== 'submitPanelApplication'));
        return Reflect.get(target, property, target) as unknown;
      },
    });
    await checkPage(await mount(cannotSend), 'cannot apply from this page');
    await checkPage(await mount(undefined), 'configuration');
  });
});
