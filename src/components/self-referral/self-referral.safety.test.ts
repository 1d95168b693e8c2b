import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { HubActionEvent, type HubExitEvent } from '../../core/events.js';
import { expectAccessible } from '../../test-support/a11y.js';
import {
  FIXED_NOW,
  answerEverything,
  byId,
  chooseValue,
  errorSummaryTexts,
  fill,
  heading,
  renderReferral,
  root,
  settle,
  spyAdapter,
  submit,
  text,
  type TestSelfReferral,
} from './test-helpers.js';

const HUB_EVENTS = [
  'hub-ready',
  'hub-step-change',
  'hub-validation-error',
  'hub-referral-submitted',
  'hub-error',
  'hub-exit',
  'hub-action',
] as const;

function exitButton(el: TestSelfReferral) {
  return root(el).querySelector<HTMLButtonElement>('[data-exit-page]')!;
}

describe('<hub-self-referral>: Exit this page', () => {
  it('is on every step, first in the widget', async () => {
    const el = await renderReferral();
    const seen: string[] = [];
    const record = () => {
      const first = root(el).querySelector('button, a, input');
      expect(first, `first control on ${el.stepName}`).to.equal(exitButton(el));
      expect(exitButton(el).textContent!.trim()).to.equal('Exit this page');
      seen.push(el.stepName);
    };
    record();
    el.addEventListener('hub-step-change', () => setTimeout(record));
    await answerEverything(el);
    await submit(el);
    await settle(el);
    expect(seen).to.deep.equal(['start', 'about-you', 'children', 'help', 'more', 'contact', 'consent', 'check', 'confirmation']);
  });

  it('clears every answer, tells the host page, and replaces the page with the exit-url', async () => {
    const el = await renderReferral();
    await answerEverything(el, { name: 'Leila Haddad' });
    expect(el.heldAnswers).to.contain('Leila');
    const exits: HubExitEvent[] = [];
    document.addEventListener('hub-exit', (event) => exits.push(event), { once: true });
    exitButton(el).click();
    await settle(el);

    expect(el.navigations).to.deep.equal(['https://www.example.org/weather']);
    expect(el.heldAnswers).not.to.contain('Leila');
    expect(el.heldAnswers).not.to.contain('07700');
    expect(exits.length).to.equal(1);
    expect(exits[0]!.detail).to.deep.equal({ widget: 'self-referral' });
    // The form is gone at once, covered while the neutral page loads.
    expect(root(el).querySelector('[data-exit-overlay]')).to.exist;
    expect(root(el).querySelector('form')).to.equal(null);
    expect(text(el)).not.to.contain('Leila');

    // If the browser ever shows this page again (back-forward cache), it starts empty.
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    await settle(el);
    expect(el.stepName).to.equal('start');
    await submit(el);
    expect(byId(el, 'name')!.value).to.equal('');
    expect(root(el).querySelector<HTMLInputElement>('input[name="relationship"]:checked')).to.equal(null);
  });

  it('leaves when Shift is pressed three times, even while typing in a field', async () => {
    const el = await renderReferral();
    await submit(el);
    byId(el, 'name')!.focus();
    await sendKeys({ type: 'Sam' });
    await sendKeys({ press: 'Shift' });
    await settle(el);
    expect(root(el).querySelector('[role="status"]')!.textContent).to.contain('Shift, press 2 more times to exit.');
    await sendKeys({ press: 'Shift' });
    expect(el.navigations).to.deep.equal([]);
    await sendKeys({ press: 'Shift' });
    await settle(el);
    expect(el.navigations).to.deep.equal(['https://www.example.org/weather']);
  });

  it('never follows an unsafe exit-url: it uses the default neutral page', async () => {
    const el = await renderReferral(undefined, html`<test-hub-self-referral exit-url="javascript:alert(1)"></test-hub-self-referral>`);
    el.adapter = spyAdapter().adapter;
    await settle(el);
    exitButton(el).click();
    expect(el.navigations).to.deep.equal(['https://www.bbc.co.uk/weather']);
  });

  it('forgets a service handed over by a finder when the family exits', async () => {
    const el = await renderReferral();
    const finder = document.createElement('div');
    document.body.append(finder);
    finder.dispatchEvent(new HubActionEvent({ action: 'refer', serviceId: 'parent-wellbeing-drop-in' }));
    await settle(el);
    expect(text(el)).to.contain('Parent wellbeing drop-in');
    exitButton(el).click();
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    await settle(el);
    expect(el.serviceId).to.equal(undefined);
    expect(text(el)).not.to.contain('Parent wellbeing drop-in');
    finder.remove();
  });
});

