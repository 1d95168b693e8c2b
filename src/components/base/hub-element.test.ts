import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { capabilities, type HubAdapter } from '../../core/adapter.js';
import { AdapterError } from '../../core/errors.js';
import { registerAdapter } from '../../adapters/registry.js';
import { registerMessages } from '../../i18n/messages.js';
import { baseStyles } from '../../styles/base.styles.js';
import { formStyles } from '../../styles/form.styles.js';
import { expectAccessible } from '../../test-support/a11y.js';
import { HubProvider } from '../provider/hub-provider.js';
import { defineElement, HubElement } from './hub-element.js';
import { ensureContextRoot } from '../../define/context-root.js';

/** A minimal widget: shows the adapter's first category, or the problem/configuration states. */
class TestWidget extends HubElement {
  static override styles = [...baseStyles, formStyles];
  static override properties = { state: { state: true } };
  declare state: 'idle' | 'problem';
  protected readonly widgetName = 'test-widget';
  problem: unknown = new AdapterError('network', 'offline');

  constructor() {
    super();
    this.state = 'idle';
  }

  protected override render() {
    if (!this.hubAdapter) return this.renderConfigurationError();
    if (this.state === 'problem') return this.renderProblem(this.problem, () => (this.state = 'idle'));
    return litHtml`<p class="hub-body">${this.t('common.continue')}</p>${this.renderCallUs()}${this.renderAnnouncer()}`;
  }

  say(text: string) {
    this.announce(text);
  }
}
defineElement('test-hub-widget', TestWidget);
defineElement('hub-provider', HubProvider);
ensureContextRoot();

function fakeAdapter(): HubAdapter {
  const no = () => Promise.reject(new AdapterError('unsupported', 'no'));
  return {
    capabilities: capabilities(['listCategories']),
    listCategories: async () => [{ id: 'a', name: 'A', parentId: null }],
    searchServices: no,
    getService: no,
    listSessions: no,
    book: no,
    cancelBooking: no,
    submitSelfReferral: no,
    submitPanelApplication: no,
  };
}

