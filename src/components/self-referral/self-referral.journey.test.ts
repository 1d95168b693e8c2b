import { expect, fixture, html } from '@open-wc/testing';
import { HubStepChangeEvent } from '../../core/events.js';
import { expectAccessible } from '../../test-support/a11y.js';
import {
  answerEverything,
  byId,
  choose,
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

/** Continues with nothing answered, checks the errors and axe, and returns the summary's messages. */
async function expectErrors(el: TestSelfReferral, state: string): Promise<string[]> {
  await submit(el);
  const summary = root(el).querySelector('[data-error-summary]');
  expect(summary, `${state}: error summary`).to.exist;
  expect(root(el).activeElement, `${state}: focus on the error summary`).to.equal(summary);
  await expectAccessible(el, `${state} with errors`);
  return errorSummaryTexts(el);
}

describe('<hub-self-referral>: the start page', () => {
  it('says what the form is for, the safeguarding notice, what happens next and how soon', async () => {
    const el = await renderReferral();
    expect(heading(el)).to.equal('Ask Brackenford Family Hubs for support');
    const warning = root(el).querySelector('.hub-warning-text')!;
    expect(warning.textContent).to.contain('not for emergencies').and.contain('call 999');
    const childrensServices = warning.querySelector('a')!;
    expect(childrensServices.textContent).to.equal('01632 960 999');
    expect(childrensServices.getAttribute('href')).to.equal('tel:+441632960999');
    expect(text(el)).to.contain('within 5 working days').and.contain('about 10 minutes');
    expect(root(el).querySelector('[data-exit-page]')).to.exist;
    await expectAccessible(el, 'start page');
  });

  it('says "contact children’s services" when no number is configured, and copes without response days', async () => {
    const el = await renderReferral(undefined, html`<test-hub-self-referral></test-hub-self-referral>`);
    el.adapter = spyAdapter().adapter;
    await settle(el);
    expect(text(el)).to.contain('contact your council’s children’s services');
    expect(root(el).querySelector('[data-response-time]')!.textContent).to.contain('will contact you to talk about');
  });

  it('emits hub-ready once it has an adapter', async () => {
    const ready: unknown[] = [];
    const listener = (event: Event) => ready.push((event as CustomEvent).detail);
    document.addEventListener('hub-ready', listener);
    await renderReferral();
    document.removeEventListener('hub-ready', listener);
    expect(ready).to.deep.equal([{ widget: 'self-referral' }]);
  });

  it('shows a configuration problem, not a blank box, without an adapter', async () => {
    const el = await fixture<TestSelfReferral>(html`<test-hub-self-referral hub-phone="01632 960 001"></test-hub-self-referral>`);
    await settle(el);
    expect(text(el)).to.contain('This form is not set up yet').and.contain('01632 960 001');
    await expectAccessible(el, 'configuration error');
  });
});

describe('<hub-self-referral>: every step with invalid then valid answers', () => {
  it('walks the journey, with errors on each step, and emits hub-step-change with names and numbers', async () => {
    const { adapter } = spyAdapter();
    const el = await renderReferral(adapter);
    const steps: { step: string; index: number; total: number }[] = [];
    el.addEventListener('hub-step-change', (event: HubStepChangeEvent) => steps.push(event.detail));

    await submit(el);
    expect(heading(el)).to.equal('About you');
    expect(root(el).activeElement).to.equal(root(el).querySelector('[data-step-heading]'));
    await expectAccessible(el, 'about you');
    expect(await expectErrors(el, 'about you')).to.deep.equal(['Enter your name', 'Select your relationship to the child or children']);
    // The link in the summary moves focus to the field.
    root(el).querySelector<HTMLAnchorElement>('[data-error-summary] a')!.click();
    expect(root(el).activeElement).to.equal(byId(el, 'name'));
    await fill(el, 'name', 'Siân Jones');
    await chooseValue(el, 'relationship', 'other');
    expect(await expectErrors(el, 'about you, other')).to.deep.equal(['Enter your relationship to the child']);
    await fill(el, 'relationship-other', 'Aunt');
    await fill(el, 'postcode', 'not a postcode');
    expect(await expectErrors(el, 'about you, postcode')).to.deep.equal(['Enter a full UK postcode, like SW1A 1AA']);
    await fill(el, 'postcode', 'bk21ty');
    await submit(el);

    expect(heading(el)).to.equal('Your children');
    await expectAccessible(el, 'children');
    expect(await expectErrors(el, 'children')).to.deep.equal(['Select whether child 1 has been born']);
    const key = byId(el, 'children') ?? root(el).querySelector<HTMLInputElement>('.hub-child input')!;
    const child = key.id.replace(/-name$/, '');
    await chooseValue(el, `${child}-born`, 'no');
    expect(await expectErrors(el, 'children, due')).to.deep.equal(['Enter the month and year child 1 is due']);
    await fill(el, `${child}-due-month`, '9');
    await fill(el, `${child}-due-year`, '2026');
    expect(await expectErrors(el, 'children, past due')).to.deep.equal([
      'Child 1’s due month must be this month or later. If the baby has been born, select Yes and enter their age',
    ]);
    await chooseValue(el, `${child}-born`, 'yes');
    await fill(el, `${child}-years`, 'two');
    expect(await expectErrors(el, 'children, age')).to.deep.equal(['Enter child 1’s age as numbers, like 2 years and 6 months']);
    await fill(el, `${child}-years`, '2');
    await chooseValue(el, `${child}-send`, 'yes');
    await fill(el, `${child}-needs`, 'Waiting for a speech assessment');
    await submit(el);

    expect(heading(el)).to.equal('What would help');
    await expectAccessible(el, 'what would help');
    expect(await expectErrors(el, 'what would help')).to.deep.equal([
      'Select what you would like help with, or tell us in your own words',
    ]);
    await fill(el, 'story', 'x'.repeat(1201));
    expect(text(el)).to.contain('You have 1 character too many');
    expect(await expectErrors(el, 'what would help, too long')).to.deep.equal(['What would help must be 1,200 characters or fewer']);
    await fill(el, 'story', 'Help with his speech, and a group for me.');
    await choose(el, 'categories');
    await submit(el);

    expect(heading(el)).to.equal('Anything else we should know');
    await expectAccessible(el, 'anything else');
    await chooseValue(el, 'interpreter', 'yes');
    expect(await expectErrors(el, 'anything else')).to.deep.equal(['Enter the language you need an interpreter for']);
    await fill(el, 'language', 'Welsh');
    await submit(el);

    expect(heading(el)).to.equal('Contacting you safely');
    await expectAccessible(el, 'contact');
    expect(await expectErrors(el, 'contact')).to.deep.equal([
      'Select at least one way we can contact you',
      'Select whether anyone else might see your texts, emails or letters',
    ]);
    await chooseValue(el, 'methods', 'text');
    await fill(el, 'phone', '(01632) 960001');
    await chooseValue(el, 'others-may-see', 'yes');
    expect(text(el)).to.contain('We will keep this in mind when we contact you');
    expect(await expectErrors(el, 'contact, landline for texts')).to.deep.equal([
      'Enter a mobile number for text messages, like 07700 900 982, or untick Text message',
    ]);
    await chooseValue(el, 'methods', 'phone');
    expect(await expectErrors(el, 'contact, message')).to.deep.equal([
      'Enter a mobile number for text messages, like 07700 900 982, or untick Text message',
      'Select yes if we can leave a message',
    ]);
    await chooseValue(el, 'methods', 'text'); // untick text: a landline is fine for calls
    await chooseValue(el, 'may-leave-message', 'no');
    await submit(el);

    expect(heading(el)).to.equal('Your consent');
    await expectAccessible(el, 'consent');
    expect(await expectErrors(el, 'consent')).to.deep.equal([
      'Select that you agree to us contacting you about this request, or call us instead',
    ]);
    await choose(el, 'consent-contact');
    await submit(el);

    expect(heading(el)).to.equal('Check your answers before sending your request');
    await expectAccessible(el, 'check your answers');
    const check = text(el);
    expect(check).to.contain('Siân Jones').and.contain('Aunt').and.contain('BK2 1TY');
    expect(check).to.contain('2 years').and.contain('Waiting for a speech assessment');
    expect(check).to.contain('Welsh').and.contain('(01632) 960001');
    expect(check).to.contain('No. Only the family hub team will see your answers.');

    expect(steps.map((s) => s.step)).to.deep.equal(['about-you', 'children', 'help', 'more', 'contact', 'consent', 'check']);
    expect(steps.map((s) => s.index)).to.deep.equal([1, 2, 3, 4, 5, 6, 7]);
    expect(steps.every((s) => s.total === 9)).to.equal(true);

    await submit(el);
    expect(heading(el)).to.equal('Request sent');
    expect(root(el).activeElement).to.equal(root(el).querySelector('[data-step-heading]'));
    expect(root(el).querySelector('[data-reference]')!.textContent).to.match(/^SR/);
    expect(text(el)).to.contain('within 5 working days').and.contain('01632 960 001').and.contain('call 999');
    // Nothing personal is repeated on the confirmation.
    expect(text(el)).not.to.contain('Siân');
    await expectAccessible(el, 'confirmation');
  });

  it('asks for the postcode when require-postcode is set', async () => {
    const el = await renderReferral(
      undefined,
      html`<test-hub-self-referral require-postcode></test-hub-self-referral>`,
    );
    el.adapter = spyAdapter().adapter;
    await settle(el);
    await submit(el);
    expect(root(el).querySelector('label[for="postcode"]')!.textContent).to.equal('Postcode');
    await fill(el, 'name', 'Sam');
    await chooseValue(el, 'relationship', 'parent');
    expect(await expectErrors(el, 'postcode required')).to.deep.equal(['Enter your postcode']);
  });

  it('offers inclusive relationships without assuming a mother or father', async () => {
    const el = await renderReferral();
    await submit(el);
    const labels = [...root(el).querySelectorAll('input[name="relationship"]')].map((input) =>
      root(el).querySelector(`label[for="${input.id}"]`)!.textContent!.trim(),
    );
    expect(labels).to.deep.equal([
      'Parent',
      'Step-parent',
      'Partner of someone who is pregnant',
      'I am pregnant',
      'Grandparent',
      'Foster carer',
      'Adoptive parent',
      'Kinship carer or special guardian',
      'Other',
    ]);
    expect(byId(el, 'name')!.getAttribute('autocomplete')).to.equal('name');
  });
});

describe('<hub-self-referral>: children (add another)', () => {
  it('adds and removes children, moving focus and announcing it', async () => {
    const el = await renderReferral();
    await submit(el);
    await fill(el, 'name', 'Sam');
    await chooseValue(el, 'relationship', 'parent');
    await submit(el);
    expect(root(el).querySelectorAll('.hub-child').length).to.equal(1);
    expect(root(el).querySelector('[data-remove-child]')).to.equal(null);

    const add = [...root(el).querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === 'Add another child')!;
    add.click();
    await settle(el);
    const children = root(el).querySelectorAll('.hub-child');
    expect(children.length).to.equal(2);
    const secondName = children[1]!.querySelector<HTMLInputElement>('input')!;
    expect(root(el).activeElement).to.equal(secondName);
    expect(secondName.getAttribute('autocomplete')).to.equal('off');
    expect(root(el).querySelector('[role="status"]')!.textContent).to.contain('Child 2 added');
    await expectAccessible(el, 'two children');

    // Both children need an answer; the errors name which child.
    await submit(el);
    expect(errorSummaryTexts(el)).to.deep.equal(['Select whether child 1 has been born', 'Select whether child 2 has been born']);

    const firstKey = root(el).querySelector('.hub-child input')!.id.replace(/-name$/, '');
    await fill(el, `${firstKey}-name`, 'First');
    const remove = children[1]!.querySelector<HTMLButtonElement>('[data-remove-child]')!;
    expect(remove.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Remove child 2');
    remove.click();
    await settle(el);
    expect(root(el).querySelectorAll('.hub-child').length).to.equal(1);
    expect(byId(el, `${firstKey}-name`)!.value).to.equal('First');
    expect(root(el).querySelector('[role="status"]')!.textContent).to.contain('Child 2 removed');
    expect(root(el).activeElement).to.equal(root(el).querySelector('[data-step-heading]'));
  });
});

describe('<hub-self-referral>: check your answers and change links', () => {
  it('returns to Check your answers after a change, keeping the other answers', async () => {
    const el = await renderReferral();
    await answerEverything(el);
    expect(el.stepName).to.equal('check');
    const changeName = [...root(el).querySelectorAll<HTMLButtonElement>('.hub-summary-list__actions button')].find((b) =>
      b.textContent!.includes('your name'),
    )!;
    expect(changeName.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Change your name');
    changeName.click();
    await settle(el);
    expect(heading(el)).to.equal('About you');
    expect(byId(el, 'name')!.value).to.equal('Siân Jones');
    await fill(el, 'name', 'Siân Ffion Jones');
    await submit(el);
    expect(el.stepName).to.equal('check');
    expect(text(el)).to.contain('Siân Ffion Jones');

    // A change to the contact step, with an error on the way, still comes back to check.
    const changeMethods = [...root(el).querySelectorAll<HTMLButtonElement>('.hub-summary-list__actions button')].find((b) =>
      b.textContent!.includes('ways to contact you'),
    )!;
    changeMethods.click();
    await settle(el);
    await fill(el, 'email', 'not-an-email');
    await submit(el);
    expect(errorSummaryTexts(el)).to.deep.equal(['Enter an email address in the correct format, like name@example.com']);
    await fill(el, 'email', 'sian@example.com');
    await submit(el);
    expect(el.stepName).to.equal('check');
    expect(text(el)).to.contain('sian@example.com');
  });

  it('goes back a step with the Back link, keeping answers', async () => {
    const el = await renderReferral();
    await submit(el);
    await fill(el, 'name', 'Sam');
    await chooseValue(el, 'relationship', 'parent');
    await submit(el);
    root(el).querySelector<HTMLButtonElement>('.hub-back-link')!.click();
    await settle(el);
    expect(heading(el)).to.equal('About you');
    expect(byId(el, 'name')!.value).to.equal('Sam');
    expect(root(el).querySelector<HTMLInputElement>('input[name="relationship"][value="parent"]')!.checked).to.equal(true);
  });
});

describe('<hub-self-referral>: consent', () => {
  it('records each choice separately with the notice version and time, and explains not sharing', async () => {
    const { adapter, calls } = spyAdapter();
    const el = await renderReferral(adapter);
    await answerEverything(el);
    // Back to consent to change the sharing choice.
    const change = [...root(el).querySelectorAll<HTMLButtonElement>('.hub-summary-list__actions button')].find((b) =>
      b.textContent!.includes('share with other services'),
    )!;
    change.click();
    await settle(el);
    const shareHint = root(el).querySelector('#consent-share-item-hint')!.textContent!;
    expect(shareHint).to.contain('If you do not agree, only the family hub team will see your answers');
    expect(root(el).querySelector('a[href="https://example.org/privacy"]')!.getAttribute('target')).to.equal('_blank');
    expect(text(el)).to.contain('Privacy notice version 2026-09');
    for (const id of ['consent-contact', 'consent-share', 'consent-feedback']) {
      expect(byId(el, id)!.closest('fieldset'), `${id} is its own question`).to.exist;
    }
    expect(byId(el, 'consent-share')!.checked).to.equal(true);
    await choose(el, 'consent-share'); // untick
    await choose(el, 'consent-feedback');
    await submit(el);
    expect(text(el)).to.contain('No. Only the family hub team will see your answers.');
    await submit(el);
    expect(calls.length).to.equal(1);
    const consents = calls[0]!.request.consents;
    expect(consents.map((c) => [c.purpose, c.given, c.noticeVersion])).to.deep.equal([
      ['contact', true, '2026-09'],
      ['share-with-services', false, '2026-09'],
      ['feedback', true, '2026-09'],
    ]);
    for (const consent of consents) expect(consent.at).to.equal('2026-11-25T10:00:00+00:00');
  });

  it('cannot be sent without consent to contact, and offers the phone instead', async () => {
    const el = await renderReferral();
    await answerEverything(el);
    const change = [...root(el).querySelectorAll<HTMLButtonElement>('.hub-summary-list__actions button')].find((b) =>
      b.textContent!.includes('contact about this request'),
    )!;
    change.click();
    await settle(el);
    await choose(el, 'consent-contact'); // untick
    await submit(el);
    expect(el.stepName).to.equal('consent');
    expect(errorSummaryTexts(el)).to.deep.equal(['Select that you agree to us contacting you about this request, or call us instead']);
    expect(root(el).querySelector('[data-call-instead]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'If you would rather we did not contact you, you can call Brackenford Family Hubs on 01632 960 001 instead.',
    );
    expect(root(el).querySelector('[data-call-instead] a')!.getAttribute('href')).to.equal('tel:+441632960001');
  });
});

describe('<hub-self-referral>: what would help', () => {
  it('pre-fills the categories of the service in service-id, and remembers an untick', async () => {
    const el = await renderReferral(
      undefined,
      html`<test-hub-self-referral service-id="parent-wellbeing-drop-in"></test-hub-self-referral>`,
    );
    el.adapter = spyAdapter().adapter;
    await settle(el);
    expect(text(el)).to.contain('You are asking about: Parent wellbeing drop-in');
    await answerEverything(el);
    const changeHelp = [...root(el).querySelectorAll<HTMLButtonElement>('.hub-summary-list__actions button')].find((b) =>
      b.textContent!.includes('help with'),
    )!;
    changeHelp.click();
    await settle(el);
    const ticked = [...root(el).querySelectorAll<HTMLInputElement>('input[name="categories"]:checked')].map((i) => i.value);
    expect(ticked).to.include('start-for-life').and.include('health');
    await chooseValue(el, 'categories', 'health');
    await settle(el);
    expect(root(el).querySelector<HTMLInputElement>('input[name="categories"][value="health"]')!.checked).to.equal(false);
  });

  it('offers only the categories named in the categories attribute', async () => {
    const el = await renderReferral(
      undefined,
      html`<test-hub-self-referral categories="family-support/parenting-support, health/mental-health-social-and-emotional-support, nope"></test-hub-self-referral>`,
    );
    el.adapter = spyAdapter().adapter;
    await settle(el);
    await submit(el);
    await fill(el, 'name', 'Sam');
    await chooseValue(el, 'relationship', 'parent');
    await submit(el);
    const child = root(el).querySelector('.hub-child input')!.id.replace(/-name$/, '');
    await chooseValue(el, `${child}-born`, 'yes');
    await fill(el, `${child}-months`, '4');
    await submit(el);
    const labels = [...root(el).querySelectorAll('input[name="categories"]')].map((input) =>
      root(el).querySelector(`label[for="${input.id}"]`)!.textContent!.trim(),
    );
    expect(labels).to.deep.equal(['Parenting support', 'Mental health, social and emotional support']);
  });

  it('still takes the family’s own words when the categories cannot be loaded', async () => {
    const { adapter } = spyAdapter({ fail: { network: ['listCategories'] } });
    const el = await renderReferral(adapter);
    await submit(el);
    await fill(el, 'name', 'Sam');
    await chooseValue(el, 'relationship', 'parent');
    await submit(el);
    const child = root(el).querySelector('.hub-child input')!.id.replace(/-name$/, '');
    await chooseValue(el, `${child}-born`, 'yes');
    await fill(el, `${child}-years`, '3');
    await submit(el);
    expect(text(el)).to.contain('We could not load the list of topics');
    await expectAccessible(el, 'categories unavailable');
    await submit(el);
    expect(errorSummaryTexts(el)).to.deep.equal(['Select what you would like help with, or tell us in your own words']);
    root(el).querySelector<HTMLAnchorElement>('[data-error-summary] a')!.click();
    expect(root(el).activeElement).to.equal(byId(el, 'story'));
  });
});
