import '../../demo.js';
import { expect, fixture, html } from '@open-wc/testing';
import '../../define/hub-self-referral.js';
import { HubSelfReferral } from './self-referral.js';
import { heading, root, settle } from './test-helpers.js';

describe('<hub-self-referral>: the define entry', () => {
  it('defines the tag, which works with adapter="demo" and no JavaScript', async () => {
    expect(customElements.get('hub-self-referral')).to.equal(HubSelfReferral);
    const el = await fixture<HubSelfReferral>(html`<hub-self-referral adapter="demo"></hub-self-referral>`);
    await settle(el);
    expect(heading(el)).to.equal('Ask your Family Hub for support');
    expect(root(el).querySelector('form button[type="submit"]')!.textContent!.trim()).to.equal('Start now');
  });
});
