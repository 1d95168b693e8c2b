import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import { translate, translator } from '../i18n/messages.js';
import '../i18n/lang-cy.js';
import { expectAccessible } from '../test-support/a11y.js';
import { renderPartial, shadow, type PartialHost } from '../test-support/render-host.js';
import { checkboxes, toggleChoice } from './checkboxes.js';
import { details, insetText, notificationBanner, panel, summaryList, warningText } from './content.js';
import { dateInput } from './date-input.js';
import { errorSummary, errorText, type ErrorItem } from './error-summary.js';
import { select, textarea, textInput } from './field.js';
import { backLink, button, pageWindow, pagination } from './navigation.js';
import { radios } from './radios.js';

const t = translator('en-GB');
const noop = () => {};
let host: PartialHost | undefined;
afterEach(() => host?.remove());

/** Renders a partial in its default and error states and runs axe on both. */
async function checkBothStates(name: string, render: (error?: string) => unknown) {
  host = await renderPartial(() => render());
  await expectAccessible(host, `${name} (default)`);
  host.remove();
  host = await renderPartial(() => render('Enter something'));
  await expectAccessible(host, `${name} (error)`);
  const message = shadow(host).querySelector('.hub-error-message');
  expect(message, `${name} shows its error`).to.exist;
  expect(message!.textContent).to.contain('Error:').and.contain('Enter something');
}

