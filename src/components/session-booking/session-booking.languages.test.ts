import { expect, waitUntil } from '@open-wc/testing';
import { partyProblemInWords } from '../../core/booking-rules.js';
import { translate, translator, type MessageKey, type MessageParams } from '../../i18n/messages.js';
import { nextRender } from '../../i18n/test-helpers.js';
import '../../i18n/lang-ar.js';
import '../../i18n/lang-cy.js';
import { expectAccessible } from '../../test-support/a11y.js';
import {
  FAMILY,
  HUB_PHONE,
  active,
  answerQuestions,
  buttonByText,
  card,
  click,
  errorLinks,
  heading,
  mount,
  referenceOnPage,
  root,
  submit,
  testAdapter,
  testSessions,
  type,
  waitForHeading,
} from './test-fixtures.js';
import type { HubSessionBooking } from './session-booking.js';

type Lang = 'en-GB' | 'cy' | 'ar';
const SWITCHES = ['cy', 'ar'] as const;

/** An error the page should show: the field it is about, and its words in a language. */
type Expected = [fieldId: string, words: (lang: Lang) => string];
const keyed = (fieldId: string, key: MessageKey, params?: MessageParams): Expected => [fieldId, (lang) => translate(lang, key, params)];

/** The inline message beside a field, with its visually hidden "Error:" prefix. */
const inlineError = (el: HubSessionBooking, fieldId: string) =>
  root(el).querySelector(`#${fieldId}-error`)?.textContent?.replace(/\s+/g, ' ').trim();

function expectErrorsIn(el: HubSessionBooking, lang: Lang, expected: readonly Expected[]): void {
  expect(errorLinks(el), `error summary in ${lang}`).to.deep.equal(expected.map(([, words]) => words(lang)));
  for (const [fieldId, words] of expected) {
    expect(inlineError(el, fieldId), `inline error for ${fieldId} in ${lang}`).to.equal(`${translate(lang, 'common.errorPrefix')} ${words(lang)}`);
  }
}

const field = (el: HubSessionBooking, id: string) => root(el).getElementById(id) as HTMLInputElement;

function countValidationErrors(el: HubSessionBooking) {
  const seen = { count: 0 };
  el.addEventListener('hub-validation-error', () => seen.count++);
  return seen;
}

/**
 * Switches the widget to Welsh, then Arabic: each time the errors must be in that language at once, with the
 * focus where it was, the answers kept, no new failed Continue, and nothing for axe to find.
 */
async function switchAndCheck(
  el: HubSessionBooking,
  page: string,
  expected: readonly Expected[],
  answers: Readonly<Record<string, string>>,
): Promise<void> {
  const focused = active(el);
  expect(focused, 'something has focus before the switch').to.exist;
  const failedContinues = countValidationErrors(el);
  for (const lang of SWITCHES) {
    for (const [, words] of expected) expect(words(lang), `the ${lang} catalogue has its own words`).to.not.equal(words('en-GB'));
    el.setAttribute('lang', lang);
    await nextRender(el);
    expectErrorsIn(el, lang, expected);
    expect(active(el), `focus stays where it was (${lang})`).to.equal(focused);
    for (const [id, value] of Object.entries(answers)) expect(field(el, id).value, `#${id} (${lang})`).to.equal(value);
    await expectAccessible(el, `${page} with errors, switched to ${lang}`);
  }
  expect(failedContinues.count, 'a change of language is not another failed Continue').to.equal(0);
  el.setAttribute('lang', 'en-GB');
  await nextRender(el);
  expectErrorsIn(el, 'en-GB', expected);
}

async function showErrors(el: HubSessionBooking): Promise<void> {
  await submit(el);
  await waitUntil(() => active(el)?.hasAttribute('data-error-summary'), 'focus on the error summary');
}

