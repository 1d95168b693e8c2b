import { expect, waitUntil } from '@open-wc/testing';
import { validatingAdapter } from '../../core/adapter.js';
import type { HubActionEvent, HubServiceViewEvent } from '../../core/events.js';
import type { Service } from '../../core/model.js';
import { dateInWords } from '../../core/time.js';
import { demoServices } from '../../adapters/memory/index.js';
import { translate, translator } from '../../i18n/messages.js';
import { checkPage, mark, markedAdapter, nextRender, useAccessibilityCheck } from '../../i18n/test-helpers.js';
import { expectAccessible } from '../../test-support/a11y.js';
import type { HubServiceFinder } from './hub-service-finder.js';
import {
  checkboxLabelled,
  cleanUp,
  focused,
  memoryAdapter,
  nextSearch,
  query,
  queryAll,
  renderFinder,
  shadow,
  spy,
  toggle,
  waitForAnnouncement,
} from './test-helpers.js';

afterEach(cleanUp);

function text(el: HubServiceFinder): string {
  return shadow(el).textContent!.replace(/\s+/g, ' ');
}

/** Opens a service from its card and waits for its details. */
async function open(el: HubServiceFinder, serviceId: string) {
  query<HTMLElement>(el, `.finder-card [data-service-id="${serviceId}"]`).click();
  await waitUntil(() => shadow(el).querySelector('.finder-details [data-details-heading]') && !shadow(el).querySelector('[data-details-loading]'), 'details shown');
  await el.updateComplete;
}

/** A summary-list row's value by its key, within a part of the details. */
function row(scope: Element, key: string): string {
  const rows = [...scope.querySelectorAll('.hub-summary-list__row')];
  const found = rows.find((r) => r.querySelector('dt')!.textContent!.trim() === key);
  if (!found) throw new Error(`No row "${key}"`);
  return found.querySelector('dd')!.textContent!.replace(/\s+/g, ' ').trim();
}

