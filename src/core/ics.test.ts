import { expect } from '@open-wc/testing';
import { buildIcs, escapeText, foldLine, icsFileName, type CalendarEvent } from './ics.js';

// ---------------------------------------------------------------------------------------------------
// A small, independent iCalendar reader: it unfolds, unescapes, and turns TZID times into instants using
// the VTIMEZONE rules in the file itself (not the writer's time-zone code), so a wrong offset or a wrong
// rule in the output fails here.

interface Property {
  name: string;
  params: Record<string, string>;
  value: string;
}
interface Component {
  name: string;
  properties: Property[];
  children: Component[];
}

function unfold(text: string): string[] {
  return text.replace(/\r\n[ \t]/g, '').split('\r\n').filter((line) => line !== '');
}

function parseLine(line: string): Property {
  const colon = line.indexOf(':');
  const head = line.slice(0, colon);
  const [name, ...paramParts] = head.split(';');
  const params: Record<string, string> = {};
  for (const part of paramParts) {
    const [key, value] = part.split('=');
    params[key!] = value!;
  }
  return { name: name!, params, value: line.slice(colon + 1) };
}

function parse(text: string): Component {
  const root: Component = { name: 'ROOT', properties: [], children: [] };
  const stack = [root];
  for (const line of unfold(text)) {
    const property = parseLine(line);
    if (property.name === 'BEGIN') {
      const component: Component = { name: property.value, properties: [], children: [] };
      stack[stack.length - 1]!.children.push(component);
      stack.push(component);
    } else if (property.name === 'END') {
      const open = stack.pop()!;
      expect(open.name, 'END matches BEGIN').to.equal(property.value);
    } else {
      stack[stack.length - 1]!.properties.push(property);
    }
  }
  expect(stack.length, 'every component is closed').to.equal(1);
  return root.children[0]!;
}

const prop = (component: Component, name: string) => component.properties.find((p) => p.name === name);

function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_whole, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

/** `20260330T100000` → its fields. */
function localFields(value: string) {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(Z?)$/.exec(value);
  if (!m) throw new Error(`Bad date-time ${value}`);
  return { y: +m[1]!, mo: +m[2]!, d: +m[3]!, h: +m[4]!, mi: +m[5]!, s: +m[6]!, utc: m[7] === 'Z' };
}

/** The last `weekday` (0 = Sunday) of a month, as a day number. */
function lastWeekdayOfMonth(year: number, month: number, weekday: number): number {
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const lastDow = new Date(Date.UTC(year, month - 1, lastDay)).getUTCDay();
  return lastDay - ((lastDow - weekday + 7) % 7);
}

const offsetMinutes = (value: string) => (value.startsWith('-') ? -1 : 1) * (Number(value.slice(1, 3)) * 60 + Number(value.slice(3, 5)));

/** Interprets a local time in a VTIMEZONE made of yearly BYMONTH/BYDAY=-1SU rules. */
function instantInZone(zone: Component, value: string): number {
  const local = localFields(value);
  const wallAsUtc = Date.UTC(local.y, local.mo - 1, local.d, local.h, local.mi, local.s);
  // Each observance starts, in its year, at its DTSTART's wall time on the day its RRULE picks.
  const observances = zone.children.map((observance) => {
    const rule = prop(observance, 'RRULE')!.value;
    const month = Number(/BYMONTH=(\d+)/.exec(rule)![1]);
    expect(rule, 'rules in this reader are last-Sunday rules').to.contain('BYDAY=-1SU');
    const start = localFields(prop(observance, 'DTSTART')!.value);
    const day = lastWeekdayOfMonth(local.y, month, 0);
    return {
      name: observance.name,
      // The change happens at this wall time, read in the offset in force before it.
      startsAtWall: Date.UTC(local.y, month - 1, day, start.h, start.mi, start.s),
      offset: offsetMinutes(prop(observance, 'TZOFFSETTO')!.value),
    };
  });
  const daylight = observances.find((o) => o.name === 'DAYLIGHT')!;
  const standard = observances.find((o) => o.name === 'STANDARD')!;
  const inDaylight = wallAsUtc >= daylight.startsAtWall && wallAsUtc < standard.startsAtWall;
  const offset = inDaylight ? daylight.offset : standard.offset;
  return wallAsUtc - offset * 60_000;
}

function instantOf(calendar: Component, property: Property): number {
  if (property.params.TZID) {
    const zone = calendar.children.find((c) => c.name === 'VTIMEZONE' && prop(c, 'TZID')?.value === property.params.TZID);
    expect(zone, `VTIMEZONE ${property.params.TZID} is in the file`).to.exist;
    return instantInZone(zone!, property.value);
  }
  const f = localFields(property.value);
  expect(f.utc, 'a time without TZID is UTC').to.equal(true);
  return Date.UTC(f.y, f.mo - 1, f.d, f.h, f.mi, f.s);
}

function events(calendar: Component) {
  return calendar.children.filter((c) => c.name === 'VEVENT');
}

