import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { capabilities, type HubAdapter } from '../../core/adapter.js';
import { AdapterError } from '../../core/errors.js';
import type { PanelApplication } from '../../core/model.js';
import { expectAccessible } from '../../test-support/a11y.js';
import '../../define/hub-provider.js';
import type { HubPanelSignup } from './hub-panel-signup.js';
import {
  answerUpTo,
  capturingAdapter,
  choose,
  continueOn,
  errorTexts,
  fill,
  headingText,
  inlineErrors,
  input,
  mount,
  root,
  settle,
  start,
  text,
} from './test-helpers.js';

/** Every hub-* event the widget fires during a test. */
function recordEvents(el: HubPanelSignup) {
  const events: { type: string; detail: Record<string, unknown> }[] = [];
  const types = ['hub-ready', 'hub-step-change', 'hub-validation-error', 'hub-panel-submitted', 'hub-error'];
  for (const type of types) {
    el.addEventListener(type, (event) => events.push({ type, detail: (event as CustomEvent).detail }));
  }
  return events;
}

const activeId = (el: HubPanelSignup) => (root(el).activeElement as HTMLElement | null)?.id ?? '';
const activeElement = (el: HubPanelSignup) => root(el).activeElement as HTMLElement | null;

async function expectErrorState(el: HubPanelSignup, state: string, messages: string[]) {
  expect(errorTexts(el), `${state}: error summary`).to.deep.equal(messages);
  for (const message of messages) expect(inlineErrors(el).join(' | '), `${state}: inline error`).to.contain(message);
  expect(activeElement(el)?.hasAttribute('data-error-summary'), `${state}: focus on the error summary`).to.equal(true);
  await expectAccessible(el, `${state} with errors`);
}