describe('<hub-session-booking>: error messages follow a change of language', () => {
  it('re-words “Who is coming?” errors, a booking rule’s included, keeping the answers and the focus', async () => {
    const el = await mount(testAdapter());
    await click(el, card(el, 'Stay and play').querySelector('button')!);
    await type(el, 'children', 'lots');
    await showErrors(el);
    const numbers = [keyed('adults', 'booking.party.adults.error.missing'), keyed('children', 'booking.party.children.error.number')];
    expectErrorsIn(el, 'en-GB', numbers);
    await switchAndCheck(el, 'who is coming', numbers, { adults: '', children: 'lots' });

    // The session's rule: Stay and play takes up to 2 adults from each family.
    await type(el, 'adults', '3');
    await type(el, 'children', '2');
    await showErrors(el);
    const rule = [keyed('adults', 'booking.party.error.adultsTooMany', { count: 2 })];
    expectErrorsIn(el, 'en-GB', rule);
    // The family goes to the box to mend it, then switches language.
    field(el, 'adults').focus();
    await switchAndCheck(el, 'who is coming (too many adults)', rule, { adults: '3', children: '2' });
  });

  it('re-words an age outside the session’s age band, naming the band in the new language', async () => {
    const el = await mount(testAdapter());
    await click(el, card(el, 'Baby massage').querySelector('button')!);
    await type(el, 'adults', '1');
    await type(el, 'children', '1');
    await submit(el);
    await type(el, 'child-1-years', '3');
    await showErrors(el);
    const band = testSessions().find((session) => session.id === 'massage-fri')!.rules.childAgeRange!;
    const tooOld: Expected = [
      'child-1',
      (lang) => partyProblemInWords({ field: 'child', childIndex: 0, code: 'child-age', ageRange: band }, translator(lang)),
    ];
    expect(errorLinks(el)[0]).to.equal('This session is for children aged 0 to 11 months. Check child 1’s age, or choose another session');
    expectErrorsIn(el, 'en-GB', [tooOld]);
    await switchAndCheck(el, 'ages (outside the band)', [tooOld], { 'child-1-years': '3', 'child-1-months': '' });
  });

  it('re-words the contact details errors with focus left in the box the family was typing in', async () => {
    const el = await mount(testAdapter());
    await click(el, card(el, 'Stay and play').querySelector('button')!);
    await type(el, 'adults', '1');
    await type(el, 'children', '1');
    await submit(el);
    await type(el, 'child-1-months', '6');
    await submit(el);
    expect(heading(el)).to.equal('Your contact details');
    await type(el, 'email', 'not an email');
    await type(el, 'phone', '123');
    await showErrors(el);
    const errors = [
      keyed('name', 'booking.contact.name.error.missing'),
      keyed('email', 'booking.contact.email.error.format'),
      keyed('phone', 'booking.contact.phone.error.format'),
    ];
    expectErrorsIn(el, 'en-GB', errors);
    field(el, 'email').focus();
    await switchAndCheck(el, 'contact details', errors, { name: '', email: 'not an email', phone: '123' });

    // Mended in the new language, the journey goes on as usual.
    el.setAttribute('lang', 'cy');
    await nextRender(el);
    await type(el, 'name', FAMILY.name);
    await type(el, 'email', FAMILY.email);
    await type(el, 'phone', FAMILY.phone);
    await submit(el);
    expect(errorLinks(el)).to.deep.equal([]);
    expect(heading(el)).to.equal(translate('cy', 'booking.reminder.title'));
  });

  it('re-words the cancel form’s errors, and the backend’s “no booking found”', async () => {
    const memory = testAdapter();
    const booking = await memory.book(
      {
        sessionId: 'stay-thu',
        adults: 1,
        children: [{ kind: 'age', months: 14 }],
        contact: { name: FAMILY.name, email: FAMILY.email },
        privacyNoticeVersion: '1',
      },
      { idempotencyKey: 'languages-cancel' },
    );
    const el = await mount(memory);
    await click(el, buttonByText(root(el), 'Cancel a booking'));
    await type(el, 'cancel-reference', 'ab');
    await type(el, 'cancel-contact', 'nope');
    await showErrors(el);
    const formats = [
      keyed('cancel-reference', 'booking.cancel.reference.error.format'),
      keyed('cancel-contact', 'booking.cancel.contact.error.format'),
    ];
    expectErrorsIn(el, 'en-GB', formats);
    await switchAndCheck(el, 'cancel a booking', formats, { 'cancel-reference': 'ab', 'cancel-contact': 'nope' });

    await type(el, 'cancel-reference', booking.reference);
    await type(el, 'cancel-contact', 'someone.else@example.com');
    await submit(el);
    await waitUntil(() => errorLinks(el).length === 1, 'the backend found no such booking');
    await waitUntil(() => active(el)?.hasAttribute('data-error-summary'), 'focus on the error summary');
    const notFound = [keyed('cancel-reference', 'booking.cancel.error.notFound')];
    expectErrorsIn(el, 'en-GB', notFound);
    await switchAndCheck(el, 'cancel (no booking found)', notFound, {
      'cancel-reference': booking.reference,
      'cancel-contact': 'someone.else@example.com',
    });
    expect(memory.bookingStatus(booking.reference)!.status).to.equal('confirmed');
  });
});

describe('<hub-session-booking>: the calendar file follows a change of language', () => {
  /** The calendar file's description, unfolded and unescaped. */
  async function calendarDescription(href: string): Promise<string> {
    const ics = await (await fetch(href)).text();
    const line = ics
      .replace(/\r\n[ \t]/g, '')
      .split('\r\n')
      .find((each) => each.startsWith('DESCRIPTION:'));
    expect(line, 'the calendar file has a description').to.exist;
    return line!
      .slice('DESCRIPTION:'.length)
      .replace(/\\n/gi, '\n')
      .replace(/\\([,;\\])/g, '$1');
  }

  it('makes the receipt’s “Add to calendar” file again in the new language, and withdraws the old one', async () => {
    const el = await mount(testAdapter());
    await click(el, card(el, 'Stay and play').querySelector('button')!);
    await answerQuestions(el);
    await submit(el);
    await waitForHeading(el, /^Place booked$/);
    const reference = referenceOnPage(el);
    const link = () => root(el).querySelector<HTMLAnchorElement>('a[download]')!;
    const wordsIn = (lang: Lang) => [
      translate(lang, 'booking.calendar.reference', { reference }),
      translate(lang, 'booking.calendar.cancelPhone', { hubName: 'Brackenford Family Hubs', phone: HUB_PHONE }),
    ];
    const english = link().href;
    const englishDescription = await calendarDescription(english);
    for (const words of wordsIn('en-GB')) expect(englishDescription).to.contain(words);

    let previous = english;
    for (const lang of SWITCHES) {
      el.setAttribute('lang', lang);
      await nextRender(el);
      expect(link().href, `a new file for ${lang}`).to.not.equal(previous);
      const description = await calendarDescription(link().href);
      for (const words of wordsIn(lang)) expect(description, `the calendar file in ${lang}`).to.contain(words);
      expect(description).to.not.contain(wordsIn('en-GB')[0]);
      let stillThere = true;
      try {
        await fetch(previous);
      } catch {
        stillThere = false;
      }
      expect(stillThere, 'the file in the previous language is withdrawn').to.equal(false);
      previous = link().href;
    }
    expect(link().getAttribute('download'), 'the file name does not change').to.equal('stay-and-play-2026-03-26.ics');
  });
});
