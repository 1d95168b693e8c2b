import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { HubAdapter, WriteOptions } from '../../core/adapter.js';
import { AdapterError } from '../../core/errors.js';
import type { BookingRequest, Session } from '../../core/model.js';
import { londonInstant } from '../../core/time.js';
import { expectAccessible } from '../../test-support/a11y.js';
import {
  FAMILY,
  PRIVACY_VERSION,
  active,
  answerQuestions,
  buttonByText,
  card,
  choose,
  click,
  errorLinks,
  expectNoPersonalData,
  heading,
  mount,
  referenceOnPage,
  root,
  settled,
  spyingAdapter,
  submit,
  testAdapter,
  testSessions,
  textOf,
  type,
  waitForHeading,
} from './test-fixtures.js';
import type { HubSessionBooking } from './session-booking.js';

/** Every hub-* event's type and detail, while a test runs. */
function recordEvents() {
  const seen: { type: string; detail: unknown }[] = [];
  const types = ['hub-step-change', 'hub-validation-error', 'hub-booking-confirmed', 'hub-booking-waitlisted', 'hub-booking-cancelled', 'hub-error', 'hub-ready'];
  const listener = (event: Event) => seen.push({ type: event.type, detail: (event as CustomEvent).detail });
  for (const t of types) document.addEventListener(t, listener);
  return { seen, stop: () => types.forEach((t) => document.removeEventListener(t, listener)) };
}

async function startBooking(el: HubSessionBooking, title: string, nth = 0) {
  const button = card(el, title, nth).querySelector('button')!;
  await click(el, button);
}

async function expectFocusOnErrorSummary(el: HubSessionBooking) {
  await waitUntil(() => active(el)?.hasAttribute('data-error-summary'), 'focus on the error summary');
}

async function expectPageAccessibleWithAndWithoutErrors(el: HubSessionBooking, page: string, expectedErrors: string[]) {
  await expectAccessible(el, `${page} (no errors)`);
  await submit(el);
  expect(errorLinks(el), `${page} errors`).to.deep.equal(expectedErrors);
  await expectFocusOnErrorSummary(el);
  for (const message of expectedErrors) expect(textOf(el)).to.contain(`Error: ${message}`);
  await expectAccessible(el, `${page} (with errors)`);
}

