import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { capabilities, type HubAdapter } from '../core/adapter.js';
import { MemoryAdapter } from '../adapters/memory/index.js';
import { FIXED_NOW, TestSelfReferral, byId, chooseValue, fill, root, settle, submit } from '../components/self-referral/test-helpers.js';
import { expectAccessible } from '../test-support/a11y.js';
import { checkPage, mark, markedAdapter, useAccessibilityCheck } from './test-helpers.js';

const TYPED = ['Zyx Qwerty', 'Zyx needs', 'Zyx story text', 'Zyx access', 'Zyx professionals', 'Zyx address', 'Zyx times', 'Zed', 'Zyx'];

async function mount(adapter: HubAdapter | undefined, serviceId?: string): Promise<TestSelfReferral> {
  const el = await fixture<TestSelfReferral>(html`<test-hub-self-referral
    hub-name=${mark('Brackenford Family Hubs')}
    hub-phone="01632 960 001"
    childrens-services-phone="01632 960 999"
    privacy-url="https://example.org/privacy"
    privacy-version="2026-09"
    response-days="5"
    exit-url="https://www.example.org/weather"
    service-id=${serviceId ?? ''}
  ></test-hub-self-referral>`);
  if (adapter) el.adapter = adapter;
  await settle(el);
  return el;
}

/** Presses Continue and waits for the error summary (a change of language then re-words it in place). */
const showErrors = async (el: TestSelfReferral) => {
  await submit(el);
  await waitUntil(() => root(el).querySelector('[data-error-summary]'), 'the error summary');
};

/** The id prefix of the nth child's fields ("child-3"). */
function child(el: TestSelfReferral, n: number): string {
  const input = [...root(el).querySelectorAll('.hub-child')][n - 1]!.querySelector<HTMLInputElement>('input[type="text"]')!;
  return input.id.replace(/-name$/, '');
}

useAccessibilityCheck(expectAccessible);

describe('<hub-self-referral> in Welsh and Arabic', () => {
  it('every step, with and without errors, from the start page to the confirmation', async () => {
    const memory = new MemoryAdapter({ now: () => FIXED_NOW, latencyMs: 0 });
    const el = await mount(markedAdapter(memory), 'understanding-your-baby');
    await waitUntil(() => root(el).querySelector('.hub-inset'), 'the service note');
    await checkPage(el, 'start (with the service asked about)');
    await submit(el);

    expect(el.stepName).to.equal('about-you');
    await checkPage(el, 'about you');
    await showErrors(el);
    await checkPage(el, 'about you (errors)');
    await fill(el, 'name', 'Zyx Qwerty');
    await chooseValue(el, 'relationship', 'other');
    await fill(el, 'relationship-other', 'Zyx');
    await fill(el, 'postcode', 'bk2 1ty');
    await submit(el);

    expect(el.stepName).to.equal('children');
    await checkPage(el, 'children');
    await showErrors(el);
    await checkPage(el, 'children (errors)');
    const first = child(el, 1);
    await fill(el, `${first}-name`, 'Zed');
    await chooseValue(el, `${first}-born`, 'yes');
    await fill(el, `${first}-years`, '1');
    await fill(el, `${first}-months`, '6');
    await chooseValue(el, `${first}-send`, 'yes');
    await fill(el, `${first}-needs`, 'Zyx needs');
    root(el).querySelector<HTMLButtonElement>('form .hub-button--secondary')!.click();
    await settle(el);
    const second = child(el, 2);
    await chooseValue(el, `${second}-born`, 'no');
    await fill(el, `${second}-due-month`, '13');
    await fill(el, `${second}-due-year`, '2027');
    // Both children's questions open (age and needs for one, due date for the other), and the error.
    await showErrors(el);
    await checkPage(el, 'children, one born and one due, with a due date that is not a month', { typed: TYPED });
    await fill(el, `${second}-due-month`, '3');
    await submit(el);

    expect(el.stepName).to.equal('help');
    await checkPage(el, 'what would help (the service’s topics ticked)');
    // Unticks the service's topics, to see the error.
    for (let box = root(el).querySelector<HTMLInputElement>('input[name="categories"]:checked'); box; box = root(el).querySelector('input[name="categories"]:checked')) {
      box.click();
      await el.updateComplete;
    }
    await showErrors(el);
    await checkPage(el, 'what would help (errors)');
    await chooseValue(el, 'categories', root(el).querySelector<HTMLInputElement>('input[name="categories"]')!.value);
    await fill(el, 'story', 'Zyx story text');
    await submit(el);

    expect(el.stepName).to.equal('more');
    await fill(el, 'language', 'Zyx');
    await chooseValue(el, 'interpreter', 'yes');
    await fill(el, 'access-needs', 'Zyx access');
    await fill(el, 'other-professionals', 'Zyx professionals');
    await checkPage(el, 'anything else', { typed: TYPED });
    await submit(el);

    expect(el.stepName).to.equal('contact');
    await showErrors(el);
    await checkPage(el, 'contacting you safely (errors)');
    for (const method of ['phone', 'text', 'email', 'letter']) await chooseValue(el, 'methods', method);
    await fill(el, 'phone', '01632 960 123');
    await fill(el, 'email', 'zyx@example.com');
    await fill(el, 'address', 'Zyx address');
    await fill(el, 'times', 'Zyx times');
    await chooseValue(el, 'may-leave-message', 'no');
    await chooseValue(el, 'others-may-see', 'yes');
    await showErrors(el);
    await checkPage(el, 'contacting you safely (a landline for texts)', { typed: TYPED });
    await fill(el, 'phone', '07700 900 982');
    await submit(el);

    expect(el.stepName).to.equal('consent');
    await showErrors(el);
    await checkPage(el, 'consent (errors)');
    byId(el, 'consent-contact')!.click();
    byId(el, 'consent-share')!.click();
    await submit(el);

    expect(el.stepName).to.equal('check');
    await checkPage(el, 'check your answers', { typed: TYPED });

    memory.setFailures({ network: ['submitSelfReferral'] });
    await submit(el);
    await waitUntil(() => root(el).querySelector('[data-submit-problem]'), 'the send problem');
    await checkPage(el, 'not sent (network)', { typed: TYPED });

    memory.setFailures({});
    await submit(el);
    await waitUntil(() => el.stepName === 'confirmation', 'the confirmation');
    await settle(el);
    await checkPage(el, 'confirmation');
  });

  it('the start page when the form cannot send, the exit overlay, and the configuration state', async () => {
    const memory = new MemoryAdapter({ now: () => FIXED_NOW, latencyMs: 0 });
    const readOnly = new Proxy(markedAdapter(memory), {
      get(target, property) {
        if (property === 'capabilities') return capabilities([...memory.capabilities.methods].filter((m) => m !== 'submitSelfReferral'));
        return Reflect.get(target, property, target) as unknown;
      },
    });
    const el = await mount(readOnly);
    await checkPage(el, 'cannot ask online');
    el.exitPage();
    await settle(el);
    await checkPage(el, 'leaving the page', {});
    const unset = await mount(undefined);
    await checkPage(unset, 'configuration');
  });
});
