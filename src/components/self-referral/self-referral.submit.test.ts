import { expect, html } from '@open-wc/testing';
import { capabilities, type HubAdapter } from '../../core/adapter.js';
import { AdapterError } from '../../core/errors.js';
import type { HubErrorEvent, HubReferralSubmittedEvent } from '../../core/events.js';
import { expectAccessible } from '../../test-support/a11y.js';
import { answerEverything, heading, renderReferral, root, settle, spyAdapter, submit, text } from './test-helpers.js';

function sendButton(el: Element) {
  return root(el).querySelector<HTMLButtonElement>('form button[type="submit"]')!;
}

describe('<hub-self-referral>: sending', () => {
  it('sends once and emits hub-referral-submitted with the reference only', async () => {
    const { adapter, memory, calls } = spyAdapter();
    const el = await renderReferral(adapter);
    await answerEverything(el);
    const submitted: HubReferralSubmittedEvent[] = [];
    el.addEventListener('hub-referral-submitted', (event) => submitted.push(event));
    await submit(el);
    expect(calls.length).to.equal(1);
    expect(memory.counts().selfReferrals).to.equal(1);
    const reference = root(el).querySelector('[data-reference]')!.textContent!;
    expect(submitted.map((event) => event.detail)).to.deep.equal([{ reference }]);
    await settle(el);
    expect(root(el).querySelector('[role="status"]')!.textContent).to.equal(`Request sent. Your reference number is ${reference}.`);
    expect(calls[0]!.request.name).to.equal('Siân Jones');
    expect(calls[0]!.request.postcode).to.equal('BK2 1TY');
    expect(calls[0]!.request.contact.phone).to.equal('07700900982');
  });

  it('sends once on a double click', async () => {
    const { adapter, memory, calls } = spyAdapter({ latencyMs: 30 });
    const el = await renderReferral(adapter);
    await answerEverything(el);
    const button = sendButton(el);
    button.click();
    button.click();
    await settle(el);
    // A third click once the button shows it is busy.
    expect(sendButton(el)?.getAttribute('aria-disabled') ?? 'gone').to.be.oneOf(['true', 'gone']);
    sendButton(el)?.click();
    await new Promise((resolve) => setTimeout(resolve, 80));
    await settle(el);
    expect(calls.length).to.equal(1);
    expect(memory.counts().selfReferrals).to.equal(1);
    expect(heading(el)).to.equal('Request sent');
  });

  it('keeps the answers after a network error, and a retry reuses the same key', async () => {
    const { adapter, memory, calls } = spyAdapter({ fail: { network: ['submitSelfReferral'] } });
    const el = await renderReferral(adapter);
    const errors: HubErrorEvent[] = [];
    el.addEventListener('hub-error', (event) => errors.push(event));
    await answerEverything(el);
    await submit(el);

    const problem = root(el).querySelector('[data-submit-problem]')!;
    expect(problem).to.exist;
    expect(root(el).activeElement).to.equal(problem);
    expect(problem.textContent).to.contain('Your request has not been sent').and.contain('Your answers are still here');
    expect(problem.textContent).to.contain('01632 960 001');
    expect(errors.map((e) => e.detail)).to.deep.equal([{ widget: 'self-referral', code: 'network' }]);
    expect(text(el)).to.contain('Siân Jones');
    await expectAccessible(el, 'send failed');

    memory.setFailures({});
    const tryAgain = [...problem.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === 'Try again')!;
    tryAgain.click();
    await settle(el);
    expect(heading(el)).to.equal('Request sent');
    expect(calls.length).to.equal(2);
    expect(calls[1]!.key).to.equal(calls[0]!.key);
    expect(memory.counts().selfReferrals).to.equal(1);
  });

  it('sends exactly the same request again when the answer was lost on the way back', async () => {
    // The backend stores the referral but its reply is garbled: the retry must be recognised, not refused.
    const { adapter, memory, calls } = spyAdapter({ fail: { invalidResponse: ['submitSelfReferral'] } });
    const el = await renderReferral(adapter);
    await answerEverything(el);
    await submit(el);
    expect(root(el).querySelector('[data-submit-problem]')).to.exist;
    expect(memory.counts().selfReferrals).to.equal(1);
    memory.setFailures({});
    await submit(el);
    expect(heading(el)).to.equal('Request sent');
    expect(calls.length).to.equal(2);
    expect(calls[1]!.key).to.equal(calls[0]!.key);
    expect(calls[1]!.request).to.deep.equal(calls[0]!.request);
    expect(memory.counts().selfReferrals).to.equal(1);
  });

  it('uses a new key when the family changes an answer after a failed attempt', async () => {
    const { adapter, memory, calls } = spyAdapter({ fail: { network: ['submitSelfReferral'] } });
    const el = await renderReferral(adapter);
    await answerEverything(el);
    await submit(el);
    memory.setFailures({});
    const change = [...root(el).querySelectorAll<HTMLButtonElement>('.hub-summary-list__actions button')].find((b) =>
      b.textContent!.includes('your name'),
    )!;
    change.click();
    await settle(el);
    const input = root(el).getElementById('name') as HTMLInputElement;
    input.value = 'Siân Ffion Jones';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await submit(el);
    await submit(el);
    expect(heading(el)).to.equal('Request sent');
    expect(calls.length).to.equal(2);
    expect(calls[1]!.key).not.to.equal(calls[0]!.key);
    expect(calls[1]!.request.name).to.equal('Siân Ffion Jones');
  });

  it('sends the family back to the right step when the backend rejects an answer', async () => {
    const { adapter } = spyAdapter();
    const rejecting: HubAdapter = Object.assign(Object.create(adapter) as HubAdapter, {
      capabilities: adapter.capabilities,
      submitSelfReferral: async () => {
        throw new AdapterError('validation', 'Some answers need correcting', {
          fields: [{ path: 'contact.phone', message: '<b>Bad</b> phone' }],
        });
      },
    });
    const el = await renderReferral(rejecting);
    await answerEverything(el);
    await submit(el);
    const problem = root(el).querySelector('[data-submit-problem]')!;
    expect(problem.textContent).to.contain('could not accept some of your answers');
    // The backend's own words are not shown to the family.
    expect(problem.textContent).not.to.contain('Bad');
    await expectAccessible(el, 'backend rejected an answer');
    const change = [...problem.querySelectorAll<HTMLButtonElement>('button')].find((b) =>
      b.textContent!.includes('Change contacting you safely'),
    )!;
    change.click();
    await settle(el);
    expect(heading(el)).to.equal('Contacting you safely');
    await submit(el);
    expect(el.stepName).to.equal('check');
  });

  it('says the form cannot be used, with the phone number, when the backend takes no referrals', async () => {
    const { adapter } = spyAdapter();
    const directoryOnly: HubAdapter = Object.assign(Object.create(adapter) as HubAdapter, {
      capabilities: capabilities(['searchServices', 'getService', 'listCategories']),
    });
    const el = await renderReferral(directoryOnly);
    expect(text(el)).to.contain('You cannot ask for support online at the moment').and.contain('01632 960 001');
    expect(root(el).querySelector('form button[type="submit"]')).to.equal(null);
    await expectAccessible(el, 'referrals unsupported');
  });

  it('shows nothing of the answers after sending, even if the family goes looking', async () => {
    const { adapter } = spyAdapter();
    const el = await renderReferral(
      adapter,
      html`<test-hub-self-referral hub-phone="01632 960 001" response-days="1"></test-hub-self-referral>`,
    );
    el.adapter = adapter;
    await settle(el);
    await answerEverything(el);
    await submit(el);
    expect(text(el)).to.contain('within 1 working day,');
    expect(root(el).querySelector('.hub-back-link')).to.equal(null);
    expect(root(el).querySelectorAll('input, textarea').length).to.equal(0);
    expect(text(el)).not.to.contain('Siân');
  });
});