describe('<hub-session-booking> booking journey', () => {
  it('books a place from the timetable to a receipt, accessible on every page with and without errors', async () => {
    const memory = testAdapter();
    const { adapter, calls } = spyingAdapter(memory);
    const events = recordEvents();
    const el = await mount(adapter);
    try {
      await startBooking(el, 'Stay and play');
      expect(heading(el)).to.equal('Who is coming?');
      expect(active(el)?.textContent?.trim()).to.equal('Who is coming?');
      expect(textOf(el)).to.contain('Stay and play, Thursday 26 March, 2pm to 3:30pm');
      await expectPageAccessibleWithAndWithoutErrors(el, 'who is coming', ['Enter the number of adults coming', 'Enter the number of children coming']);

      await type(el, 'adults', '3');
      await type(el, 'children', '2');
      await submit(el);
      expect(errorLinks(el)).to.deep.equal(['Each family can bring up to 2 adults to this session. Enter 2 or fewer']);
      expect(root(el).getElementById('adults')!.getAttribute('aria-invalid')).to.equal('true');
      await type(el, 'adults', '1');
      await submit(el);

      expect(heading(el)).to.equal('How old are the children?');
      await expectPageAccessibleWithAndWithoutErrors(el, 'ages', ['Enter child 1’s age', 'Enter child 2’s age']);
      await type(el, 'child-1-years', '2');
      await type(el, 'child-1-months', '14');
      await submit(el);
      expect(errorLinks(el)).to.deep.equal([
        'Child 1’s months must be 11 or fewer when you also give years',
        'Enter child 2’s age',
      ]);
      await type(el, 'child-1-months', '3');
      await type(el, 'child-2-months', '8');
      await submit(el);

      expect(heading(el)).to.equal('Your contact details');
      await expectPageAccessibleWithAndWithoutErrors(el, 'contact', ['Enter your full name', 'Enter an email address or a mobile phone number']);
      await type(el, 'name', FAMILY.name);
      await type(el, 'email', 'sam@');
      await type(el, 'phone', '0161 496 0000');
      await submit(el);
      expect(errorLinks(el)).to.deep.equal([
        'Enter an email address in the correct format, like name@example.com',
        'Enter a UK mobile phone number, like 07700 900 982',
      ]);
      await expectAccessible(el, 'contact (format errors)');
      await type(el, 'email', FAMILY.email);
      await type(el, 'phone', FAMILY.phone);
      await submit(el);

      expect(heading(el)).to.equal('How would you like to be reminded about the session?');
      expect([...root(el).querySelectorAll('.hub-radios__label')].map((l) => l.textContent!.trim())).to.deep.equal([
        'By email',
        'By text message',
        'I do not need a reminder',
      ]);
      await expectPageAccessibleWithAndWithoutErrors(el, 'reminder', ['Select how you would like to be reminded']);
      await choose(el, 'reminder-2');
      await submit(el);

      expect(heading(el)).to.equal('Do you have any access or other needs? (optional)');
      await expectAccessible(el, 'needs (no errors)');
      await type(el, 'needs', 'x'.repeat(501));
      await submit(el);
      expect(errorLinks(el)).to.deep.equal(['Access or other needs must be 500 characters or fewer']);
      await expectAccessible(el, 'needs (with errors)');
      await type(el, 'needs', 'Step-free access, please');
      await submit(el);

      expect(heading(el)).to.equal('Check your answers before you book');
      const check = textOf(el);
      expect(check).to.contain('Adults 1').and.contain('Children 2').and.contain('Child 1: 2 years').and.contain('Child 2: 8 months');
      expect(check).to.contain(FAMILY.name).and.contain(FAMILY.email).and.contain(FAMILY.phone).and.contain('By text message');
      expect(check).to.contain('Step-free access, please').and.contain('Nothing is booked until you confirm.');
      const privacy = root(el).querySelector<HTMLAnchorElement>('a[href="https://brackenford.example.org/privacy"]');
      expect(privacy?.textContent?.replace(/\s+/g, ' ').trim()).to.equal('privacy notice (opens in new tab)');
      await expectAccessible(el, 'check your answers');

      // A Change link goes to the question and comes straight back.
      await click(el, buttonByText(root(el), /^Change\s+email address$/));
      expect(heading(el)).to.equal('Your contact details');
      expect((root(el).getElementById('email') as HTMLInputElement).value).to.equal(FAMILY.email);
      await type(el, 'email', 'sam.family+hub@example.com');
      await submit(el);
      expect(heading(el)).to.equal('Check your answers before you book');
      expect(textOf(el)).to.contain('sam.family+hub@example.com');

      await submit(el);
      await waitForHeading(el, /^Place booked$/);
      await waitUntil(() => active(el)?.textContent?.trim() === 'Place booked', 'focus on the confirmation');
      const reference = referenceOnPage(el);
      expect(reference).to.match(/^BK-[A-Z0-9]{6}$/);
      const receipt = textOf(el);
      expect(receipt).to.contain('Stay and play').and.contain('Thursday 26 March, 2pm to 3:30pm');
      expect(receipt).to.contain('Central Family Hub').and.contain('BK2 1TY');
      expect(receipt).to.contain('If you cannot come').and.contain('You will need your reference');
      for (const personal of [FAMILY.name, 'sam.family', FAMILY.phone, 'Step-free access, please']) {
        expect(receipt, 'the receipt does not repeat personal details').not.to.contain(personal);
      }
      await expectAccessible(el, 'receipt');

      const booked = memory.bookingStatus(reference)!;
      expect(booked).to.include({ status: 'confirmed', places: 3, sessionId: 'stay-thu' });
      const bookCalls = calls.filter((c) => c.method === 'book');
      expect(bookCalls).to.have.length(1);
      const [request, options] = bookCalls[0]!.args as [BookingRequest, WriteOptions];
      expect(request.privacyNoticeVersion).to.equal(PRIVACY_VERSION);
      expect(request.contact).to.deep.equal({ name: FAMILY.name, email: 'sam.family+hub@example.com', phone: '07700900982', reminder: 'text' });
      expect(request.children).to.deep.equal([
        { kind: 'age', months: 27, send: false },
        { kind: 'age', months: 8, send: false },
      ]);
      expect(options.idempotencyKey).to.match(/^[0-9a-f-]{36}$/);

      const confirmed = events.seen.filter((e) => e.type === 'hub-booking-confirmed');
      expect(confirmed.map((e) => e.detail)).to.deep.equal([{ sessionId: 'stay-thu', status: 'confirmed', start: '2026-03-26T14:00:00+00:00' }]);
      expect(events.seen.filter((e) => e.type === 'hub-validation-error').length).to.be.greaterThan(3);
      expectNoPersonalData(events.seen, 'hub-* events');
    } finally {
      events.stop();
    }
  });

  it('checks the party against the session’s rules: most adults and children, and the age band', async () => {
    const el = await mount(testAdapter());
    await startBooking(el, 'Baby massage');
    expect(textOf(el)).to.contain('Each family can bring 1 adult.').and.contain('Each family can bring 1 child.');
    expect(textOf(el)).to.contain('Children must be aged 0 to 11 months.');
    await type(el, 'adults', '2');
    await type(el, 'children', '2');
    await submit(el);
    expect(errorLinks(el)).to.deep.equal([
      'Each family can bring 1 adult to this session. Enter 1',
      'Each family can bring 1 child to this session. Enter 1',
    ]);
    await expectAccessible(el, 'party rules broken');
    await type(el, 'adults', '0');
    await type(el, 'children', '1');
    await submit(el);
    expect(errorLinks(el)).to.deep.equal(['Children must come with an adult. Enter how many adults are coming']);
    await type(el, 'adults', '1');
    await submit(el);
    expect(heading(el)).to.equal('How old is your child?');
    await type(el, 'child-1-years', '1');
    await type(el, 'child-1-months', '2');
    await submit(el);
    expect(errorLinks(el)).to.deep.equal(['This session is for children aged 0 to 11 months. Check child 1’s age, or choose another session']);
    await expectAccessible(el, 'age band broken');
    // The error summary link takes focus to the child's age.
    root(el).querySelector<HTMLAnchorElement>('.hub-error-summary a')!.click();
    expect(active(el)?.id).to.equal('child-1-years');
  });

  it('asks about SEND only where a session runs to 25 for young people with SEND', async () => {
    const send: Session = {
      ...testSessions()[0]!,
      id: 'send-swim',
      title: 'Inclusive swimming',
      rules: { maxAdults: 2, maxChildren: 3, adultsOnly: false, childAgeRange: { pregnancy: false, minMonths: 0, maxMonths: 239, sendTo25: true } },
    };
    const el = await mount(testAdapter({ sessions: [send] }));
    await startBooking(el, 'Inclusive swimming');
    await type(el, 'adults', '1');
    await type(el, 'children', '1');
    await submit(el);
    await type(el, 'child-1-years', '22');
    await submit(el);
    expect(errorLinks(el)).to.deep.equal([
      'This session is for children aged 0 to 19 years (up to 25 with SEND). Check child 1’s age, or choose another session',
    ]);
    await expectAccessible(el, 'SEND question with an error');
    await choose(el, 'child-1-send');
    await submit(el);
    expect(heading(el)).to.equal('Your contact details');

    const el2 = await mount(testAdapter());
    await startBooking(el2, 'Stay and play');
    await type(el2, 'adults', '1');
    await type(el2, 'children', '1');
    await submit(el2);
    expect(root(el2).getElementById('child-1-send'), 'not asked elsewhere').to.equal(null);
  });

  it('asks only about adults for an adults-only session', async () => {
    const el = await mount(testAdapter());
    await startBooking(el, 'Parenting together (online)');
    expect(root(el).getElementById('children')).to.equal(null);
    expect(textOf(el)).to.contain('This session is for adults only.');
    await submit(el);
    expect(errorLinks(el)).to.deep.equal(['Enter the number of adults coming']);
    await type(el, 'adults', '2');
    await submit(el);
    expect(heading(el)).to.equal('Your contact details');
  });

  it('goes Back to the timetable with focus on the session’s button', async () => {
    const el = await mount(testAdapter());
    await startBooking(el, 'Baby massage');
    await click(el, buttonByText(root(el), 'Back'));
    await settled(el);
    await waitUntil(() => (active(el)?.textContent ?? '').includes('Book a place: Baby massage'), 'focus back on the Book button');
  });

  it('joins the waiting list for a full session through the same journey', async () => {
    const memory = testAdapter();
    const events = recordEvents();
    const el = await mount(memory);
    try {
      await startBooking(el, 'Dads and little ones');
      expect(textOf(el)).to.contain('This session is full. Tell us who would come, and we will put you on the waiting list.');
      await answerQuestions(el, { ages: [{ years: '2' }] });
      expect(heading(el)).to.equal('Check your answers before you join the waiting list');
      expect(textOf(el)).to.contain('You are joining the waiting list. You do not have a place yet.');
      expect(buttonByText(root(el), 'Confirm and join the waiting list')).to.exist;
      await expectAccessible(el, 'check answers (waiting list)');
      await submit(el);
      await waitForHeading(el, /^You are on the waiting list$/);
      expect(textOf(el)).to.contain('You are next on the waiting list.');
      expect(textOf(el)).to.contain('If a place becomes free, it goes to the next family on the waiting list.');
      expect(textOf(el)).to.contain('Do not go to the session unless we confirm that you have a place.');
      expect(root(el).querySelector('a[download]'), 'no calendar entry for a place not yet given').to.equal(null);
      await expectAccessible(el, 'receipt (waiting list)');
      expect(memory.bookingStatus(referenceOnPage(el))).to.include({ status: 'waitlisted', waitlistPosition: 1 });
      expect(events.seen.filter((e) => e.type === 'hub-booking-waitlisted').map((e) => e.detail)).to.deep.equal([
        { sessionId: 'dads-sat', status: 'waitlisted', start: '2026-03-28T10:00:00+00:00' },
      ]);
      expect(events.seen.some((e) => e.type === 'hub-booking-confirmed')).to.equal(false);
    } finally {
      events.stop();
    }
  });

  it('when the session fills while the family answers: says so, keeps the answers, and offers the waiting list', async () => {
    const memory = testAdapter();
    const el = await mount(memory);
    await click(el, root(el).querySelector<HTMLButtonElement>('#next-week')!);
    await settled(el);
    await startBooking(el, 'Stay and play'); // Tuesday 31 March: 2 places left
    await answerQuestions(el);

    // Another family takes the last 2 places.
    const other = await memory.book(
      { sessionId: 'stay-tue', adults: 1, children: [{ kind: 'age', months: 20 }], contact: { name: 'Another parent', email: 'other@example.com' }, privacyNoticeVersion: '1' },
      { idempotencyKey: 'another-family' },
    );
    expect(other.status).to.equal('confirmed');

    await submit(el);
    await waitForHeading(el, /^This session is now full$/);
    expect(textOf(el)).to.contain('Another family booked the last places while you were answering the questions.');
    expect(textOf(el)).to.contain('Your answers have been kept');
    expect(textOf(el)).to.contain('Other dates for this session').and.contain('Thursday 2 April, 2pm to 3:30pm');
    await expectAccessible(el, 'session now full');
    expect(memory.counts().bookings).to.equal(1);

    await click(el, buttonByText(root(el), 'Join the waiting list'));
    await waitForHeading(el, /^You are on the waiting list$/);
    const ours = referenceOnPage(el);
    expect(memory.bookingStatus(ours)).to.include({ status: 'waitlisted', waitlistPosition: 1, sessionId: 'stay-tue' });

    // The other family cancels with the widget: their place goes to us.
    await click(el, buttonByText(root(el), 'Book another session'));
    await settled(el);
    await click(el, buttonByText(root(el), 'Cancel a booking'));
    await type(el, 'cancel-reference', other.reference.toLowerCase());
    await type(el, 'cancel-contact', ' OTHER@example.com ');
    await submit(el);
    await waitForHeading(el, /^Booking cancelled$/);
    expect(memory.bookingStatus(other.reference)!.status).to.equal('cancelled');
    expect(memory.bookingStatus(ours)).to.include({ status: 'confirmed', promotedFromWaitingList: true });
  });

  it('offers another date when a session fills, and goes straight to Check your answers with the answers kept', async () => {
    const memory = testAdapter();
    const el = await mount(memory);
    await click(el, root(el).querySelector<HTMLButtonElement>('#next-week')!);
    await settled(el);
    await startBooking(el, 'Stay and play');
    await answerQuestions(el);
    memory.setFailures({ conflict: ['book'] });
    await submit(el);
    await waitForHeading(el, /^(This session is now full|There are not enough places left for everyone)$/);
    memory.setFailures({});
    await click(el, buttonByText(root(el), /^Thursday 2 April, 2pm to 3:30pm/));
    expect(heading(el)).to.equal('Check your answers before you book');
    expect(textOf(el)).to.contain(FAMILY.name).and.contain('Thursday 2 April, 2pm to 3:30pm');
    await submit(el);
    await waitForHeading(el, /^Place booked$/);
    expect(memory.bookingStatus(referenceOnPage(el))).to.include({ sessionId: 'stay-thu-2', status: 'confirmed' });
  });

  it('says when there are not enough places left for everyone, and lets the family change who is coming', async () => {
    const memory = testAdapter();
    const el = await mount(memory);
    await startBooking(el, 'Baby massage'); // 3 places left
    await answerQuestions(el, { ages: [{ months: '4' }] });
    await memory.book(
      { sessionId: 'massage-fri', adults: 1, children: [{ kind: 'age', months: 5 }], contact: { name: 'Another parent', phone: '07700900123' }, privacyNoticeVersion: '1' },
      { idempotencyKey: 'another-family' },
    );
    await submit(el);
    await waitForHeading(el, /^There are not enough places left for everyone$/);
    expect(buttonByText(root(el), 'Change who is coming')).to.exist;
    expect(buttonByText(root(el), 'Join the waiting list')).to.exist;
    await expectAccessible(el, 'not enough places');
  });

  it('never books twice: a double click, a network error and a lost response all reuse one idempotency key', async () => {
    const memory = testAdapter();
    let loseNextResponse = false;
    const keys: string[] = [];
    // A backend that books but whose answer never arrives, once.
    const flaky: HubAdapter = {
      ...spyingAdapter(memory).adapter,
      book: async (request, options) => {
        keys.push(options.idempotencyKey);
        const receipt = await memory.book(request, options);
        if (loseNextResponse) {
          loseNextResponse = false;
          throw new AdapterError('network', 'The connection dropped');
        }
        return receipt;
      },
    };
    const el = await mount(flaky);
    await startBooking(el, 'Stay and play');
    await answerQuestions(el);

    // 1. The network is down: nothing is booked, the answers stay, the family is told a retry is safe.
    memory.setFailures({ network: ['book'] });
    await submit(el);
    await waitUntil(() => textOf(el).includes('We could not confirm your booking'), 'problem shown');
    await waitUntil(() => active(el)?.hasAttribute('data-submit-problem'), 'focus on the problem');
    expect(textOf(el)).to.contain('you will not be booked twice').and.contain('01632 960 001');
    expect(heading(el)).to.equal('Check your answers before you book');
    await expectAccessible(el, 'confirm failed');
    expect(memory.counts().bookings).to.equal(0);

    // 2. The network is back but the answer is lost after booking; the family double-clicks.
    memory.setFailures({});
    loseNextResponse = true;
    const confirm = buttonByText(root(el), 'Confirm and book');
    confirm.click();
    confirm.click();
    await el.updateComplete;
    expect(confirm.getAttribute('aria-disabled'), 'the button is busy while booking').to.equal('true');
    await waitUntil(
      () => confirm.getAttribute('aria-disabled') === 'false' && textOf(el).includes('We could not confirm your booking'),
      'lost response reported',
    );
    expect(memory.counts().bookings).to.equal(1);

    // 3. They try again, double-clicking once more.
    const again = buttonByText(root(el), 'Confirm and book');
    again.click();
    again.click();
    await waitForHeading(el, /^Place booked$/);
    expect(memory.counts().bookings, 'exactly one booking exists').to.equal(1);
    expect(new Set(keys).size, 'every attempt used the same key').to.equal(1);
    expect(keys.length, 'the double clicks sent one request each time').to.equal(3);
  });

  it('makes a new idempotency key when the family changes an answer after a failure', async () => {
    const memory = testAdapter();
    const { adapter, calls } = spyingAdapter(memory);
    const el = await mount(adapter);
    await startBooking(el, 'Stay and play');
    await answerQuestions(el);
    memory.setFailures({ network: ['book'] });
    await submit(el);
    await waitUntil(() => textOf(el).includes('We could not confirm your booking'), 'problem shown');
    memory.setFailures({});
    await click(el, buttonByText(root(el), /^Change\s+access or other needs$/));
    await type(el, 'needs', 'A quiet corner');
    await submit(el);
    await submit(el);
    await waitForHeading(el, /^Place booked$/);
    const keys = calls.filter((c) => c.method === 'book').map((c) => (c.args[1] as WriteOptions).idempotencyKey);
    expect(keys).to.have.length(2);
    expect(keys[0]).not.to.equal(keys[1]);
  });

  it('shows a backend’s refusal on the right question, in our own words', async () => {
    const memory = testAdapter();
    const refusing: HubAdapter = {
      ...spyingAdapter(memory).adapter,
      book: async () => {
        throw new AdapterError('validation', 'Some answers need correcting', { fields: [{ path: 'contact.email', message: 'BACKEND WORDING' }] });
      },
    };
    const el = await mount(refusing);
    await startBooking(el, 'Stay and play');
    await answerQuestions(el);
    await submit(el);
    await waitForHeading(el, /^Your contact details$/);
    expect(errorLinks(el)).to.deep.equal(['Check your email address and mobile phone number']);
    expect(textOf(el)).not.to.contain('BACKEND WORDING');
    await submit(el);
    expect(heading(el), 'Continue returns to Check your answers').to.equal('Check your answers before you book');
  });

  it('explains when booking has not opened or the session needs no booking', async () => {
    const memory = testAdapter();
    let reason = 'booking-not-open';
    const refusing: HubAdapter = {
      ...spyingAdapter(memory).adapter,
      book: async () => {
        throw new AdapterError('conflict', 'No', { reason });
      },
    };
    const el = await mount(refusing);
    await startBooking(el, 'Stay and play');
    await answerQuestions(el);
    await submit(el);
    await waitForHeading(el, /^Booking for this session has not opened yet$/);
    await expectAccessible(el, 'booking not open');
    reason = 'no-booking-needed';
    await click(el, buttonByText(root(el), 'Choose another session'));
    await settled(el);
    await startBooking(el, 'Stay and play');
    expect((root(el).getElementById('adults') as HTMLInputElement).value, 'answers kept').to.equal('1');
    await submit(el);
    await submit(el);
    await submit(el);
    await submit(el);
    await submit(el);
    await submit(el);
    await waitForHeading(el, /^You do not need to book this session$/);
    expect(textOf(el)).to.contain('Just turn up on the day.');
  });

  it('gives an .ics file with the right London time for a session on the day after the clocks change, and no personal data', async () => {
    const memory = testAdapter();
    const el = await mount(memory);
    await click(el, root(el).querySelector<HTMLButtonElement>('#next-week')!);
    await settled(el);
    await startBooking(el, 'Baby massage'); // Monday 30 March, 10am BST
    await answerQuestions(el, { ages: [{ months: '5' }] });
    await submit(el);
    await waitForHeading(el, /^Place booked$/);
    const link = root(el).querySelector<HTMLAnchorElement>('a[download]')!;
    expect(link.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Add to calendar (downloads a calendar file)');
    expect(link.getAttribute('download')).to.equal('baby-massage-2026-03-30.ics');
    expect(link.href).to.match(/^blob:/);
    const ics = await (await fetch(link.href)).text();
    expect(ics.endsWith('\r\n')).to.equal(true);
    const lines = ics.replace(/\r\n[ \t]/g, '').split('\r\n');
    const value = (name: string) => lines.find((line) => line.startsWith(`${name}:`) || line.startsWith(`${name};`))?.replace(/^[^:]*:/, '');
    const dtstart = lines.find((line) => line.startsWith('DTSTART;'))!;
    expect(dtstart).to.equal('DTSTART;TZID=Europe/London:20260330T100000');
    expect(lines).to.include('DTEND;TZID=Europe/London:20260330T110000');
    expect(lines).to.include('TZID:Europe/London');
    // Read back: 10am London on 30 March 2026 is 09:00 UTC, the instant the adapter gave.
    const [, y, mo, d, h, mi] = /(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})/.exec(dtstart)!.map(Number);
    expect(londonInstant(y!, mo!, d!, h!, mi!).toISOString()).to.equal('2026-03-30T09:00:00.000Z');
    expect(value('SUMMARY')).to.equal('Baby massage');
    expect(value('LOCATION')).to.contain('North Family Hub');
    expect(value('DESCRIPTION')).to.contain(`Booking reference: ${referenceOnPage(el)}`);
    expect(value('UID')).to.equal('massage-mon@family-hub-widgets');
    expectNoPersonalData(ics, 'the calendar file');
  });

  it('keeps personal data out of the console, storage, cookies and the address bar', async () => {
    const logged: unknown[] = [];
    const original = { log: console.log, info: console.info, warn: console.warn, error: console.error, debug: console.debug };
    for (const method of Object.keys(original) as (keyof typeof original)[]) console[method] = (...args: unknown[]) => logged.push(args);
    const href = location.href;
    const cookies = document.cookie;
    try {
      const el = await mount(testAdapter());
      await startBooking(el, 'Stay and play');
      await answerQuestions(el, { phone: FAMILY.phone });
      await submit(el);
      await waitForHeading(el, /^Place booked$/);
    } finally {
      Object.assign(console, original);
    }
    expectNoPersonalData(logged.map(String), 'the console');
    expectNoPersonalData({ ...localStorage }, 'localStorage');
    expectNoPersonalData({ ...sessionStorage }, 'sessionStorage');
    expect(document.cookie).to.equal(cookies);
    expect(location.href).to.equal(href);
  });

  it('lets a family book from the timetable to the receipt with the keyboard alone', async () => {
    const memory = testAdapter();
    const el = await mount(memory);
    /** Presses Tab until the focused element matches, like a keyboard user looking for it. */
    async function tabTo(matches: (element: Element) => boolean, what: string) {
      for (let i = 0; i < 60; i++) {
        const current = active(el);
        if (current && matches(current)) return;
        await sendKeys({ press: 'Tab' });
      }
      throw new Error(`Tab never reached ${what}`);
    }
    const named = (text: string) => (element: Element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim().startsWith(text);

    root(el).querySelector<HTMLElement>('[data-step-heading]')!.focus();
    await tabTo(named('Book a place: Stay and play'), 'the Book button');
    await sendKeys({ press: 'Enter' });
    await waitForHeading(el, /^Who is coming\?$/);
    await waitUntil(() => active(el)?.hasAttribute('data-step-heading'), 'focus on the question');

    await tabTo((e) => e.id === 'adults', 'adults');
    await sendKeys({ type: '1' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '1' });
    await sendKeys({ press: 'Enter' });
    await waitForHeading(el, /^How old is your child\?$/);

    await tabTo((e) => e.id === 'child-1-months', 'months');
    await sendKeys({ type: '7' });
    await sendKeys({ press: 'Enter' });
    await waitForHeading(el, /^Your contact details$/);

    await tabTo((e) => e.id === 'name', 'name');
    await sendKeys({ type: FAMILY.name });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: FAMILY.email });
    await sendKeys({ press: 'Enter' });
    await waitForHeading(el, /^How would you like to be reminded/);

    await tabTo((e) => e.id === 'reminder', 'the first reminder choice');
    await sendKeys({ press: 'Space' });
    await tabTo(named('Continue'), 'Continue');
    await sendKeys({ press: 'Enter' });
    await waitForHeading(el, /^Do you have any access or other needs/);

    await tabTo(named('Continue'), 'Continue');
    await sendKeys({ press: 'Enter' });
    await waitForHeading(el, /^Check your answers before you book$/);

    await tabTo(named('Confirm and book'), 'Confirm and book');
    await sendKeys({ press: 'Enter' });
    await waitForHeading(el, /^Place booked$/);
    expect(memory.bookingStatus(referenceOnPage(el))).to.include({ status: 'confirmed', sessionId: 'stay-thu', places: 2 });
  });
});