describe('HubElement', () => {
  it('says plainly when no adapter is configured, never a blank box', async () => {
    const el = await fixture<TestWidget>(html`<test-hub-widget hub-phone="01632 960 000"></test-hub-widget>`);
    const text = el.shadowRoot!.textContent!;
    expect(text).to.contain('This form is not set up yet');
    expect(text).to.contain('01632 960 000');
    expect(el.shadowRoot!.querySelector('a[href="tel:+441632960000"]')).to.exist;
    await expectAccessible(el, 'configuration error');
  });

  it('uses a named adapter from the registry, validated at the boundary', async () => {
    const raw = fakeAdapter();
    registerAdapter('test-named', () => raw);
    const el = await fixture<TestWidget>(html`<test-hub-widget adapter="test-named"></test-hub-widget>`);
    expect(el.hubAdapter).to.exist;
    expect(el.hubAdapter).not.to.equal(raw);
    expect(await el.hubAdapter!.listCategories()).to.deep.equal([{ id: 'a', name: 'A', parentId: null }]);
  });

  it('turns bad data from an adapter into an invalid-response error', async () => {
    const bad = fakeAdapter();
    bad.listCategories = async () => [{ id: '', name: 42 } as never];
    const el = await fixture<TestWidget>(html`<test-hub-widget></test-hub-widget>`);
    el.adapter = bad;
    const error = await el.hubAdapter!.listCategories().catch((e: unknown) => e);
    expect(error).to.be.instanceOf(AdapterError);
    expect((error as AdapterError).code).to.equal('invalid-response');
  });

  it('gets its adapter and configuration from a provider that upgrades after the widget', async () => {
    registerAdapter('test-late', () => fakeAdapter());
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <late-hub-provider adapter="test-late" hub-phone="01632 960 333"><test-hub-widget></test-hub-widget></late-hub-provider>
    </div>`);
    const el = wrapper.querySelector<TestWidget>('test-hub-widget')!;
    await el.updateComplete;
    expect(el.hubAdapter, 'no provider yet').to.equal(undefined);
    customElements.define('late-hub-provider', class extends HubProvider {});
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(el.hubAdapter, 'the ContextRoot replays the request').to.exist;
    expect(el.shadowRoot!.textContent).to.contain('01632 960 333');
  });

  it('gets its adapter and configuration from an enclosing hub-provider', async () => {
    registerAdapter('test-provided', () => fakeAdapter());
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <hub-provider adapter="test-provided" hub-name="Brackenford Family Hubs" hub-phone="01632 960 111">
        <test-hub-widget></test-hub-widget>
      </hub-provider>
    </div>`);
    const el = wrapper.querySelector<TestWidget>('test-hub-widget')!;
    await el.updateComplete;
    expect(el.hubAdapter).to.exist;
    expect(el.config.hubName).to.equal('Brackenford Family Hubs');
    expect(el.shadowRoot!.textContent).to.contain('01632 960 111');
  });

  it('lets its own attributes override the provider’s configuration', async () => {
    registerAdapter('test-provided-2', () => fakeAdapter());
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <hub-provider adapter="test-provided-2" hub-phone="01632 960 111">
        <test-hub-widget hub-phone="01632 960 222"></test-hub-widget>
      </hub-provider>
    </div>`);
    const el = wrapper.querySelector<TestWidget>('test-hub-widget')!;
    await el.updateComplete;
    expect(el.config.phone).to.equal('01632 960 222');
  });

  it('shows the problem state with the phone number and a Try again button for network errors', async () => {
    const el = await fixture<TestWidget>(html`<test-hub-widget hub-phone="01632 960 000" hub-name="North Hub"></test-hub-widget>`);
    el.adapter = fakeAdapter();
    el.state = 'problem';
    await el.updateComplete;
    const text = el.shadowRoot!.textContent!;
    expect(text).to.contain('Sorry, there is a problem with this service');
    expect(text).to.contain('You can call North Hub on');
    await expectAccessible(el, 'problem state');
    el.shadowRoot!.querySelector<HTMLButtonElement>('button')!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).not.to.contain('Sorry, there is a problem');
  });

  it('offers no Try again for invalid data, which a retry cannot fix', async () => {
    const el = await fixture<TestWidget>(html`<test-hub-widget></test-hub-widget>`);
    el.adapter = fakeAdapter();
    el.problem = new AdapterError('invalid-response', 'bad');
    el.state = 'problem';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('button')).to.equal(null);
  });

  it('announces status messages through a polite live region', async () => {
    const el = await fixture<TestWidget>(html`<test-hub-widget></test-hub-widget>`);
    el.adapter = fakeAdapter();
    await el.updateComplete;
    el.say('12 services found');
    await new Promise((resolve) => setTimeout(resolve, 80));
    await el.updateComplete;
    const region = el.shadowRoot!.querySelector('[role="status"]')!;
    expect(region.getAttribute('aria-live')).to.equal('polite');
    expect(region.textContent).to.equal('12 services found');
  });

  it('speaks the nearest lang and re-renders when it changes, falling back to English for missing words', async () => {
    registerMessages('cy', { 'common.continue': 'Parhau' });
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="cy"><test-hub-widget></test-hub-widget></div>`);
    const el = wrapper.querySelector<TestWidget>('test-hub-widget')!;
    el.adapter = fakeAdapter();
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('Parhau');
    el.lang = 'en-GB';
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('Continue');
  });

  it('sets dir="rtl" for right-to-left languages', async () => {
    const el = await fixture<TestWidget>(html`<test-hub-widget lang="ar"></test-hub-widget>`);
    expect(el.getAttribute('dir')).to.equal('rtl');
  });
});

describe('defineElement', () => {
  it('never throws when a tag is defined twice, and warns once on a version mismatch', () => {
    class Other extends TestWidget {
      static override readonly version = '99.0.0';
    }
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      defineElement('test-hub-widget', TestWidget);
      defineElement('test-hub-widget', Other);
      defineElement('test-hub-widget', Other);
    } finally {
      console.warn = original;
    }
    expect(customElements.get('test-hub-widget')).to.equal(TestWidget);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('99.0.0');
  });
});