describe('<hub-panel-signup>', () => {
  describe('start and configuration', () => {
    it('explains the panel with the configured words, then starts', async () => {
      const { adapter } = capturingAdapter();
      const el = await fixture<HubPanelSignup>(html`<hub-panel-signup
        hub-name="Brackenford Family Hubs"
        panel-name="Parent Voice Panel"
        meeting-frequency="every month"
        expenses="We pay for travel and childcare, and give you a £20 voucher for each meeting."
        .adapter=${adapter}
      ></hub-panel-signup>`);
      const words = text(el);
      expect(headingText(el)).to.equal('Join the Parent Voice Panel');
      expect(words).to.contain('help Brackenford Family Hubs plan and improve services');
      expect(words).to.contain('Come to panel meetings every month');
      expect(words).to.contain('£20 voucher for each meeting');
      expect(words).to.contain('in person at a Family Hub, online, or both');
      expect(words).to.contain('Membership lasts for a year');
      expect(words).to.contain('dads and partners, single parents');
      await expectAccessible(el, 'start page');
      await start(el);
      expect(headingText(el)).to.equal('Which of these apply to you?');
      expect(activeElement(el)?.hasAttribute('data-step-heading'), 'focus moves to the new step’s heading').to.equal(true);
    });

    it('has sensible defaults for every configurable sentence', async () => {
      const el = await mount(capturingAdapter().adapter);
      const words = text(el);
      expect(headingText(el)).to.equal('Join the Parent and Carer Panel');
      expect(words).to.contain('Come to panel meetings at least every 2 months');
      expect(words).to.contain('we pay for childcare');
    });

    it('says plainly that it is not set up when there is no adapter', async () => {
      const el = await mount(undefined);
      expect(text(el)).to.contain('This form is not set up yet');
      expect(text(el)).to.contain('01632 960 001');
      await expectAccessible(el, 'configuration error');
    });

    it('offers the phone number instead of a form when the backend cannot take applications', async () => {
      const no = () => Promise.reject(new AdapterError('unsupported', 'no'));
      const directoryOnly: HubAdapter = {
        capabilities: capabilities(['searchServices']),
        searchServices: no,
        getService: no,
        listCategories: no,
        listSessions: no,
        book: no,
        cancelBooking: no,
        submitSelfReferral: no,
        submitPanelApplication: no,
      };
      const el = await mount(directoryOnly);
      expect(root(el).querySelector('[part="start-button"]')).to.equal(null);
      expect(text(el)).to.contain('cannot be sent from this page');
      expect(root(el).querySelector('a[href="tel:+441632960001"]')).to.exist;
      await expectAccessible(el, 'unsupported');
    });
  });

  describe('eligibility', () => {
    it('asks again, with an error, when nothing is selected', async () => {
      const el = await mount(capturingAdapter().adapter);
      const events = recordEvents(el);
      await answerUpTo(el, 'eligibility');
      await expectAccessible(el, 'eligibility');
      await continueOn(el);
      await expectErrorState(el, 'eligibility', ['Select which of these apply to you, or select ‘None of these’']);
      expect(events.find((e) => e.type === 'hub-validation-error')!.detail).to.deep.equal({
        widget: 'panel-signup',
        step: 'eligibility',
        fields: ['eligibility'],
      });
    });

    for (const [value, label] of [
      ['pregnant-or-partner', 'pregnant, or the partner of someone pregnant'],
      ['child-under-two', 'a parent or carer of a child under 2'],
      ['recent-start-for-life', 'a parent whose older child recently used services'],
    ] as const) {
      it(`lets ${label} continue`, async () => {
        const el = await mount(capturingAdapter().adapter);
        await answerUpTo(el, 'eligibility');
        await choose(el, 'eligibility', value);
        await continueOn(el);
        expect(headingText(el)).to.equal('Your details');
      });
    }

    it('shows a kind page with other ways to give feedback to someone who is not eligible', async () => {
      const el = await mount(capturingAdapter().adapter);
      await answerUpTo(el, 'eligibility');
      await choose(el, 'eligibility', 'pregnant-or-partner', 'none');
      expect(input(el, 'eligibility', 'pregnant-or-partner').checked, '“None of these” clears the others').to.equal(false);
      await continueOn(el);
      expect(headingText(el)).to.equal('The Parent and Carer Panel is for families expecting a baby or with a young child');
      expect(text(el)).to.contain('Thank you for wanting to help');
      const feedback = root(el).querySelector<HTMLAnchorElement>('a[href="https://example.org/have-your-say"]');
      expect(feedback?.textContent).to.contain('Give feedback');
      expect(root(el).querySelector('a[href="tel:+441632960001"]')?.textContent).to.equal('01632 960 001');
      expect(text(el)).not.to.contain('There is a problem');
      await expectAccessible(el, 'not eligible');

      const change = [...root(el).querySelectorAll('button')].find((b) => b.textContent!.includes('Change your answer'))!;
      change.click();
      await settle(el);
      expect(headingText(el)).to.equal('Which of these apply to you?');
      expect(input(el, 'eligibility', 'none').checked, 'the answer is kept').to.equal(true);
    });
  });

  describe('your details', () => {
    it('asks for a name and a way to contact you', async () => {
      const el = await mount(capturingAdapter().adapter);
      await answerUpTo(el, 'details');
      await expectAccessible(el, 'your details');
      await continueOn(el);
      await expectErrorState(el, 'your details (empty)', ['Enter your full name', 'Select how we can contact you']);
    });

    it('checks the email address and phone number it asks for', async () => {
      const el = await mount(capturingAdapter().adapter);
      await answerUpTo(el, 'details');
      await fill(el, 'name', 'Sam Okafor');
      await choose(el, 'contact', 'email', 'phone');
      await continueOn(el);
      await expectErrorState(el, 'your details (contact empty)', ['Enter your email address', 'Enter your phone number']);
      await fill(el, 'email', 'sam at example');
      await fill(el, 'phone', '12345');
      await continueOn(el);
      await expectErrorState(el, 'your details (contact wrong)', [
        'Enter an email address in the correct format, like name@example.com',
        'Enter a UK phone number, like 07700 900 982 or 01632 960 001',
      ]);
      expect(input(el, 'email').value, 'answers are kept').to.equal('sam at example');

      root(el).querySelector<HTMLAnchorElement>('.hub-error-summary a')!.click();
      expect(activeId(el), 'the error link focuses the field').to.equal('email');

      await fill(el, 'email', ' sam@example.org ');
      await fill(el, 'phone', '07700 900 982');
      await continueOn(el);
      expect(headingText(el)).to.equal('Which area do you live in?');
    });

    it('limits the name to 120 characters', async () => {
      const el = await mount(capturingAdapter().adapter);
      await answerUpTo(el, 'details');
      await fill(el, 'name', 'A'.repeat(121));
      await choose(el, 'contact', 'phone');
      await fill(el, 'phone', '01632 960 001');
      await continueOn(el);
      expect(errorTexts(el)).to.deep.equal(['Full name must be 120 characters or less']);
    });
  });

  describe('area', () => {
    it('offers the configured localities, and “not sure”', async () => {
      const el = await mount(capturingAdapter().adapter);
      await answerUpTo(el, 'locality');
      const choices = [...root(el).querySelectorAll<HTMLInputElement>('input[name="locality"]')].map((i) => i.value);
      expect(choices).to.deep.equal(['North', 'Central', 'South', 'not-sure']);
      await expectAccessible(el, 'area');
      await continueOn(el);
      await expectErrorState(el, 'area', ['Select the area you live in']);
      await choose(el, 'locality', 'not-sure');
      await continueOn(el);
      expect(headingText(el)).to.equal('What is your relationship to the baby or child?');
    });

    it('asks for a town or area in words when no localities are configured', async () => {
      const el = await mount(capturingAdapter().adapter, { localities: null });
      await answerUpTo(el, 'locality');
      expect(headingText(el)).to.equal('Which town or area do you live in?');
      expect(input(el, 'locality').getAttribute('autocomplete')).to.equal('address-level2');
      await expectAccessible(el, 'area as text');
      await continueOn(el);
      await expectErrorState(el, 'area as text', ['Enter the town or area you live in']);
      await fill(el, 'locality', 'Brackenford');
      await continueOn(el);
      expect(headingText(el)).to.equal('What is your relationship to the baby or child?');
    });

    it('uses the localities of an enclosing <hub-provider>', async () => {
      const { adapter } = capturingAdapter();
      const wrapper = await fixture(html`<hub-provider localities="East, West" .adapter=${adapter}>
        <hub-panel-signup></hub-panel-signup>
      </hub-provider>`);
      const el = wrapper.querySelector('hub-panel-signup')!;
      await el.updateComplete;
      await answerUpTo(el, 'locality');
      const choices = [...root(el).querySelectorAll<HTMLInputElement>('input[name="locality"]')].map((i) => i.value);
      expect(choices).to.deep.equal(['East', 'West', 'not-sure']);
    });
  });

  describe('relationship', () => {
    it('offers inclusive choices and asks for “other” in words', async () => {
      const el = await mount(capturingAdapter().adapter);
      await answerUpTo(el, 'relationship');
      const words = text(el);
      for (const choice of ['Pregnant', 'Partner of someone who is pregnant', 'Step-parent', 'Foster carer', 'Adoptive parent', 'Kinship carer or special guardian']) {
        expect(words).to.contain(choice);
      }
      expect(words).not.to.match(/\b(mother|father|husband|wife)\b/i);
      await expectAccessible(el, 'relationship');
      await continueOn(el);
      await expectErrorState(el, 'relationship', ['Select your relationship to the baby or child']);
      await choose(el, 'relationship', 'other');
      await continueOn(el);
      await expectErrorState(el, 'relationship other', ['Enter your relationship to the baby or child']);
      expect(errorTexts(el)).to.have.length(1);
      await fill(el, 'relationship-other', 'Aunt');
      await continueOn(el);
      expect(headingText(el)).to.equal('Taking part');
    });
  });

  describe('taking part', () => {
    it('needs a way to take part; the days and times are optional', async () => {
      const el = await mount(capturingAdapter().adapter);
      await answerUpTo(el, 'taking-part');
      expect(text(el)).to.contain('When could you usually come to meetings? (optional)');
      await expectAccessible(el, 'taking part');
      await choose(el, 'availability', 'weekend');
      await continueOn(el);
      await expectErrorState(el, 'taking part', ['Select how you would like to take part']);
      await choose(el, 'take-part', 'surveys');
      await continueOn(el);
      expect(headingText(el)).to.equal('What support would help you take part?');
    });
  });

  describe('support to take part', () => {
    it('needs an answer, a language for an interpreter and details of access needs', async () => {
      const el = await mount(capturingAdapter().adapter);
      await answerUpTo(el, 'support');
      await expectAccessible(el, 'support');
      await continueOn(el);
      await expectErrorState(el, 'support (empty)', [
        'Select the support that would help you, or select ‘I do not need any support’',
      ]);
      await choose(el, 'support', 'interpreter', 'access');
      expect(root(el).querySelector('label[for="support-details"]')!.textContent).to.contain('Tell us about your access needs');
      await continueOn(el);
      await expectErrorState(el, 'support (details missing)', [
        'Enter the language you need an interpreter for',
        'Tell us about the support that would help you take part',
      ]);
      await fill(el, 'interpreter-language', 'British Sign Language');
      await fill(el, 'support-details', 'A'.repeat(501));
      await continueOn(el);
      await expectErrorState(el, 'support (details too long)', ['Support details must be 500 characters or less']);
      await fill(el, 'support-details', 'Step-free access');
      await continueOn(el);
      expect(headingText(el)).to.equal('About you (optional)');
    });

    it('asks one details question for access needs and something else', async () => {
      const el = await mount(capturingAdapter().adapter);
      await answerUpTo(el, 'support');
      await choose(el, 'support', 'other');
      expect(root(el).querySelector('label[for="support-details"]')!.textContent).to.contain('Tell us what other support would help');
      await choose(el, 'support', 'access');
      expect(root(el).querySelectorAll('#support-details')).to.have.length(1);
      expect(root(el).querySelector('label[for="support-details"]')!.textContent).to.contain('access needs and any other support');
    });

    it('“I do not need any support” clears the other choices', async () => {
      const el = await mount(capturingAdapter().adapter);
      await answerUpTo(el, 'support');
      await choose(el, 'support', 'childcare', 'none');
      expect(input(el, 'support', 'childcare').checked).to.equal(false);
      await continueOn(el);
      expect(headingText(el)).to.equal('About you (optional)');
    });
  });

  describe('about you (equality monitoring)', () => {
    it('says why it asks and who sees the answers; every question is optional with “Prefer not to say”', async () => {
      const el = await mount(capturingAdapter().adapter);
      await answerUpTo(el, 'equality');
      const words = text(el);
      expect(words).to.contain('We ask these questions to check that the panel includes all kinds of families');
      expect(words).to.contain('Only the team that runs the panel can see them');
      expect(words).to.contain('do not affect whether you can join');
      const legends = [...root(el).querySelectorAll('legend')].map((l) => l.textContent!.trim());
      expect(legends).to.have.length(6);
      for (const legend of legends) expect(legend).to.match(/\(optional\)$/);
      expect(root(el).querySelectorAll('input[value="prefer-not-to-say"]')).to.have.length(6);
      await expectAccessible(el, 'equality');
      await continueOn(el);
      expect(errorTexts(el), 'leaving them all blank is fine').to.deep.equal([]);
      expect(headingText(el)).to.equal('Contacting you and keeping your details');
    });
  });

  describe('consent', () => {
    it('asks for each purpose separately, with the privacy notice', async () => {
      const el = await mount(capturingAdapter().adapter);
      await answerUpTo(el, 'consent');
      const privacy = root(el).querySelector<HTMLAnchorElement>('a[href="https://example.org/privacy"]')!;
      expect(privacy.textContent).to.contain('(opens in new tab)');
      expect(privacy.target).to.equal('_blank');
      expect(input(el, 'consent-contact').checked, 'nothing is ticked for the family').to.equal(false);
      await expectAccessible(el, 'consent');
      await continueOn(el);
      await expectErrorState(el, 'consent (none)', [
        'Select the box to agree that we can contact you about the panel',
        'Select the box to agree that we can keep your details for a year',
      ]);
      await choose(el, 'consent-contact', 'contact-about-panel');
      await continueOn(el);
      await expectErrorState(el, 'consent (one)', ['Select the box to agree that we can keep your details for a year']);
      await choose(el, 'consent-keep', 'keep-for-a-year');
      await continueOn(el);
      expect(headingText(el)).to.equal('Check your answers before sending your application');
    });
  });

  describe('check your answers', () => {
    it('shows every answer, "Not provided" for skipped ones, and Change links that come back here', async () => {
      const el = await mount(capturingAdapter().adapter);
      await answerUpTo(el);
      const rows = new Map(
        [...root(el).querySelectorAll('.hub-summary-list__row')].map((row) => [
          row.querySelector('dt')!.textContent!.trim(),
          row.querySelector('.hub-summary-list__value')!.textContent!.trim(),
        ]),
      );
      expect(rows.get('Full name')).to.equal('Sam Okafor');
      expect(rows.get('Email address')).to.equal('sam@example.org');
      expect(rows.has('Phone number'), 'no row for a method not chosen').to.equal(false);
      expect(rows.get('Area')).to.equal('Central');
      expect(rows.get('Relationship to the baby or child')).to.equal('Parent');
      expect(rows.get('How you’d like to take part')).to.equal('Online, at video meetings');
      expect(rows.get('When you could come to meetings')).to.equal('Not provided');
      expect(rows.get('Support that would help')).to.equal('No support needed');
      expect(rows.get('Gender')).to.equal('Not provided');
      expect(rows.get('Contact about the panel')).to.equal('Agreed');
      expect(text(el)).to.contain('Nothing is sent until you select ‘Send application’');
      await expectAccessible(el, 'check your answers');

      const change = [...root(el).querySelectorAll('.hub-summary-list__row')]
        .find((row) => row.querySelector('dt')!.textContent!.includes('Area'))!
        .querySelector('button')!;
      expect(change.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Change area');
      change.click();
      await settle(el);
      expect(headingText(el)).to.equal('Which area do you live in?');
      expect(input(el, 'locality', 'Central').checked, 'the answer is kept').to.equal(true);
      await choose(el, 'locality', 'South');
      await continueOn(el);
      expect(headingText(el), 'Continue goes back to Check your answers').to.equal('Check your answers before sending your application');
      expect(text(el)).to.contain('South');

      // Back from a Change step also returns to Check your answers.
      const changeGender = [...root(el).querySelectorAll('.hub-summary-list__row')]
        .find((row) => row.querySelector('dt')!.textContent!.includes('Gender'))!
        .querySelector('button')!;
      changeGender.click();
      await settle(el);
      await choose(el, 'equality-gender', 'prefer-not-to-say');
      root(el).querySelector<HTMLButtonElement>('[part="back-link"]')!.click();
      await settle(el);
      expect(headingText(el)).to.equal('Check your answers before sending your application');
    });
  });

  describe('sending', () => {
    it('sends exactly the answers given, then confirms with a reference', async () => {
      const { adapter, calls, memory } = capturingAdapter();
      const el = await mount(adapter);
      const events = recordEvents(el);
      const before = Date.now();
      await start(el);
      await choose(el, 'eligibility', 'child-under-two', 'pregnant-or-partner');
      await continueOn(el);
      await fill(el, 'name', '  Sam Okafor ');
      await choose(el, 'contact', 'email', 'phone');
      await fill(el, 'email', 'sam@example.org');
      await fill(el, 'phone', '07700 900 982');
      await continueOn(el);
      await choose(el, 'locality', 'Central');
      await continueOn(el);
      await choose(el, 'relationship', 'kinship-carer');
      await continueOn(el);
      await choose(el, 'take-part', 'in-person', 'surveys');
      await choose(el, 'availability', 'weekday-evening', 'weekend');
      await continueOn(el);
      await choose(el, 'support', 'access', 'childcare', 'interpreter');
      await fill(el, 'interpreter-language', 'Polish');
      await fill(el, 'support-details', 'Step-free access, please');
      await continueOn(el);
      await choose(el, 'equality-age-band', '25-34');
      await choose(el, 'equality-gender', 'prefer-not-to-say');
      await choose(el, 'equality-ethnicity', 'black');
      await choose(el, 'equality-single-parent', 'yes');
      await choose(el, 'equality-carer-type', 'kinship');
      await continueOn(el);
      await choose(el, 'consent-contact', 'contact-about-panel');
      await choose(el, 'consent-keep', 'keep-for-a-year');
      await continueOn(el);
      root(el).querySelector<HTMLButtonElement>('[part="send-button"]')!.click();
      await waitUntil(() => root(el).querySelector('.hub-panel'), 'the confirmation shows');
      const after = Date.now();

      expect(calls).to.have.length(1);
      const sent = calls[0]!.application;
      for (const consent of sent.consents) {
        const at = Date.parse(consent.at);
        expect(at, 'consent time').to.be.within(Math.floor(before / 1000) * 1000, after);
        expect(consent.at, 'an instant with its London offset').to.match(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
      }
      const expected: PanelApplication = {
        eligibility: ['pregnant-or-partner', 'child-under-two'],
        name: 'Sam Okafor',
        email: 'sam@example.org',
        phone: '07700 900 982',
        locality: 'Central',
        relationship: 'kinship-carer',
        takePart: ['in-person', 'surveys'],
        availability: ['weekday-evening', 'weekend'],
        support: ['childcare', 'interpreter', 'access'],
        interpreterLanguage: 'Polish',
        supportDetails: 'Step-free access, please',
        equality: { ageBand: '25-34', gender: 'prefer-not-to-say', ethnicity: 'black', singleParent: 'yes', carerType: 'kinship' },
        consents: [
          { purpose: 'contact-about-panel', given: true, noticeVersion: '2026-09', at: sent.consents[0]!.at },
          { purpose: 'keep-for-a-year', given: true, noticeVersion: '2026-09', at: sent.consents[1]!.at },
        ],
      };
      expect(sent).to.deep.equal(expected);
      expect(memory.counts().panelApplications).to.equal(1);

      const reference = root(el).querySelector('.hub-reference')!.textContent!.trim();
      expect(reference).to.match(/^PP-[A-Z0-9]{6}$/);
      expect(headingText(el)).to.equal('Application sent');
      await settle(el);
      expect(activeElement(el)?.textContent, 'focus on the confirmation').to.contain('Application sent');
      expect(text(el)).to.contain('What happens next');
      expect(text(el)).to.contain('Brackenford Family Hubs');
      expect(root(el).querySelector('[part="back-link"]'), 'no Back from a confirmation').to.equal(null);
      await expectAccessible(el, 'confirmation');
      const submitted = events.filter((e) => e.type === 'hub-panel-submitted');
      expect(submitted).to.have.length(1);
      expect(submitted[0]!.detail).to.deep.equal({ reference });
    });

    it('sends no equality answers when they are left blank, and "prefer-not-to-say" when chosen', async () => {
      const { adapter, calls } = capturingAdapter();
      const el = await mount(adapter);
      await answerUpTo(el);
      root(el).querySelector<HTMLButtonElement>('[part="send-button"]')!.click();
      await waitUntil(() => calls.length === 1 && root(el).querySelector('.hub-panel'));
      expect(calls[0]!.application.equality).to.deep.equal({});
      expect(calls[0]!.application).not.to.have.any.keys('phone', 'interpreterLanguage', 'supportDetails', 'relationshipOther');
      expect(calls[0]!.application.support).to.deep.equal([]);

      const second = capturingAdapter();
      const other = await mount(second.adapter);
      await answerUpTo(other, 'consent');
      // Go back to the equality step and say "prefer not to say" to everything.
      root(other).querySelector<HTMLButtonElement>('[part="back-link"]')!.click();
      await settle(other);
      for (const name of ['age-band', 'gender', 'ethnicity', 'disability', 'single-parent', 'carer-type']) {
        await choose(other, `equality-${name}`, 'prefer-not-to-say');
      }
      await continueOn(other);
      await choose(other, 'consent-contact', 'contact-about-panel');
      await choose(other, 'consent-keep', 'keep-for-a-year');
      await continueOn(other);
      expect(text(other)).to.contain('Prefer not to say');
      root(other).querySelector<HTMLButtonElement>('[part="send-button"]')!.click();
      await waitUntil(() => second.calls.length === 1);
      expect(second.calls[0]!.application.equality).to.deep.equal({
        ageBand: 'prefer-not-to-say',
        gender: 'prefer-not-to-say',
        ethnicity: 'prefer-not-to-say',
        disability: 'prefer-not-to-say',
        singleParent: 'prefer-not-to-say',
        carerType: 'prefer-not-to-say',
      });
    });

    it('leaves out answers to questions no longer asked', async () => {
      const { adapter, calls } = capturingAdapter();
      const el = await mount(adapter);
      await answerUpTo(el, 'relationship');
      await choose(el, 'relationship', 'other');
      await fill(el, 'relationship-other', 'Aunt');
      await choose(el, 'relationship', 'grandparent');
      await continueOn(el);
      await choose(el, 'take-part', 'online');
      await continueOn(el);
      await choose(el, 'support', 'interpreter');
      await fill(el, 'interpreter-language', 'Urdu');
      await choose(el, 'support', 'interpreter', 'travel');
      await continueOn(el);
      await continueOn(el);
      await choose(el, 'consent-contact', 'contact-about-panel');
      await choose(el, 'consent-keep', 'keep-for-a-year');
      await continueOn(el);
      expect(text(el)).not.to.contain('Urdu');
      root(el).querySelector<HTMLButtonElement>('[part="send-button"]')!.click();
      await waitUntil(() => calls.length === 1);
      expect(calls[0]!.application.relationship).to.equal('grandparent');
      expect(calls[0]!.application.support).to.deep.equal(['travel']);
      expect(calls[0]!.application).not.to.have.any.keys('relationshipOther', 'interpreterLanguage');
    });

    it('sends once for a double click', async () => {
      const { adapter, calls, memory } = capturingAdapter({ latencyMs: 30 });
      const el = await mount(adapter);
      await answerUpTo(el);
      const send = root(el).querySelector<HTMLButtonElement>('[part="send-button"]')!;
      send.click();
      send.click();
      await el.updateComplete;
      expect(send.getAttribute('aria-disabled'), 'busy while sending').to.equal('true');
      send.click();
      await waitUntil(() => root(el).querySelector('.hub-panel'));
      expect(calls).to.have.length(1);
      expect(memory.counts().panelApplications).to.equal(1);
    });

    it('keeps the answers after a network error, and a retry reuses the same key', async () => {
      const { adapter, calls, memory } = capturingAdapter({ fail: { network: ['submitPanelApplication'] } });
      const el = await mount(adapter);
      const events = recordEvents(el);
      await answerUpTo(el);
      root(el).querySelector<HTMLButtonElement>('[part="send-button"]')!.click();
      await waitUntil(() => root(el).querySelector('[data-problem-heading]'), 'the problem shows');
      await settle(el);
      expect(text(el)).to.contain('Sorry, there is a problem with this service');
      expect(text(el)).to.contain('Check your internet connection');
      expect(root(el).querySelector('a[href="tel:+441632960001"]')).to.exist;
      expect(activeElement(el)?.hasAttribute('data-problem-heading'), 'focus on the problem').to.equal(true);
      expect(text(el), 'the answers are still there').to.contain('Sam Okafor');
      expect(events.filter((e) => e.type === 'hub-error').map((e) => e.detail)).to.deep.equal([{ widget: 'panel-signup', code: 'network' }]);
      await expectAccessible(el, 'check your answers with a sending problem');

      memory.setFailures({});
      const tryAgain = [...root(el).querySelectorAll('button')].find((b) => b.textContent!.includes('Try again'))!;
      tryAgain.click();
      await waitUntil(() => root(el).querySelector('.hub-panel'), 'sent on retry');
      expect(calls).to.have.length(2);
      expect(calls[1]!.idempotencyKey, 'the retry reuses the key').to.equal(calls[0]!.idempotencyKey);
      expect(calls[1]!.application).to.deep.equal(calls[0]!.application);
      expect(memory.counts().panelApplications).to.equal(1);
    });

    it('uses a new key when the answers change after a failure, and another for a new application', async () => {
      const { adapter, calls, memory } = capturingAdapter({ fail: { network: ['submitPanelApplication'] } });
      const el = await mount(adapter);
      await answerUpTo(el);
      root(el).querySelector<HTMLButtonElement>('[part="send-button"]')!.click();
      await waitUntil(() => root(el).querySelector('[data-problem-heading]'));
      // A second attempt at the same answers reuses the key.
      root(el).querySelector<HTMLButtonElement>('[part="send-button"]')!.click();
      await waitUntil(() => calls.length === 2);
      expect(calls[1]!.idempotencyKey).to.equal(calls[0]!.idempotencyKey);
      await settle(el);

      const changeName = [...root(el).querySelectorAll('.hub-summary-list__row')]
        .find((row) => row.querySelector('dt')!.textContent!.includes('Full name'))!
        .querySelector('button')!;
      changeName.click();
      await settle(el);
      await fill(el, 'name', 'Sam Okafor-Jones');
      await continueOn(el);
      expect(root(el).querySelector('[data-problem-heading]'), 'the old problem is gone').to.equal(null);
      memory.setFailures({});
      root(el).querySelector<HTMLButtonElement>('[part="send-button"]')!.click();
      await waitUntil(() => root(el).querySelector('.hub-panel'));
      expect(calls).to.have.length(3);
      expect(calls[2]!.application.name).to.equal('Sam Okafor-Jones');
      expect(calls[2]!.idempotencyKey).not.to.equal(calls[0]!.idempotencyKey);
      expect(memory.counts().panelApplications).to.equal(1);
    });

    it('points to the answer a backend rejects', async () => {
      const { adapter, memory } = capturingAdapter();
      const rejecting = new Proxy(adapter, {
        get(target, property) {
          if (property === 'submitPanelApplication') {
            return () =>
              Promise.reject(
                new AdapterError('validation', 'bad', { fields: [{ path: 'phone', message: 'Not a number we can call' }] }),
              );
          }
          return Reflect.get(target, property);
        },
      });
      const el = await mount(rejecting);
      await answerUpTo(el);
      root(el).querySelector<HTMLButtonElement>('[part="send-button"]')!.click();
      await waitUntil(() => errorTexts(el).length > 0);
      await settle(el);
      expect(errorTexts(el)).to.deep.equal(['Check your answer to ‘Phone number’ and change it if you need to']);
      expect(text(el), 'never the backend’s own words').not.to.contain('Not a number we can call');
      expect(activeElement(el)?.hasAttribute('data-error-summary')).to.equal(true);
      root(el).querySelector<HTMLAnchorElement>('.hub-error-summary a')!.click();
      expect(activeId(el), 'the link goes to the section with the answer').to.equal('check-details');
      await expectAccessible(el, 'check your answers with a rejected answer');
      expect(memory.counts().panelApplications).to.equal(0);
    });
  });

  describe('events and personal data', () => {
    it('fires step changes and events without personal data, and stores nothing', async () => {
      localStorage.clear();
      sessionStorage.clear();
      const url = location.href;
      const logged: string[] = [];
      const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
      const originals = methods.map((m) => console[m]);
      methods.forEach((m) => {
        console[m] = (...args: unknown[]) => logged.push(args.map(String).join(' '));
      });
      const { adapter } = capturingAdapter();
      const events: { type: string; detail: unknown }[] = [];
      const listen = (event: Event) => events.push({ type: event.type, detail: (event as CustomEvent).detail });
      const types = ['hub-ready', 'hub-step-change', 'hub-validation-error', 'hub-panel-submitted', 'hub-error'];
      types.forEach((type) => document.addEventListener(type, listen));
      try {
        const el = await mount(adapter);
        await answerUpTo(el, 'details');
        await continueOn(el);
        await fill(el, 'name', 'Sam Okafor');
        await choose(el, 'contact', 'email');
        await fill(el, 'email', 'sam@example.org');
        await continueOn(el);
        await choose(el, 'locality', 'Central');
        await continueOn(el);
        await choose(el, 'relationship', 'parent');
        await continueOn(el);
        await choose(el, 'take-part', 'online');
        await continueOn(el);
        await choose(el, 'support', 'none');
        await continueOn(el);
        await continueOn(el);
        await choose(el, 'consent-contact', 'contact-about-panel');
        await choose(el, 'consent-keep', 'keep-for-a-year');
        await continueOn(el);
        root(el).querySelector<HTMLButtonElement>('[part="send-button"]')!.click();
        await waitUntil(() => root(el).querySelector('.hub-panel'));
        await settle(el);

        expect(events.map((e) => e.type)).to.include.members(['hub-ready', 'hub-step-change', 'hub-validation-error', 'hub-panel-submitted']);
        const steps = events.filter((e) => e.type === 'hub-step-change').map((e) => e.detail as Record<string, unknown>);
        expect(steps[0]).to.deep.equal({ widget: 'panel-signup', step: 'eligibility', index: 1, total: 12 });
        expect(steps.at(-1)).to.deep.include({ step: 'confirmation' });
        for (const step of steps) expect(step).to.have.all.keys('widget', 'step', 'index', 'total');
        const everything = JSON.stringify(events.map((e) => e.detail)) + logged.join('\n');
        for (const personal of ['Sam', 'Okafor', 'sam@example.org', 'Central']) expect(everything).not.to.contain(personal);

        expect(localStorage.length, 'localStorage').to.equal(0);
        expect(sessionStorage.length, 'sessionStorage').to.equal(0);
        expect(document.cookie, 'cookies').to.equal('');
        expect(location.href, 'URL').to.equal(url);
        expect(text(el), 'answers are cleared once sent').not.to.contain('Sam Okafor');
      } finally {
        types.forEach((type) => document.removeEventListener(type, listen));
        methods.forEach((m, i) => {
          console[m] = originals[i]!;
        });
      }
    });

    it('announces that the application is being sent', async () => {
      const { adapter } = capturingAdapter({ latencyMs: 50 });
      const el = await mount(adapter);
      await answerUpTo(el);
      root(el).querySelector<HTMLButtonElement>('[part="send-button"]')!.click();
      const status = root(el).querySelector('[role="status"]')!;
      await waitUntil(() => status.textContent!.includes('Sending your application'), 'the live region says it is sending');
    });
  });

  describe('keyboard only', () => {
    /** Presses Tab until the focused element matches, failing after `max` presses. */
    async function tabTo(el: HubPanelSignup, matches: (active: HTMLElement) => boolean, max = 40) {
      for (let i = 0; i < max; i++) {
        const active = activeElement(el);
        if (active && matches(active)) return;
        await sendKeys({ press: 'Tab' });
      }
      throw new Error(`Could not reach the control on "${headingText(el)}" with Tab`);
    }
    const isSubmit = (a: HTMLElement) => a instanceof HTMLButtonElement && a.type === 'submit';
    const isValue = (value: string) => (a: HTMLElement) => a instanceof HTMLInputElement && a.value === value;
    async function pressEnterOnSubmit(el: HubPanelSignup) {
      await tabTo(el, isSubmit);
      await sendKeys({ press: 'Enter' });
      await settle(el);
    }

    it('completes the journey with the keyboard alone', async () => {
      const { adapter, calls } = capturingAdapter();
      const el = await mount(adapter);
      (document.activeElement as HTMLElement | null)?.blur();
      await sendKeys({ press: 'Tab' });
      expect(activeElement(el)?.getAttribute('part')).to.equal('start-button');
      await sendKeys({ press: 'Enter' });
      await settle(el);

      expect(headingText(el)).to.equal('Which of these apply to you?');
      await tabTo(el, isValue('child-under-two'));
      await sendKeys({ press: 'Space' });
      await pressEnterOnSubmit(el);

      expect(headingText(el)).to.equal('Your details');
      await tabTo(el, (a) => a.id === 'name');
      await sendKeys({ type: 'Sam Okafor' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Space' });
      await settle(el);
      await sendKeys({ press: 'Tab' });
      expect(activeId(el), 'the revealed email box comes next').to.equal('email');
      await sendKeys({ type: 'sam@example.org' });
      await sendKeys({ press: 'Enter' });
      await settle(el);

      expect(headingText(el)).to.equal('Which area do you live in?');
      await tabTo(el, isValue('North'));
      await sendKeys({ press: 'ArrowDown' });
      await pressEnterOnSubmit(el);

      expect(headingText(el)).to.equal('What is your relationship to the baby or child?');
      await tabTo(el, isValue('pregnant'));
      await sendKeys({ press: 'Space' });
      await pressEnterOnSubmit(el);

      expect(headingText(el)).to.equal('Taking part');
      await tabTo(el, isValue('in-person'));
      await sendKeys({ press: 'Space' });
      await pressEnterOnSubmit(el);

      expect(headingText(el)).to.equal('What support would help you take part?');
      await tabTo(el, isValue('none'));
      await sendKeys({ press: 'Space' });
      await pressEnterOnSubmit(el);

      expect(headingText(el)).to.equal('About you (optional)');
      await pressEnterOnSubmit(el);

      expect(headingText(el)).to.equal('Contacting you and keeping your details');
      await tabTo(el, isValue('contact-about-panel'));
      await sendKeys({ press: 'Space' });
      await tabTo(el, isValue('keep-for-a-year'));
      await sendKeys({ press: 'Space' });
      await pressEnterOnSubmit(el);

      expect(headingText(el)).to.equal('Check your answers before sending your application');
      await tabTo(el, (a) => a.getAttribute('part') === 'send-button');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => root(el).querySelector('.hub-panel'), 'sent');
      expect(calls).to.have.length(1);
      expect(calls[0]!.application).to.deep.include({
        eligibility: ['child-under-two'],
        name: 'Sam Okafor',
        email: 'sam@example.org',
        locality: 'Central',
        relationship: 'pregnant',
        takePart: ['in-person'],
        support: [],
      });
    });
  });
});