function expectWellFormed(text: string) {
  expect(text.endsWith('\r\n'), 'the file ends with CRLF').to.equal(true);
  expect(/\r(?!\n)|(?<!\r)\n/.test(text), 'no bare CR or LF').to.equal(false);
  const encoder = new TextEncoder();
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (const physical of text.split('\r\n')) {
    const bytes = encoder.encode(physical);
    expect(bytes.length, `"${physical}" is at most 75 octets`).to.be.at.most(75);
    // Each physical line is valid UTF-8 by itself: no character was cut in two.
    expect(() => decoder.decode(bytes)).not.to.throw();
  }
}

const session = (start: string, end: string, extra: Partial<CalendarEvent> = {}): CalendarEvent => ({
  uid: `session-${start}@family-hub-widgets`,
  start,
  end,
  summary: 'Baby massage',
  location: 'Central Family Hub, 2 Tanner’s Yard, Market Street, Brackenford, BK2 1TY',
  description: 'Bring a towel.',
  ...extra,
});

const NOW = new Date('2026-03-01T12:00:00Z');

describe('ics: iCalendar files for "Add to calendar"', () => {
  it('writes a well-formed VCALENDAR with VERSION, PRODID, UID, DTSTAMP, times and text', () => {
    const text = buildIcs(session('2026-03-10T10:00:00Z', '2026-03-10T11:00:00Z'), { now: NOW });
    expectWellFormed(text);
    const calendar = parse(text);
    expect(calendar.name).to.equal('VCALENDAR');
    expect(prop(calendar, 'VERSION')!.value).to.equal('2.0');
    expect(prop(calendar, 'PRODID')!.value).to.match(/^-\/\/.+\/\/EN$/);
    const [event] = events(calendar);
    expect(prop(event!, 'UID')!.value).to.equal('session-2026-03-10T10:00:00Z@family-hub-widgets');
    expect(prop(event!, 'DTSTAMP')!.value).to.equal('20260301T120000Z');
    expect(unescapeText(prop(event!, 'SUMMARY')!.value)).to.equal('Baby massage');
    expect(unescapeText(prop(event!, 'LOCATION')!.value)).to.equal(
      'Central Family Hub, 2 Tanner’s Yard, Market Street, Brackenford, BK2 1TY',
    );
    expect(unescapeText(prop(event!, 'DESCRIPTION')!.value)).to.equal('Bring a towel.');
    expect(prop(event!, 'DTSTART')!.params.TZID).to.equal('Europe/London');
    expect(instantOf(calendar, prop(event!, 'DTSTART')!)).to.equal(Date.parse('2026-03-10T10:00:00Z'));
    expect(instantOf(calendar, prop(event!, 'DTEND')!)).to.equal(Date.parse('2026-03-10T11:00:00Z'));
  });

  it('escapes commas, semicolons, backslashes and new lines, and they read back unchanged', () => {
    const summary = 'Stay, play; learn \\ grow';
    const description = 'Line one\nLine two\r\nLine three, with a comma; and a semicolon';
    const text = buildIcs(session('2026-05-05T09:00:00Z', '2026-05-05T10:00:00Z', { summary, description }), { now: NOW });
    expect(text).to.contain('SUMMARY:Stay\\, play\\; learn \\\\ grow');
    expect(text).to.contain('Line one\\nLine two\\nLine three\\, with a comma\\; and a semicolon');
    const [event] = events(parse(text));
    expect(unescapeText(prop(event!, 'SUMMARY')!.value)).to.equal(summary);
    expect(unescapeText(prop(event!, 'DESCRIPTION')!.value)).to.equal(description.replace(/\r\n/g, '\n'));
    expect(escapeText('a\u0007b')).to.equal('ab');
  });

  it('folds long lines at 75 octets without cutting a multi-byte character, and unfolds to the original', () => {
    const description = `Croeso! Café ☕ sessions for babies 👶 and their grown-ups. ${'Dewch â’ch babi — ŵ ŷ. '.repeat(12)}`;
    const text = buildIcs(session('2026-06-02T09:00:00Z', '2026-06-02T10:00:00Z', { description }), { now: NOW });
    expectWellFormed(text);
    expect(text).to.match(/\r\n [^\r\n]/); // at least one continuation line
    const [event] = events(parse(text));
    expect(unescapeText(prop(event!, 'DESCRIPTION')!.value)).to.equal(description);
    // A line of exactly 75 octets is not folded; one of 76 is.
    expect(foldLine('X'.repeat(75))).to.equal('X'.repeat(75));
    expect(foldLine('X'.repeat(76))).to.equal(`${'X'.repeat(75)}\r\n X`);
    expect(foldLine('X'.repeat(74 + 75))).to.equal(`${'X'.repeat(75)}\r\n ${'X'.repeat(74)}`);
  });

  // Clocks went forward on Sunday 29 March 2026 and go back on Sunday 25 October 2026.
  const acrossClockChanges: [string, string, string, string][] = [
    ['Saturday before BST starts', '2026-03-28T10:00:00Z', '2026-03-28T11:30:00Z', '20260328T100000'],
    ['the Sunday BST starts', '2026-03-29T09:00:00Z', '2026-03-29T10:30:00Z', '20260329T100000'],
    ['the Monday after BST starts', '2026-03-30T09:00:00Z', '2026-03-30T10:30:00Z', '20260330T100000'],
    ['Saturday before BST ends', '2026-10-24T09:00:00Z', '2026-10-24T10:30:00Z', '20261024T100000'],
    ['the Sunday BST ends', '2026-10-25T10:00:00Z', '2026-10-25T11:30:00Z', '20261025T100000'],
    ['the Monday after BST ends', '2026-10-26T10:00:00Z', '2026-10-26T11:30:00Z', '20261026T100000'],
    ['an evening session in summer', '2026-07-07T17:30:00Z', '2026-07-07T19:00:00Z', '20260707T183000'],
  ];

  for (const [name, start, end, localStart] of acrossClockChanges) {
    it(`gives the right London time and instant on ${name}`, () => {
      const text = buildIcs(session(start, end), { now: NOW });
      const calendar = parse(text);
      const [event] = events(calendar);
      expect(prop(event!, 'DTSTART')!.value, 'London wall-clock time').to.equal(localStart);
      expect(instantOf(calendar, prop(event!, 'DTSTART')!)).to.equal(Date.parse(start));
      expect(instantOf(calendar, prop(event!, 'DTEND')!)).to.equal(Date.parse(end));
    });
  }

  it('keeps the true length of an overnight event that spans the change (3 hours, not 4)', () => {
    // 11pm GMT on Saturday 28 March to 3am BST on Sunday 29 March 2026 is three hours.
    const text = buildIcs(session('2026-03-28T23:00:00Z', '2026-03-29T02:00:00Z'), { now: NOW });
    const calendar = parse(text);
    const [event] = events(calendar);
    expect(prop(event!, 'DTSTART')!.value).to.equal('20260328T230000');
    expect(prop(event!, 'DTEND')!.value).to.equal('20260329T030000');
    const hours = (instantOf(calendar, prop(event!, 'DTEND')!) - instantOf(calendar, prop(event!, 'DTSTART')!)) / 3_600_000;
    expect(hours).to.equal(3);
  });

  it('writes UTC instants with Z and no VTIMEZONE when asked', () => {
    const text = buildIcs(session('2026-03-30T09:00:00+00:00', '2026-03-30T10:30:00+00:00'), { now: NOW, timeZone: 'utc' });
    expectWellFormed(text);
    expect(text).not.to.contain('VTIMEZONE');
    const calendar = parse(text);
    const [event] = events(calendar);
    expect(prop(event!, 'DTSTART')!.value).to.equal('20260330T090000Z');
    expect(instantOf(calendar, prop(event!, 'DTEND')!)).to.equal(Date.parse('2026-03-30T10:30:00Z'));
  });

  it('accepts instants written with a London offset', () => {
    const calendar = parse(buildIcs(session('2026-03-30T10:00:00+01:00', '2026-03-30T11:00:00+01:00'), { now: NOW }));
    const [event] = events(calendar);
    expect(prop(event!, 'DTSTART')!.value).to.equal('20260330T100000');
    expect(instantOf(calendar, prop(event!, 'DTSTART')!)).to.equal(Date.parse('2026-03-30T09:00:00Z'));
  });

  it('writes several events with their own UIDs, an optional alarm, and only web URLs', () => {
    const text = buildIcs(
      [
        session('2026-04-01T09:00:00Z', '2026-04-01T10:00:00Z', { uid: 'a@x', url: 'https://example.org/book', alarmMinutesBefore: 60 }),
        session('2026-04-08T09:00:00Z', '2026-04-08T10:00:00Z', { uid: 'b@x', url: 'javascript:alert(1)' }),
      ],
      { now: NOW },
    );
    const [first, second] = events(parse(text));
    expect(prop(first!, 'UID')!.value).to.equal('a@x');
    expect(prop(second!, 'UID')!.value).to.equal('b@x');
    expect(prop(first!, 'URL')!.value).to.equal('https://example.org/book');
    expect(prop(second!, 'URL')).to.equal(undefined);
    const alarm = first!.children.find((c) => c.name === 'VALARM');
    expect(prop(alarm!, 'TRIGGER')!.value).to.equal('-PT60M');
    expect(second!.children.length).to.equal(0);
  });

  it('refuses an event that ends before it starts', () => {
    expect(() => buildIcs(session('2026-04-01T10:00:00Z', '2026-04-01T09:00:00Z'))).to.throw(RangeError);
  });

  it('names the file from the title and the London date', () => {
    expect(icsFileName('Baby massage', '2026-03-30T09:00:00Z')).to.equal('baby-massage-2026-03-30.ics');
    // 11:30pm UTC on 31 May is 12:30am on 1 June in London.
    expect(icsFileName('Dads’ & toddlers: Café', '2026-05-31T23:30:00Z')).to.equal('dads-toddlers-cafe-2026-06-01.ics');
    expect(icsFileName('👶', '2026-01-05T10:00:00Z')).to.equal('session-2026-01-05.ics');
  });
});
