import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { capabilities, type HubAdapter } from '../../core/adapter.js';
import { HubActionEvent } from '../../core/events.js';
import type { Session, SessionQuery } from '../../core/model.js';
import { expectAccessible } from '../../test-support/a11y.js';
import { ONLINE, weekWindow } from './timetable.js';
import {
  NORTH,
  active,
  buttonByText,
  card,
  click,
  heading,
  mount,
  root,
  settled,
  spyingAdapter,
  testAdapter,
  testSessions,
  textOf,
} from './test-fixtures.js';
import type { HubSessionBooking } from './session-booking.js';

const dayHeadings = (el: HubSessionBooking) => [...root(el).querySelectorAll('h3')].map((h) => h.textContent!.trim());
const announcement = (el: HubSessionBooking) => (root(el).querySelector('.hub-visually-hidden[role="status"]')?.textContent ?? '').trim();
const hasBookButton = (li: HTMLElement) => Boolean(li.querySelector('button'));

async function chooseFilter(el: HubSessionBooking, id: string, value: string) {
  const control = root(el).getElementById(id) as HTMLSelectElement;
  expect(control, `filter #${id}`).to.exist;
  control.value = value;
  control.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

describe('<hub-session-booking> timetable', () => {
  it('shows this week’s sessions by London day, each with what it is, where, when, ages and availability', async () => {
    const el = await mount(testAdapter());
    expect(heading(el)).to.equal('Book a place at a session');
    expect(dayHeadings(el)).to.deep.equal(['Today, Thursday 26 March', 'Friday 27 March', 'Saturday 28 March', 'Sunday 29 March']);
    expect(textOf(el)).to.contain('This week: Thursday 26 March to Sunday 29 March');

    const stay = card(el, 'Stay and play');
    expect(textOf(stay)).to.contain('2pm to 3:30pm').and.contain('Central Family Hub').and.contain('0 to 4 years').and.contain('Free');
    expect(textOf(stay)).to.contain('Places available');
    expect(buttonByText(stay, 'Book a place')).to.exist;

    const massage = card(el, 'Baby massage');
    expect(textOf(massage)).to.contain('3 places left').and.contain('0 to 11 months').and.contain('North Family Hub');
    expect(buttonByText(massage, 'Book a place')).to.exist;

    const dads = card(el, 'Dads and little ones');
    expect(textOf(dads)).to.contain('Full — join the waiting list').and.contain('Dads and male carers');
    expect(buttonByText(dads, 'Join the waiting list')).to.exist;

    const messy = card(el, 'Messy play');
    expect(textOf(messy)).to.match(/\bFull$/);
    expect(hasBookButton(messy), 'no button on a full session without a waiting list').to.equal(false);

    // Sunday 29 March: the clocks have gone forward, so 10:00 UTC is 11am in London.
    const music = card(el, 'Music and movement');
    expect(textOf(music)).to.contain('11am to midday').and.contain('Booking opens Friday 27 March');
    expect(hasBookButton(music), 'no button before booking opens').to.equal(false);

    const dropIn = card(el, 'Infant feeding drop-in');
    expect(textOf(dropIn)).to.contain('Just turn up — no need to book');
    expect(hasBookButton(dropIn), 'no button on a drop-in').to.equal(false);

    expect(textOf(card(el, 'Parenting together (online)'))).to.contain('Online');
    await expectAccessible(el, 'timetable');
  });

  it('gives each Book button a name that says which session it books', async () => {
    const el = await mount(testAdapter());
    const book = buttonByText(card(el, 'Baby massage'), 'Book a place');
    expect(book.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Book a place: Baby massage, Friday 27 March, 10am to 11am');
  });

  it('moves week by week in London time, announcing the week, and keeps focus when a button goes', async () => {
    const { adapter, calls } = spyingAdapter(testAdapter());
    const el = await mount(adapter, { 'weeks-ahead': '2' });
    expect(root(el).querySelector('#previous-week'), 'no Previous on this week').to.equal(null);

    const next = root(el).querySelector<HTMLButtonElement>('#next-week')!;
    next.focus();
    await click(el, next);
    await settled(el);
    expect(textOf(el)).to.contain('Monday 30 March to Sunday 5 April');
    expect(dayHeadings(el)).to.deep.equal(['Monday 30 March', 'Tuesday 31 March', 'Thursday 2 April']);
    // The day after the clocks change: still 10am in London.
    expect(textOf(card(el, 'Baby massage'))).to.contain('10am to 11am').and.contain('Places available');
    expect(textOf(card(el, 'Stay and play'))).to.contain('1:30pm to 3pm').and.contain('2 places left');
    const query = calls.filter((c) => c.method === 'listSessions').at(-1)!.args[0] as SessionQuery;
    expect(query.from).to.equal('2026-03-30T00:00:00+01:00');
    expect(query.to).to.equal('2026-04-06T00:00:00+01:00');
    await waitUntil(() => announcement(el) === '3 sessions from Monday 30 March to Sunday 5 April', `announced (got "${announcement(el)}")`);

    // The last week has no Next button: focus moves to the week's label, not to nowhere.
    expect(root(el).querySelector('#next-week')).to.equal(null);
    expect(active(el)?.id).to.equal('week-label');

    const previous = root(el).querySelector<HTMLButtonElement>('#previous-week')!;
    previous.focus();
    await click(el, previous);
    await settled(el);
    expect(dayHeadings(el)[0]).to.equal('Today, Thursday 26 March');
    expect(active(el)?.id).to.equal('week-label');
  });

  it('filters by venue and by child’s age, says when nothing matches, and offers to remove each filter', async () => {
    const el = await mount(testAdapter());
    await chooseFilter(el, 'filter-venue', NORTH.id);
    expect(dayHeadings(el)).to.deep.equal(['Friday 27 March', 'Saturday 28 March']);
    expect(textOf(el)).not.to.contain('Stay and play');
    await waitUntil(() => announcement(el).startsWith('2 sessions'), `announced count (got "${announcement(el)}")`);

    await chooseFilter(el, 'filter-age', '5-11');
    expect(textOf(el)).to.contain('No sessions this week match your choices.');
    await waitUntil(() => announcement(el).startsWith('No sessions'), 'announced none');
    await expectAccessible(el, 'no sessions match the filters');

    expect(buttonByText(root(el), 'Show all venues, not just North Family Hub')).to.exist;
    await click(el, buttonByText(root(el), 'Show all ages, not just 5 to 11 years'));
    expect(textOf(el)).to.contain('Baby massage');
    expect((root(el).getElementById('filter-age') as HTMLSelectElement).value).to.equal('');
  });

  it('filters to online sessions and to babies', async () => {
    const el = await mount(testAdapter());
    await chooseFilter(el, 'filter-venue', ONLINE);
    expect([...root(el).querySelectorAll('.hub-session h4')].map((h) => h.textContent)).to.deep.equal(['Parenting together (online)']);
    await chooseFilter(el, 'filter-venue', '');
    await chooseFilter(el, 'filter-age', 'under-1');
    const titles = [...root(el).querySelectorAll('.hub-session h4')].map((h) => h.textContent);
    expect(titles).to.include('Baby massage').and.include('Infant feeding drop-in');
    await chooseFilter(el, 'filter-age', '12-19');
    expect([...root(el).querySelectorAll('.hub-session h4')].map((h) => h.textContent)).to.deep.equal(['Parenting together (online)']);
    await chooseFilter(el, 'filter-age', 'pregnancy');
    expect([...root(el).querySelectorAll('.hub-session h4')].map((h) => h.textContent)).to.deep.equal(['Parenting together (online)']);
  });

  it('says when there are no sessions this week, with the hub’s phone number', async () => {
    const el = await mount(testAdapter({ sessions: [] }));
    expect(textOf(el)).to.contain('There are no sessions this week.');
    // The weeks ahead were looked at too: nothing to send the family to.
    expect(textOf(el)).to.contain('No more sessions are planned yet. Call us to ask what else is on.');
    expect(root(el).querySelector('[data-next-sessions]')).to.equal(null);
    const phone = root(el).querySelector<HTMLAnchorElement>('a[href^="tel:"]');
    expect(phone?.getAttribute('href')).to.equal('tel:+441632960001');
    await expectAccessible(el, 'no sessions');
  });

  it('after an empty week, names the week of the next sessions and goes there in one press', async () => {
    // Only one session, two weeks on: Wednesday 8 April (British Summer Time).
    const later: Session = { ...testSessions()[0]!, id: 'later', start: '2026-04-08T10:00:00+01:00', end: '2026-04-08T11:00:00+01:00' };
    const el = await mount(testAdapter({ sessions: [later] }));
    expect(textOf(el)).to.contain('There are no sessions this week.');
    expect(textOf(el)).to.contain('The next sessions are in the week of Monday 6 April.');
    expect(textOf(el)).not.to.contain('Try the next week');
    await expectAccessible(el, 'no sessions, with the next week that has some');
    const show = root(el).querySelector<HTMLButtonElement>('[data-next-sessions]')!;
    expect(show.textContent!.trim()).to.equal('Show the week of Monday 6 April');
    show.focus();
    await sendKeys({ press: 'Enter' });
    await settled(el);
    expect(dayHeadings(el)).to.deep.equal(['Wednesday 8 April']);
    expect(root(el).getElementById('week-label')!.textContent).to.contain('6 April');
    expect(active(el)?.id).to.equal('week-label');
    await waitUntil(() => announcement(el).startsWith('1 session'), `announced count (got "${announcement(el)}")`);
  });

  it('a week whose only session finished earlier today is empty too: the next sessions are named', async () => {
    const finished: Session = { ...testSessions()[0]!, id: 'this-morning', start: '2026-03-26T08:00:00Z', end: '2026-03-26T09:00:00Z' };
    const later: Session = { ...testSessions()[0]!, id: 'later', start: '2026-04-08T10:00:00+01:00', end: '2026-04-08T11:00:00+01:00' };
    const el = await mount(testAdapter({ sessions: [finished, later] }));
    expect(textOf(el)).to.contain('There are no sessions this week.');
    expect(textOf(el)).to.contain('The next sessions are in the week of Monday 6 April.');
  });

  it('the next sessions named suit the child’s age the family chose', async () => {
    const forBabies: Session = {
      ...testSessions()[0]!,
      id: 'babies',
      title: 'Baby rhyme time',
      start: '2026-04-01T10:00:00+01:00',
      end: '2026-04-01T11:00:00+01:00',
      ageRange: { pregnancy: false, minMonths: 0, maxMonths: 11, sendTo25: false },
    };
    const forSchoolAge: Session = {
      ...forBabies,
      id: 'school-age',
      title: 'Holiday club',
      start: '2026-04-08T10:00:00+01:00',
      end: '2026-04-08T15:00:00+01:00',
      ageRange: { pregnancy: false, minMonths: 60, maxMonths: 143, sendTo25: false },
    };
    const el = await mount(testAdapter({ sessions: [forBabies, forSchoolAge] }));
    expect(textOf(el)).to.contain('The next sessions are in the week of Monday 30 March.');
    await chooseFilter(el, 'filter-age', '5-11');
    expect(textOf(el)).to.contain('The next sessions are in the week of Monday 6 April.');
    await chooseFilter(el, 'filter-age', '12-19');
    expect(root(el).querySelector('[data-next-sessions]')).to.equal(null);
    // Other sessions are planned, just not for that age: no "no more sessions", and a way to show all ages.
    expect(textOf(el)).not.to.contain('No more sessions are planned yet');
    expect(buttonByText(root(el), 'Show all ages, not just 12 to 19 years')).to.exist;
    await expectAccessible(el, 'no sessions for the chosen age in the weeks ahead');
  });

  it('after an empty week, if the weeks ahead cannot be read, still suggests trying the next week', async () => {
    const inner = testAdapter({ sessions: [] });
    let calls = 0;
    const adapter: HubAdapter = Object.assign(Object.create(inner) as HubAdapter, {
      listSessions: (query: SessionQuery, options?: { signal?: AbortSignal }) => {
        calls += 1;
        return calls === 1 ? inner.listSessions(query, options) : Promise.reject(new TypeError('Failed to fetch'));
      },
    });
    const el = await mount(adapter);
    expect(calls).to.equal(2);
    expect(textOf(el)).to.contain('There are no sessions this week.');
    expect(textOf(el)).to.contain('Try the next week, or call us to ask what else is on.');
    expect(textOf(el)).not.to.contain('problem');
  });

  it('says it is loading, in words a screen reader hears', async () => {
    const el = await mount(undefined);
    el.adapter = testAdapter({ latencyMs: 5000 });
    await el.updateComplete;
    const status = root(el).querySelector('p[role="status"]');
    expect(status?.textContent?.trim()).to.equal('Loading sessions…');
    await expectAccessible(el, 'loading');
  });

  it('apologises with the phone number when the service is down, reports only the code, and tries again', async () => {
    const adapter = testAdapter({ fail: { network: ['listSessions'] } });
    const errors: unknown[] = [];
    const listener = (event: Event) => errors.push((event as CustomEvent).detail);
    document.addEventListener('hub-error', listener);
    try {
      const el = await mount(adapter);
      expect(textOf(el)).to.contain('Sorry, there is a problem with this service').and.contain('01632 960 001');
      expect(errors).to.deep.equal([{ widget: 'session-booking', code: 'network' }]);
      await expectAccessible(el, 'adapter down');
      adapter.setFailures({});
      await click(el, buttonByText(root(el), 'Try again'));
      await settled(el);
      expect(textOf(el)).to.contain('Baby massage');
    } finally {
      document.removeEventListener('hub-error', listener);
    }
  });

  it('treats data in the wrong shape as a problem, not as sessions', async () => {
    const el = await mount(testAdapter({ fail: { invalidResponse: ['listSessions'] } }));
    expect(textOf(el)).to.contain('Sorry, there is a problem with this service').and.contain('Try again later.');
    expect(root(el).querySelector('.hub-session')).to.equal(null);
  });

  it('tells the web team when no adapter is set, instead of a blank box', async () => {
    const el = await mount(undefined);
    expect(textOf(el)).to.contain('This form is not set up yet');
    await expectAccessible(el, 'configuration error');
  });

  it('asks the adapter for a service, a venue or a category, week by week, and hides the venue filter for one venue', async () => {
    const { adapter, calls } = spyingAdapter(testAdapter());
    const el = await mount(adapter, { 'service-id': 'baby-massage', 'location-id': NORTH.id, category: 'cat-babies' });
    // The last two questions (the first, before the attributes were read, asked for everything).
    const [query, lookAhead] = calls.filter((c) => c.method === 'listSessions').map((c) => c.args[0] as SessionQuery).slice(-2);
    expect(query).to.include({ serviceId: 'baby-massage', locationId: NORTH.id, categoryId: 'cat-babies' });
    expect(query!.from).to.equal('2026-03-26T00:00:00+00:00');
    expect(query!.to).to.equal('2026-03-30T00:00:00+01:00');
    // No such sessions this week: the weeks a family can reach after it are asked for, in the same scope.
    expect(lookAhead).to.deep.equal({ serviceId: 'baby-massage', locationId: NORTH.id, categoryId: 'cat-babies', from: '2026-03-30T00:00:00+01:00', to: '2026-05-18T00:00:00+01:00' });
    expect(root(el).getElementById('filter-venue')).to.equal(null);
  });

  it('shows a session that has started as closed, and a course as a whole', async () => {
    const started: Session = { ...testSessions()[0]!, id: 'started', title: 'Early stay and play', start: '2026-03-26T09:30:00Z', end: '2026-03-26T10:30:00Z' };
    const finished: Session = { ...testSessions()[0]!, id: 'finished', title: 'Breakfast club', start: '2026-03-26T08:00:00Z', end: '2026-03-26T09:00:00Z' };
    const course: Session = {
      ...testSessions()[0]!,
      id: 'course-1',
      title: 'Bump to baby course',
      start: '2026-03-27T18:00:00Z',
      end: '2026-03-27T20:00:00Z',
      course: { id: 'bump', sessionCount: 5, sessionNumber: 1 },
    };
    const el = await mount(testAdapter({ sessions: [started, finished, course] }));
    expect(textOf(card(el, 'Early stay and play'))).to.contain('Booking has closed');
    expect(hasBookButton(card(el, 'Early stay and play'))).to.equal(false);
    expect(textOf(el), 'finished sessions are not listed').not.to.contain('Breakfast club');
    expect(textOf(card(el, 'Bump to baby course'))).to.contain('Session 1 of 5. You book the whole course.');
  });

  it('offers the phone number instead of Book buttons when the backend cannot take bookings', async () => {
    const inner = testAdapter();
    const readOnly: HubAdapter = { ...spyingAdapter(inner).adapter, capabilities: capabilities(['listSessions']) };
    const el = await mount(readOnly);
    expect(textOf(el)).to.contain('To book a place, call Brackenford Family Hubs.');
    expect(root(el).querySelector('.hub-session button')).to.equal(null);
    expect(textOf(el)).not.to.contain('Cancel a booking');
  });

  it('fires hub-ready once, naming only the widget', async () => {
    const details: unknown[] = [];
    const listener = (event: Event) => details.push((event as CustomEvent).detail);
    document.addEventListener('hub-ready', listener);
    try {
      const el = await mount(testAdapter());
      await click(el, root(el).querySelector<HTMLButtonElement>('#next-week')!);
      await settled(el);
      expect(details).to.deep.equal([{ widget: 'session-booking' }]);
    } finally {
      document.removeEventListener('hub-ready', listener);
    }
  });
});

describe('<hub-session-booking> hand-over from a finder', () => {
  function dispatchBook(serviceId: string, action: 'book' | 'refer' = 'book') {
    const finder = document.createElement('div');
    document.body.append(finder);
    const event = new HubActionEvent({ action, serviceId });
    finder.dispatchEvent(event);
    finder.remove();
    return event;
  }

  it('takes "Book a place", shows that service’s sessions, and moves focus to its heading', async () => {
    const el = await mount(testAdapter());
    const event = dispatchBook('baby-massage');
    expect(event.defaultPrevented, 'the finder learns that the booking widget took it').to.equal(true);
    await settled(el);
    await waitUntil(() => textOf(el).includes('Showing sessions for Baby massage.'), 'service name shown');
    expect([...root(el).querySelectorAll('.hub-session h4')].map((h) => h.textContent)).to.deep.equal(['Baby massage']);
    expect(active(el)?.hasAttribute('data-step-heading')).to.equal(true);

    await click(el, buttonByText(root(el), 'Show all sessions'));
    await settled(el);
    expect(textOf(el)).to.contain('Stay and play');
  });

  it('leaves the event alone with ignore-actions, for "refer", or when the host page took it first', async () => {
    const el = await mount(testAdapter(), { 'ignore-actions': '' });
    expect(dispatchBook('baby-massage').defaultPrevented).to.equal(false);
    el.removeAttribute('ignore-actions');
    await el.updateComplete;
    expect(dispatchBook('baby-massage', 'refer').defaultPrevented).to.equal(false);

    const hostHandles = (event: Event) => event.preventDefault();
    document.addEventListener('hub-action', hostHandles);
    try {
      dispatchBook('baby-massage');
      await settled(el);
      expect(textOf(el)).not.to.contain('Showing sessions for');
      expect(textOf(el)).to.contain('Stay and play');
    } finally {
      document.removeEventListener('hub-action', hostHandles);
    }
  });
});

describe('session-booking weeks', () => {
  it('spans 167 hours in the week the clocks go forward and starts today in the current week', () => {
    const week = weekWindow(new Date('2026-03-26T10:00:00Z'), 0);
    expect(week.firstDay).to.equal('2026-03-26');
    expect(week.lastDay).to.equal('2026-03-29');
    expect(week.from.toISOString()).to.equal('2026-03-26T00:00:00.000Z');
    // Midnight on Monday 30 March is 11pm UTC on Sunday: the clocks went forward that morning.
    expect(week.to.toISOString()).to.equal('2026-03-29T23:00:00.000Z');
    const after = weekWindow(new Date('2026-03-20T10:00:00Z'), 1);
    expect((after.to.getTime() - after.from.getTime()) / 3_600_000).to.equal(167);
    const autumn = weekWindow(new Date('2026-10-20T10:00:00Z'), 0);
    expect(autumn.to.toISOString()).to.equal('2026-10-26T00:00:00.000Z');
  });
});