describe('<hub-service-finder> service details', () => {
  it('shows every field, per place, with safe contact links; focus moves to the name; hub-service-view has the id only', async () => {
    const el = await renderFinder({ attributes: { 'page-size': '100' } });
    const views: HubServiceViewEvent[] = [];
    el.addEventListener('hub-service-view', (e) => views.push(e));
    await open(el, 'family-hub-information');
    expect(views.map((v) => v.detail)).to.deep.equal([{ serviceId: 'family-hub-information' }]);
    const heading = query(el, '[data-details-heading]');
    expect(heading.textContent).to.equal('Family Hub information and advice desk');
    expect(focused(el)).to.equal(heading);
    const details = query(el, '.finder-details');
    expect(details.textContent).to.contain('Brackenford Borough Council');
    expect(details.textContent).to.contain('Come in or call to talk to someone');
    expect(row(details, 'Who it is for')).to.equal('During pregnancy to 19 years (up to 25 with SEND)');
    expect(row(details, 'Languages')).to.equal('English, Polish and Urdu');
    expect(row(details, 'Cost')).to.equal('Free');
    expect(row(details, 'How it is delivered')).to.equal('In person and by phone');
    expect(row(details, 'How to use it')).to.equal('Just turn up');
    const places = queryAll(el, '.finder-location');
    expect(places.map((p) => p.querySelector('h4')!.textContent)).to.deep.equal(['North Family Hub', 'Central Family Hub', 'South Family Hub']);
    const central = places[1]!;
    expect(row(central, 'Address')).to.equal("2 Tanner's Yard Market Street Brackenford BK2 1TY");
    expect(row(central, 'Family Hub building')).to.equal('Yes, this is a Family Hub');
    expect(row(central, 'Accessibility')).to.contain('Step-free access').and.contain('Breastfeeding room');
    expect(row(central, 'Days and times')).to.contain('Monday to Friday, 9am to 5pm').and.contain('Every Saturday, 9am to midday');
    expect(row(places[0]!, 'Days and times'), 'Saturday is only at Central').to.not.contain('Every Saturday');
    expect(query<HTMLAnchorElement>(el, '.finder-details a[href^="tel:"]').getAttribute('href')).to.equal('tel:+441632960102');
    expect(query<HTMLAnchorElement>(el, '.finder-details a[href^="mailto:"]').getAttribute('href')).to.equal('mailto:central.familyhub@brackenford.example.org');
    const website = query<HTMLAnchorElement>(el, '.finder-details a[target="_blank"]');
    expect(website.href).to.equal('https://brackenford.example.org/family-hubs');
    expect(website.rel).to.equal('noopener noreferrer');
    expect(website.textContent).to.contain('(opens in new tab)');
    expect(details.textContent).to.contain('Last updated: 30 October 2026');
    // No booking or referral for a drop-in desk.
    expect(queryAll(el, '[part="action-button"]')).to.have.length(0);
    await expectAccessible(el, 'details');
  });

  it('shows the provider’s alert as warning text, and the distance to each place when a postcode was given', async () => {
    const el = await renderFinder({ attributes: { 'page-size': '100', postcode: 'BK2 6GD' } });
    expect(text(el)).to.contain('Nearest first');
    await open(el, 'perinatal-mental-health-team');
    expect(query(el, '.hub-warning-text').textContent).to.contain('If you are in crisis now, call NHS 111');
    expect(row(query(el, '.finder-location'), 'Distance')).to.match(/^[\d.]+ miles? from BK2 6GD$/);
    await expectAccessible(el, 'details with alert');
  });

  it('"Book a place" (the service has sessions): hub-action, and when no widget takes it, how to book', async () => {
    const el = await renderFinder({ attributes: { 'page-size': '100', 'hub-phone': '01632 960 001' } });
    await open(el, 'understanding-your-baby');
    const buttons = queryAll<HTMLButtonElement>(el, '[part="action-button"]');
    expect(buttons.map((b) => b.textContent!.trim())).to.deep.equal(['Book a place', 'Ask for support']);
    const actions: HubActionEvent[] = [];
    const listener = (e: HubActionEvent) => actions.push(e);
    window.addEventListener('hub-action', listener);
    buttons[0]!.click();
    window.removeEventListener('hub-action', listener);
    expect(actions.map((a) => a.detail)).to.deep.equal([{ action: 'book', serviceId: 'understanding-your-baby' }]);
    expect(actions[0]!.cancelable).to.be.true;
    await el.updateComplete;
    const help = query(el, '[data-action-help]');
    expect(help.querySelector('h3')!.textContent).to.equal('How to book a place');
    expect(help.textContent).to.contain('Contact Understanding your baby: parenting group to book a place');
    expect(help.querySelector<HTMLAnchorElement>('a[href^="tel:"]')!.getAttribute('href')).to.equal('tel:+441632960103');
    expect(help.textContent).to.contain('01632 960 001');
    expect(focused(el)).to.equal(help.querySelector('h3'));
    await expectAccessible(el, 'how to book');
  });

  it('hands over when the page takes the action (as <hub-session-booking> does): no help box from the finder', async () => {
    const el = await renderFinder({ attributes: { 'page-size': '100' } });
    await open(el, 'understanding-your-baby');
    const takeOver = (e: HubActionEvent) => e.preventDefault();
    window.addEventListener('hub-action', takeOver);
    queryAll<HTMLButtonElement>(el, '[part="action-button"]')[1]!.click();
    window.removeEventListener('hub-action', takeOver);
    await el.updateComplete;
    expect(shadow(el).querySelector('[data-action-help]')).to.equal(null);
  });

  it('"Ask for support" only (no sessions): the refer action, then how to ask', async () => {
    const el = await renderFinder({ attributes: { 'page-size': '100' } });
    await open(el, 'perinatal-mental-health-team');
    const buttons = queryAll<HTMLButtonElement>(el, '[part="action-button"]');
    expect(buttons.map((b) => b.textContent!.trim())).to.deep.equal(['Ask for support']);
    const actions: HubActionEvent[] = [];
    el.addEventListener('hub-action', (e) => actions.push(e));
    buttons[0]!.click();
    expect(actions.map((a) => a.detail)).to.deep.equal([{ action: 'refer', serviceId: 'perinatal-mental-health-team' }]);
    await el.updateComplete;
    expect(query(el, '[data-action-help] h3').textContent).to.equal('How to ask for support');
  });

  it('"Back to results" restores the filters, the page and focus on the service, without searching again', async () => {
    const spied = spy(memoryAdapter());
    const el = await renderFinder({ adapter: spied.adapter });
    await toggle(el, `#${checkboxLabelled(el, 'Only show free services').id}`);
    const searched = nextSearch(el);
    queryAll<HTMLButtonElement>(el, '.hub-pagination button').find((b) => b.textContent!.includes('Next'))!.click();
    await searched;
    const summary = query(el, '.finder-results__summary').textContent;
    const id = query<HTMLElement>(el, '.finder-card:nth-child(3) [data-service-id]').dataset.serviceId!;
    const searches = spied.searches.length;
    await open(el, id);
    expect(query(el, '.finder-results').closest('[hidden]'), 'results are hidden while details show').to.exist;
    query<HTMLButtonElement>(el, '[part="back-link"]').click();
    await el.updateComplete;
    await waitUntil(() => focused(el)?.getAttribute('data-service-id') === id, 'focus back on the service');
    expect(query(el, '.finder-results__summary').textContent).to.equal(summary);
    expect(checkboxLabelled(el, 'Only show free services').checked).to.be.true;
    expect(spied.searches.length).to.equal(searches);
  });

  it('details that fail to load: apology with Try again, and Back still works', async () => {
    const adapter = memoryAdapter({ fail: { network: ['getService'] } });
    const el = await renderFinder({ adapter, attributes: { 'page-size': '100' } });
    query<HTMLElement>(el, '.finder-card [data-service-id="rhyme-time"]').click();
    await waitUntil(() => shadow(el).querySelector('.finder-details [part="problem"]'), 'problem shown');
    expect(text(el)).to.contain('Sorry, there is a problem with this service');
    await expectAccessible(el, 'details problem');
    adapter.setFailures({});
    queryAll<HTMLButtonElement>(el, '.finder-details [part="problem"] button')[0]!.click();
    await waitUntil(() => shadow(el).querySelector('[data-details-heading]'), 'details shown after retry');
    query<HTMLButtonElement>(el, '[part="back-link"]').click();
    await waitUntil(() => focused(el)?.getAttribute('data-service-id') === 'rhyme-time', 'back on the card');
  });

  it('while details load: the name shows and is announced as loading', async () => {
    const el = await renderFinder({ adapter: memoryAdapter({ latencyMs: 300 }), attributes: { 'page-size': '100' } });
    query<HTMLElement>(el, '.finder-card [data-service-id="rhyme-time"]').click();
    await el.updateComplete;
    expect(query(el, '[data-details-loading]').textContent).to.contain('Loading service details…');
    await waitForAnnouncement(el, 'Loading service details');
    expect(focused(el)).to.equal(query(el, '[data-details-heading]'));
    await expectAccessible(el, 'details loading');
  });
});