describe('<hub-self-referral>: hand-over from a service finder', () => {
  let finder: HTMLElement;
  beforeEach(() => {
    finder = document.createElement('div');
    document.body.append(finder);
  });
  afterEach(() => finder.remove());

  it('takes an "Ask for support" action: pre-fills the service and moves focus to its heading', async () => {
    const el = await renderReferral();
    const event = new HubActionEvent({ action: 'refer', serviceId: 'parent-wellbeing-drop-in' });
    finder.dispatchEvent(event);
    expect(event.defaultPrevented).to.equal(true);
    await settle(el);
    expect(root(el).activeElement).to.equal(root(el).querySelector('[data-step-heading]'));
    expect(text(el)).to.contain('You are asking about: Parent wellbeing drop-in');
  });

  it('leaves the action alone when the host page handled it, when it is a booking, or with ignore-actions', async () => {
    const el = await renderReferral();
    const hostHandles = (event: Event) => event.preventDefault();
    document.addEventListener('hub-action', hostHandles);
    finder.dispatchEvent(new HubActionEvent({ action: 'refer', serviceId: 'parent-wellbeing-drop-in' }));
    document.removeEventListener('hub-action', hostHandles);
    const booking = new HubActionEvent({ action: 'book', serviceId: 'parent-wellbeing-drop-in' });
    finder.dispatchEvent(booking);
    expect(booking.defaultPrevented).to.equal(false);
    await settle(el);
    expect(el.serviceId).to.equal(undefined);

    const ignoring = await renderReferral(undefined, html`<test-hub-self-referral ignore-actions></test-hub-self-referral>`);
    ignoring.adapter = spyAdapter().adapter;
    el.remove();
    await settle(ignoring);
    const refer = new HubActionEvent({ action: 'refer', serviceId: 'parent-wellbeing-drop-in' });
    finder.dispatchEvent(refer);
    expect(refer.defaultPrevented).to.equal(false);
  });
});

describe('<hub-self-referral>: nothing personal leaves the form', () => {
  it('keeps personal data out of storage, cookies, the URL, the console and every event during a full journey', async () => {
    const personal = ['Leila Haddad', 'leila.h@example.com', '07700900982', '07700 900982', 'BK2 1TY', 'panic attacks at night'];
    const urlBefore = location.href;
    const cookiesBefore = document.cookie;
    const localBefore = JSON.stringify({ ...localStorage });
    const sessionBefore = JSON.stringify({ ...sessionStorage });

    const details: string[] = [];
    const listener = (event: Event) => details.push(JSON.stringify({ type: event.type, detail: (event as CustomEvent).detail }));
    for (const type of HUB_EVENTS) document.addEventListener(type, listener);
    const logged: string[] = [];
    const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
    const originals = methods.map((method) => console[method]);
    methods.forEach((method) => {
      console[method] = (...args: unknown[]) => logged.push(args.map(String).join(' '));
    });

    try {
      const el = await renderReferral();
      await submit(el);
      await submit(el); // an error on the way: hub-validation-error
      await answerEverything(el, { name: 'Leila Haddad', email: 'leila.h@example.com', story: 'panic attacks at night' });
      await submit(el);
      expect(heading(el)).to.equal('Request sent');
    } finally {
      methods.forEach((method, i) => {
        console[method] = originals[i]!;
      });
      for (const type of HUB_EVENTS) document.removeEventListener(type, listener);
    }

    expect(details.length).to.be.greaterThan(8);
    expect(details.some((d) => d.includes('hub-referral-submitted'))).to.equal(true);
    const submitted = details.find((d) => d.includes('hub-referral-submitted'))!;
    expect(Object.keys(JSON.parse(submitted).detail)).to.deep.equal(['reference']);
    const seen = { details: details.join('\n'), logged: logged.join('\n'), url: location.href, cookies: document.cookie };
    for (const value of personal) {
      expect(seen.details, `event details contain ${value}`).not.to.contain(value);
      expect(seen.logged, `console contains ${value}`).not.to.contain(value);
      expect(seen.url, `URL contains ${value}`).not.to.contain(value);
      expect(seen.cookies, `cookies contain ${value}`).not.to.contain(value);
    }
    expect(location.href).to.equal(urlBefore);
    expect(document.cookie).to.equal(cookiesBefore);
    expect(JSON.stringify({ ...localStorage })).to.equal(localBefore);
    expect(JSON.stringify({ ...sessionStorage })).to.equal(sessionBefore);
  });
});