describe('partials: accessible in default and error states', () => {
  it('text input', async () => {
    await checkBothStates('text input', (error) =>
      textInput({ t, id: 'name', label: 'Your name', hint: 'As you would like us to say it', value: '', error, onInput: noop }),
    );
    const input = shadow(host!).querySelector('input')!;
    expect(input.getAttribute('aria-describedby')).to.equal('name-hint name-error');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
  });

  it('textarea with character count', async () => {
    await checkBothStates('textarea', (error) =>
      textarea({ t, id: 'story', label: 'What would help', value: 'Some words', maxLength: 20, error, onInput: noop }),
    );
    expect(shadow(host!).textContent).to.contain('You have 10 characters remaining');
  });

  it('select', async () => {
    await checkBothStates('select', (error) =>
      select({
        t,
        id: 'distance',
        label: 'Distance',
        value: '5',
        items: [
          { value: '1', text: '1 mile' },
          { value: '5', text: '5 miles' },
        ],
        error,
        onChange: noop,
      }),
    );
  });

  it('radios, as a page heading, with a conditional question', async () => {
    await checkBothStates('radios', (error) =>
      radios({
        t,
        id: 'relationship',
        name: 'relationship',
        legend: 'Your relationship to the child',
        isPageHeading: 'h2',
        hint: 'Choose the one that fits best',
        value: 'other',
        items: [
          { value: 'parent', text: 'Parent' },
          { value: 'kinship-carer', text: 'Kinship or special guardianship carer', hint: 'Looking after a relative’s child' },
          {
            value: 'other',
            text: 'Other',
            dividerBefore: 'or',
            conditional: () => textInput({ t, id: 'relationship-other', label: 'Tell us your relationship', value: '', onInput: noop }),
          },
        ],
        error,
        onChange: noop,
      }),
    );
    const root = shadow(host!);
    expect(root.querySelector('#relationship')).to.have.property('type', 'radio');
    expect(root.querySelector('#relationship-other'), 'conditional question shows for the chosen item').to.exist;
    expect(root.querySelector('fieldset')!.getAttribute('aria-describedby')).to.equal('relationship-hint relationship-error');
  });

  it('checkboxes with an exclusive "none" item', async () => {
    await checkBothStates('checkboxes', (error) =>
      checkboxes({
        t,
        id: 'support',
        name: 'support',
        legend: 'What support would help you take part?',
        values: ['childcare'],
        items: [
          { value: 'childcare', text: 'Childcare' },
          { value: 'travel', text: 'Help with travel' },
          { value: 'none', text: 'None of these', exclusive: true, dividerBefore: 'or' },
        ],
        error,
        onChange: noop,
      }),
    );
  });

  it('date input', async () => {
    await checkBothStates('date input', (error) =>
      dateInput({
        t,
        id: 'due',
        legend: 'When is the baby due?',
        hint: 'For example, 3 2027',
        parts: ['month', 'year'],
        value: { month: '3' },
        errorParts: ['year'],
        error,
        onInput: noop,
      }),
    );
    const root = shadow(host!);
    expect(root.querySelector('fieldset')!.getAttribute('role')).to.equal('group');
    expect(root.querySelector('#due-year')!.classList.contains('hub-input--error')).to.equal(true);
    expect(root.querySelector('#due-month')!.classList.contains('hub-input--error')).to.equal(false);
    expect(root.querySelector('#due-month')!.getAttribute('autocomplete'), 'never autofills a parent’s birthday').to.equal('off');
  });

  it('error summary links focus the field inside the shadow root', async () => {
    host = await renderPartial(
      () => html`${errorSummary(t, [{ fieldId: 'name', text: 'Enter your name' }])}
      ${textInput({ t, id: 'name', label: 'Your name', value: '', error: 'Enter your name', onInput: noop })}`,
    );
    await expectAccessible(host, 'error summary');
    const root = shadow(host);
    expect(root.querySelector('[role="alert"]')!.textContent).to.contain('There is a problem');
    root.querySelector<HTMLAnchorElement>('.hub-error-summary a')!.click();
    expect(root.activeElement?.id).to.equal('name');
    expect(location.hash, 'the page URL is not changed').to.equal('');
  });

  it('summary list with change links', async () => {
    let changed = '';
    host = await renderPartial(() =>
      summaryList(t, [
        { key: 'Name', value: 'Sam', change: { onClick: () => (changed = 'name') } },
        { key: 'Children', value: '2' },
      ]),
    );
    await expectAccessible(host, 'summary list');
    const change = shadow(host).querySelector('button')!;
    expect(change.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Change name');
    change.click();
    expect(changed).to.equal('name');
  });

  it('warning text, panel, inset text, details and notification banner', async () => {
    host = await renderPartial(
      () => html`${warningText(t, 'This form is not for emergencies.')} ${panel('Booking confirmed', html`Your reference<br /><strong>BK-7KQ4XM</strong>`)}
      ${insetText('We will reply within 5 working days.')} ${details('Help with this form', 'Call us.')}
      ${notificationBanner('Success', 'Your place is booked', { success: true })}`,
    );
    await expectAccessible(host, 'content partials');
    expect(shadow(host).querySelector('.hub-warning-text')!.textContent).to.contain('Warning');
  });

  it('buttons and back link', async () => {
    let clicks = 0;
    host = await renderPartial(
      () => html`${backLink(t, noop)} ${button({ text: 'Continue', onClick: () => clicks++ })}
      ${button({ text: 'Confirm', busy: true, onClick: () => clicks++ })}`,
    );
    await expectAccessible(host, 'buttons');
    const [, continueButton, busyButton] = shadow(host).querySelectorAll('button');
    continueButton!.click();
    busyButton!.click();
    expect(clicks, 'a busy button does nothing').to.equal(1);
  });

  it('pagination on a middle page', async () => {
    let page = 0;
    host = await renderPartial(() => pagination(t, 4, 9, (p) => (page = p)));
    await expectAccessible(host, 'pagination');
    const root = shadow(host);
    expect(root.querySelector('[aria-current="page"]')!.textContent).to.contain('4');
    [...root.querySelectorAll('button')].find((b) => b.textContent!.includes('Next'))!.click();
    expect(page).to.equal(5);
  });
});

describe('partials: behaviour', () => {
  it('words each error when it is shown, in the language it is shown in; words already made stay as they were', async () => {
    const errors: ErrorItem[] = [
      { fieldId: 'a', key: 'common.characterCount.limit', params: { count: 5 } },
      { fieldId: 'b', key: 'common.problem.phone', params: { hubName: (words) => words('common.hubNameDefault'), phone: '01632 960 001' } },
      { fieldId: 'c', message: (words) => words('common.problem.tryLater') },
      { fieldId: 'd', text: 'Enter your name' },
    ];
    let lang = 'en-GB';
    host = await renderPartial(() => errorSummary(translator(lang), errors));
    const shown = () => [...shadow(host!).querySelectorAll('.hub-error-summary li')].map((li) => li.textContent!.trim());
    const expected = (to: string) => [
      translate(to, 'common.characterCount.limit', { count: 5 }),
      translate(to, 'common.problem.phone', { hubName: translate(to, 'common.hubNameDefault'), phone: '01632 960 001' }),
      translate(to, 'common.problem.tryLater'),
      'Enter your name',
    ];
    expect(shown()).to.deep.equal(expected('en-GB'));
    lang = 'cy';
    host.requestUpdate();
    await host.updateComplete;
    expect(shown()).to.deep.equal(expected('cy'));
    expect(shown()[1], 'a parameter worded in the same language').to.contain(translate('cy', 'common.hubNameDefault'));
    expect(shown()[0]).to.not.equal(expected('en-GB')[0]);
    expect(errorText(translator('cy'), errors[3]!)).to.equal('Enter your name');
  });

  it('shows too many characters as an error', async () => {
    host = await renderPartial(() => textarea({ t, id: 'x', label: 'Tell us', value: 'abcdef', maxLength: 4, onInput: noop }));
    const message = shadow(host).querySelector('.hub-character-count__message')!;
    expect(message.textContent).to.contain('You have 2 characters too many');
    expect(message.classList.contains('hub-character-count__message--error')).to.equal(true);
  });

  it('reports typing through onInput, and radios through onChange, using the keyboard', async () => {
    let typed = '';
    let chosen = '';
    host = await renderPartial(
      () => html`${textInput({ t, id: 'name', label: 'Name', value: '', onInput: (v) => (typed = v) })}
      ${radios({
        t,
        id: 'pick',
        name: 'pick',
        legend: 'Pick one',
        value: undefined,
        items: [
          { value: 'a', text: 'A' },
          { value: 'b', text: 'B' },
        ],
        onChange: (v) => (chosen = v),
      })}`,
    );
    shadow(host).querySelector<HTMLInputElement>('#name')!.focus();
    await sendKeys({ type: 'Sam' });
    expect(typed).to.equal('Sam');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    expect(chosen).to.equal('a');
    await sendKeys({ press: 'ArrowDown' });
    expect(chosen).to.equal('b');
  });

  it('toggles checkboxes with exclusive items', () => {
    const items = [
      { value: 'a', text: 'A' },
      { value: 'b', text: 'B' },
      { value: 'none', text: 'None', exclusive: true },
    ];
    expect(toggleChoice(items, ['a'], 'b', true)).to.deep.equal(['a', 'b']);
    expect(toggleChoice(items, ['a', 'b'], 'none', true)).to.deep.equal(['none']);
    expect(toggleChoice(items, ['none'], 'a', true)).to.deep.equal(['a']);
    expect(toggleChoice(items, ['a', 'b'], 'a', false)).to.deep.equal(['b']);
  });

  it('windows long page lists with gaps', () => {
    expect(pageWindow(1, 3)).to.deep.equal([1, 2, 3]);
    expect(pageWindow(5, 10)).to.deep.equal([1, null, 4, 5, 6, null, 10]);
    expect(pageWindow(10, 10)).to.deep.equal([1, null, 9, 10]);
  });
});