describe('<hub-service-finder> closures, in the family’s language', () => {
  // The test clock is Monday 2 March 2026: a one-day closure on Friday 6 March, and the Easter holidays.
  const closing: Service = {
    ...demoServices().find((s) => s.id === 'rhyme-time')!,
    alert: 'Bring a blanket for the babies.',
    closures: [
      { from: '2026-03-06', to: '2026-03-06' },
      { from: '2026-04-03', to: '2026-04-17' },
    ],
  };
  /** The closures' warning: the one after the provider's own alert. */
  const closureWarning = (el: HubServiceFinder) => {
    const warnings = queryAll(el, '.finder-details .hub-warning-text');
    expect(warnings, 'the alert, then the closures').to.have.length(2);
    expect(warnings[0]!.textContent).to.contain('Bring a blanket for the babies.');
    return warnings[1]!.querySelector('.hub-warning-text__text')!.textContent!.replace(/\s+/g, ' ').trim();
  };
  /** What the catalogue of `lang` says for the closures above, dates as the widget words them in that language. */
  const expected = (lang: 'cy' | 'ar') => {
    const day = (date: string) => dateInWords(`${date}T12:00:00Z`, { t: translator(lang), withYear: true });
    return [
      translate(lang, 'finder.details.closedOn', { date: day('2026-03-06') }),
      translate(lang, 'finder.details.closedFromTo', { from: day('2026-04-03'), to: day('2026-04-17') }),
    ];
  };

  it('says each closure in words, where the alert is and as warning text, in English', async () => {
    const el = await renderFinder({ adapter: memoryAdapter({ services: [closing] }) });
    await open(el, 'rhyme-time');
    const warning = closureWarning(el);
    expect(warning).to.equal(`${translate('en-GB', 'common.warning')} Closed on Friday 6 March 2026. Closed from Friday 3 April 2026 to Friday 17 April 2026.`);
    // Before the description, as the alert is.
    const description = query(el, '.finder-details__text');
    const warningBox = queryAll(el, '.finder-details .hub-warning-text')[1]!;
    expect(warningBox.compareDocumentPosition(description) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    await expectAccessible(el, 'details with closures');
  });

  it('says them in Welsh and in Arabic, with those languages’ dates, when the widget’s lang is set', async () => {
    const el = await renderFinder({ adapter: memoryAdapter({ services: [closing] }), attributes: { lang: 'cy' } });
    await open(el, 'rhyme-time');
    let warning = closureWarning(el);
    expect(warning).to.contain(expected('cy').join(' '));
    expect(warning).to.contain(`${translate('cy', 'common.calendar.month.3')} 2026`).and.contain(`${translate('cy', 'common.calendar.month.4')} 2026`);
    expect(warning).to.not.match(/Closed|March|April|Friday/);

    el.setAttribute('lang', 'ar');
    await nextRender(el);
    warning = closureWarning(el);
    expect(warning).to.contain(expected('ar').join(' '));
    // The browser's own Arabic month names, not the widget's.
    const arabicMonth = (month: number) => new Intl.DateTimeFormat('ar', { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2026, month - 1, 15));
    expect(warning).to.contain(arabicMonth(3)).and.contain(arabicMonth(4));
    expect(warning, 'no Latin letters in the Arabic closures').to.not.match(/[A-Za-z]/);
    expect(el.getAttribute('dir')).to.equal('rtl');
  });

  it('passes the Welsh and Arabic page checks (no English words, no fallback, axe) with closures shown', async () => {
    useAccessibilityCheck(expectAccessible);
    const el = await renderFinder({
      adapter: markedAdapter(validatingAdapter(memoryAdapter({ services: [closing] }))),
      attributes: { 'hub-name': mark('Brackenford Family Hubs'), 'hub-phone': '01632 960 001' },
    });
    await open(el, 'rhyme-time');
    expect(closureWarning(el)).to.contain('Closed from Friday 3 April 2026');
    await checkPage(el, 'service details with closures');
  });

  it('leaves out closures that have ended and shows only the soonest three still to come', async () => {
    const many: Service = {
      ...closing,
      alert: undefined,
      closures: [
        { from: '2026-05-25', to: '2026-05-29' },
        { from: '2026-02-16', to: '2026-02-20' }, // ended before the test clock's Monday 2 March
        { from: '2026-03-02', to: '2026-03-02' }, // today
        { from: '2026-04-03', to: '2026-04-17' },
        { from: '2026-07-20', to: '2026-08-31' },
      ],
    };
    const el = await renderFinder({ adapter: memoryAdapter({ services: [many] }) });
    await open(el, 'rhyme-time');
    const warning = query(el, '.finder-details .hub-warning-text .hub-warning-text__text').textContent!.replace(/\s+/g, ' ').trim();
    expect(warning).to.equal(
      `${translate('en-GB', 'common.warning')} Closed on Monday 2 March 2026. Closed from Friday 3 April 2026 to Friday 17 April 2026. Closed from Monday 25 May 2026 to Friday 29 May 2026.`,
    );
  });

  it('shows no closure warning for a service without closures', async () => {
    const el = await renderFinder({ adapter: memoryAdapter({ services: [{ ...closing, closures: [] }] }) });
    await open(el, 'rhyme-time');
    expect(queryAll(el, '.finder-details .hub-warning-text'), 'the alert only').to.have.length(1);
    expect(shadow(el).textContent).to.not.contain('Closed');
  });
});

describe('<hub-service-finder> hand-over to the booking and self-referral widgets', () => {
  async function withWidget(tag: 'hub-session-booking' | 'hub-self-referral', attributes: Record<string, string> = {}) {
    await import(tag === 'hub-session-booking' ? '../../define/hub-session-booking.js' : '../../define/hub-self-referral.js');
    const widget = document.createElement(tag) as HTMLElement & { adapter: unknown; updateComplete: Promise<unknown> };
    for (const [name, value] of Object.entries(attributes)) widget.setAttribute(name, value);
    widget.adapter = memoryAdapter();
    document.body.append(widget);
    await widget.updateComplete;
    return widget;
  }

  for (const [tag, action, label] of [
    ['hub-session-booking', 'book', 'Book a place'],
    ['hub-self-referral', 'refer', 'Ask for support'],
  ] as const) {
    it(`<${tag}> on the page takes "${label}"; with ignore-actions it does not, and the finder explains`, async () => {
      const widget = await withWidget(tag);
      try {
        const el = await renderFinder({ attributes: { 'page-size': '100' } });
        await open(el, 'understanding-your-baby');
        const seen: HubActionEvent[] = [];
        const record = (e: HubActionEvent) => seen.push(e);
        document.addEventListener('hub-action', record);
        const button = () => queryAll<HTMLButtonElement>(el, '[part="action-button"]').find((b) => b.textContent!.trim() === label)!;
        button().click();
        await el.updateComplete;
        expect(seen[0]!.detail).to.deep.equal({ action, serviceId: 'understanding-your-baby' });
        expect(seen[0]!.defaultPrevented, `${tag} took it`).to.be.true;
        expect(shadow(el).querySelector('[data-action-help]')).to.equal(null);
        widget.setAttribute('ignore-actions', '');
        await widget.updateComplete;
        button().click();
        await el.updateComplete;
        document.removeEventListener('hub-action', record);
        expect(seen[1]!.defaultPrevented).to.be.false;
        expect(query(el, '[data-action-help] h3').textContent).to.equal(action === 'book' ? 'How to book a place' : 'How to ask for support');
      } finally {
        widget.remove();
      }
    });
  }
});

describe('<hub-service-finder> untrusted text', () => {
  it('renders markup and script in service data as text; no script runs and no unsafe link is made', async () => {
    const win = window as unknown as Record<string, unknown>;
    delete win.__finderPwned;
    const base = demoServices().find((s) => s.id === 'understanding-your-baby')!;
    const evil: Service = {
      ...base,
      id: 'evil',
      name: '<img src=x onerror="window.__finderPwned=1">Baby group',
      description: '<script>window.__finderPwned=2</script><a href="javascript:window.__finderPwned=3">Click</a>',
      audience: '<b onmouseover="window.__finderPwned=4">Dads</b>',
      alert: '<iframe src="javascript:window.__finderPwned=5"></iframe>',
      eligibility: '<style>*{display:none}</style>Everyone',
      organisation: { id: 'o', name: '<svg onload="window.__finderPwned=6"></svg>Org' },
      categories: [{ id: 'health/oral-health', name: '<u>Teeth</u>', parentId: 'health' }],
      contacts: { phone: 'javascript:window.__finderPwned=7', email: '"><img src=x onerror=alert(1)>@x.org', website: 'javascript:window.__finderPwned=8' },
      locations: [{ ...base.locations[0]!, name: '<marquee>Hall</marquee>', accessibility: ['<img src=y onerror="window.__finderPwned=9">'] }],
    };
    const el = await renderFinder({ adapter: memoryAdapter({ services: [evil] }) });
    await open(el, 'evil');
    // Let any stray event handler fire.
    await new Promise((resolve) => setTimeout(resolve, 100));
    const root = shadow(el);
    expect(root.querySelectorAll('img, script, iframe, svg, b, u, style:not([data-lit]), marquee')).to.have.length(0);
    expect(text(el)).to.contain('<img src=x onerror="window.__finderPwned=1">Baby group');
    expect(text(el)).to.contain('<script>window.__finderPwned=2</script>');
    const hrefs = [...root.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');
    expect(hrefs.filter((h) => /^\s*javascript:/i.test(h))).to.deep.equal([]);
    expect(root.querySelector('a[href^="mailto:"]')).to.equal(null);
    expect(win.__finderPwned).to.equal(undefined);
    // Back on the results, the card is text too.
    query<HTMLButtonElement>(el, '[part="back-link"]').click();
    await el.updateComplete;
    expect(root.querySelectorAll('img, script, svg')).to.have.length(0);
    expect(query(el, '.finder-card').textContent).to.contain('<u>Teeth</u>');
  });
});