describe('<hub-self-referral>: hostile and international input', () => {
  const names = [
    ['Welsh', 'Siân Ffion ap Llŷr'],
    ['Polish', 'Łukasz Żółkiewski-Wiśniewska'],
    ['Urdu', 'محمد عمران'],
    ['Arabic', 'فاطمة الزهراء'],
    ['Irish', "Seán O'Brien"],
  ];
  for (const [language, name] of names) {
    it(`accepts a ${language} name and shows it, isolated, on Check your answers`, async () => {
      const el = await renderReferral();
      await answerEverything(el, { name: name! });
      expect(el.stepName).to.equal('check');
      const shown = [...root(el).querySelectorAll('bdi')].find((bdi) => bdi.textContent === name);
      expect(shown, `${name} shown as typed`).to.exist;
    });
  }

  it('rejects markup, emoji and right-to-left override characters in a name with a clear message', async () => {
    const el = await renderReferral();
    await submit(el);
    await chooseValue(el, 'relationship', 'parent');
    for (const name of ['<img src=x onerror="window.__pwned=1">', 'Sam 😀', 'Sam\u202E']) {
      await fill(el, 'name', name);
      await submit(el);
      expect(errorSummaryTexts(el), name).to.deep.equal([
        'Your name must only include letters, spaces, hyphens, apostrophes and full stops',
      ]);
      // What was typed stays in the field, as text.
      expect(byId(el, 'name')!.value).to.equal(name);
    }
    await expectAccessible(el, 'name rejected');
    expect(root(el).querySelector('img')).to.equal(null);
  });

  it('accepts markup, emoji and override characters in the story, and shows them only as text', async () => {
    const story = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script> 😀 \u202Eevil\n<b>bold?</b>';
    const el = await renderReferral();
    await answerEverything(el, { story });
    expect(el.stepName).to.equal('check');
    const shown = [...root(el).querySelectorAll('bdi')].find((bdi) => bdi.textContent === story.trim());
    expect(shown, 'story shown exactly, as text').to.exist;
    expect(root(el).querySelector('img, script, b')).to.equal(null);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    await expectAccessible(el, 'check your answers with hostile text');
  });

  it('rejects very long text with the limit, and keeps what was typed', async () => {
    const el = await renderReferral();
    await answerEverything(el);
    const change = [...root(el).querySelectorAll<HTMLButtonElement>('.hub-summary-list__actions button')].find((b) =>
      b.textContent!.includes('access needs'),
    )!;
    change.click();
    await settle(el);
    const long = 'ا'.repeat(100_000);
    await fill(el, 'access-needs', long);
    await submit(el);
    expect(errorSummaryTexts(el)).to.deep.equal(['Access needs must be 500 characters or fewer']);
    expect(byId<HTMLTextAreaElement>(el, 'access-needs')!.value.length).to.equal(100_000);
  });
});

describe('<hub-self-referral>: keyboard only', () => {
  /** Presses Tab until the focused control matches, like a keyboard user moving through the page. */
  async function tabTo(el: TestSelfReferral, selector: string): Promise<void> {
    for (let i = 0; i < 80; i++) {
      const active = root(el).activeElement;
      if (active?.matches(selector)) return;
      await sendKeys({ press: 'Tab' });
    }
    throw new Error(`Could not reach ${selector} with Tab on ${el.stepName}`);
  }

  it('completes the whole journey without a mouse', async () => {
    const { adapter, calls } = spyAdapter();
    const el = await renderReferral(adapter);
    (document.activeElement as HTMLElement | null)?.blur();

    await tabTo(el, 'button[type="submit"]');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(heading(el)).to.equal('About you');

    await tabTo(el, '#name');
    await sendKeys({ type: 'Sam Taylor' });
    await tabTo(el, 'input[name="relationship"]');
    await sendKeys({ press: 'ArrowDown' }); // Step-parent
    await sendKeys({ press: 'ArrowDown' }); // Partner of someone who is pregnant
    await tabTo(el, '#postcode');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(heading(el)).to.equal('Your children');

    await tabTo(el, 'input[name$="-born"]');
    await sendKeys({ press: 'ArrowDown' }); // No, the baby is due
    await settle(el);
    await tabTo(el, 'input[id$="-due-month"]');
    await sendKeys({ type: '3' });
    await tabTo(el, 'input[id$="-due-year"]');
    await sendKeys({ type: '2027' });
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(heading(el)).to.equal('What would help');

    await tabTo(el, 'input[name="categories"]');
    await sendKeys({ press: 'Space' });
    await tabTo(el, '#story');
    await sendKeys({ type: 'Antenatal classes for dads' });
    await tabTo(el, 'button[type="submit"]');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(heading(el)).to.equal('Anything else we should know');

    await tabTo(el, 'button[type="submit"]');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(heading(el)).to.equal('Contacting you safely');

    await tabTo(el, 'input[name="methods"][value="text"]');
    await sendKeys({ press: 'Space' });
    await settle(el);
    await tabTo(el, '#phone');
    await sendKeys({ type: '+44 7700 900982' });
    await tabTo(el, 'input[name="others-may-see"]');
    await sendKeys({ press: 'Space' }); // Yes
    await tabTo(el, 'button[type="submit"]');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(heading(el)).to.equal('Your consent');

    await tabTo(el, '#consent-contact');
    await sendKeys({ press: 'Space' });
    await tabTo(el, 'button[type="submit"]');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(heading(el)).to.equal('Check your answers before sending your request');

    await tabTo(el, 'button[type="submit"]');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(heading(el)).to.equal('Request sent');
    expect(calls.length).to.equal(1);
    const request = calls[0]!.request;
    expect(request.relationship).to.equal('partner-of-pregnant-person');
    expect(request.children).to.deep.equal([{ age: { kind: 'pregnancy' }, dueMonth: '2027-03' }]);
    expect(request.contact).to.deep.equal({ methods: ['text'], phone: '07700900982', mayLeaveMessage: false, othersMaySee: 'yes' });
    expect(FIXED_NOW.getUTCFullYear()).to.equal(2026);
  });
});
